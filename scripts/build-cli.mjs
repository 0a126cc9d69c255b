#!/usr/bin/env node
// Bundles the `baton` CLI and the `baton-robot` bridge into out/cli-package: a small Node
// package that electron-builder copies to resources/cli, outside app.asar (plain Node cannot
// read an asar, and the RunAsNode fuse is off). Layout:
//   package.json, lib/main/cli/baton.mjs, lib/robot-bridge/baton-robot.mjs,
//   out/renderer/** (for `baton web`), node_modules/@napi-rs/* (the OS keychain, native).
// Run: node scripts/build-cli.mjs [--out <dir>]   (needs out/renderer: `npm run build` first)
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Modules left out of the bundle: Node's own, the native keychain (copied instead) and ws's optional speed-ups. */
export const CLI_EXTERNALS = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  /^@napi-rs\/keyring/,
  'bufferutil',
  'utf-8-validate',
  'electron',
];

export async function buildCliPackage({
  outDir = join(root, 'out', 'cli-package'),
  rendererDir = join(root, 'out', 'renderer'),
  log = console.log,
} = {}) {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` (electron-vite build) first.');
  }
  rmSync(outDir, { recursive: true, force: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: true,
      target: 'node20',
      outDir: join(outDir, 'lib'),
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      rollupOptions: {
        input: {
          'main/cli/baton': join(root, 'build/entries/baton.ts'),
          'robot-bridge/baton-robot': join(root, 'build/entries/baton-robot.ts'),
        },
        external: CLI_EXTERNALS,
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
    // Every npm dependency is bundled: node_modules stays inside app.asar, out of Node's reach.
    ssr: { noExternal: true, external: ['@napi-rs/keyring'], target: 'node' },
  });

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeFileSync(
    join(outDir, 'package.json'),
    `${JSON.stringify({ name: 'baton-cli', version: pkg.version, private: true, type: 'module', engines: pkg.engines }, null, 2)}\n`,
  );
  cpSync(rendererDir, join(outDir, 'out', 'renderer'), { recursive: true, filter: (file) => !file.endsWith('.map') });
  // The keychain binding and its platform package(s) installed on this machine (same OS as the build).
  const napi = join(root, 'node_modules', '@napi-rs');
  if (existsSync(napi)) {
    for (const name of readdirSync(napi).filter((entry) => entry.startsWith('keyring'))) {
      cpSync(join(napi, name), join(outDir, 'node_modules', '@napi-rs', name), { recursive: true, dereference: true });
    }
  }
  log(`[baton] CLI and robot bridge bundled into ${outDir}`);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? resolve(process.argv[at + 1]) : undefined;
  mkdirSync(join(root, 'out'), { recursive: true });
  buildCliPackage({ outDir }).catch((error) => {
    console.error(`[baton] ${error.message}`);
    process.exit(1);
  });
}

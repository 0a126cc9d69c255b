#!/usr/bin/env node
// npm run dist: installers for the current OS. Checks for the Electron runtime first and stops
// with a clear message, before building anything, when it is missing (electron-builder would
// otherwise try to download it). Steps: electron-vite build (production, no source maps) →
// scripts/build-cli.mjs (CLI + robot bridge bundle) → electron-builder --<os> --publish never.
// `npm run dist -- --dir` builds only the unpacked app (quick check of the packaged layout).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OS_FLAGS = { win32: '--win', darwin: '--mac', linux: '--linux' };

/** node_modules/electron, or BATON_ELECTRON_DIR (tests point it at a stand-in). */
export function electronDir(env = process.env) {
  if (env.BATON_ELECTRON_DIR) return env.BATON_ELECTRON_DIR;
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The same check as electron/install.js: path.txt names a binary that exists. */
export function isElectronRuntimeInstalled(dir) {
  if (!dir) return false;
  const pathFile = join(dir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/**
 * electron-builder.yml with the update feed chosen from the environment: BATON_UPDATE_URL (https)
 * keeps the generic feed, BATON_PUBLISH_GITHUB=owner/repo switches to GitHub Releases, neither
 * builds without a feed (no app-update.yml: electron-updater stays idle unless a policy sets one).
 */
export function builderConfig(base, env = process.env) {
  const config = structuredClone(base);
  if (env.BATON_PUBLISH_GITHUB) {
    const [owner, repo, extra] = env.BATON_PUBLISH_GITHUB.split('/');
    if (!owner || !repo || extra !== undefined) throw new Error('BATON_PUBLISH_GITHUB must be owner/repo, e.g. acme/baton.');
    config.publish = { provider: 'github', owner, repo, releaseType: 'release' };
  } else if (env.BATON_UPDATE_URL) {
    if (!/^https:\/\//.test(env.BATON_UPDATE_URL))
      throw new Error('BATON_UPDATE_URL must be an https:// URL: updates are never fetched over plain http.');
  } else {
    config.publish = null;
  }
  return config;
}

export function readBuilderConfig(file = join(root, 'electron-builder.yml')) {
  return parseYaml(readFileSync(file, 'utf8'));
}

/** What `npm run dist` will do, or why it cannot; nothing is run here. */
export function planDist({ platform = process.platform, env = process.env, electronInstalled } = {}) {
  const osFlag = OS_FLAGS[platform];
  if (!osFlag) return { ok: false, message: `Baton has no installer target for ${platform}; build on Windows, macOS or Linux.` };
  if (!electronInstalled) {
    return {
      ok: false,
      message: [
        'npm run dist needs the Electron runtime, and it is not installed here (node_modules/electron/path.txt or its binary is missing).',
        'Nothing was built. Get it with `node scripts/ensure-electron.mjs` on a machine that can reach github.com',
        '(or set ELECTRON_MIRROR to a reachable mirror), then run `npm run dist` again.',
      ].join('\n'),
    };
  }
  let config;
  try {
    config = builderConfig(readBuilderConfig(), env);
  } catch (error) {
    return { ok: false, message: error.message };
  }
  return {
    ok: true,
    osFlag,
    config,
    steps: [
      { name: 'electron-vite build (production)', command: ['npx', 'electron-vite', 'build', '--mode', 'production'] },
      { name: 'CLI and robot bridge bundle', command: [process.execPath, join(root, 'scripts', 'build-cli.mjs')] },
    ],
  };
}

function main() {
  const plan = planDist({ electronInstalled: isElectronRuntimeInstalled(electronDir()) });
  if (!plan.ok) {
    console.error(`[baton] ${plan.message}`);
    process.exit(1);
  }
  for (const step of plan.steps) {
    console.log(`[baton] ${step.name}`);
    const [command, ...rest] = step.command;
    const result = spawnSync(command, rest, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) {
      console.error(`[baton] ${step.name} failed (exit code ${result.status ?? result.signal}); the installers are not complete.`);
      process.exit(result.status || 1);
    }
  }
  console.log(`[baton] electron-builder ${plan.osFlag}`);
  // Programmatic, so the feed chosen above replaces the yml's `publish` as a whole.
  const { build, Platform } = createRequire(import.meta.url)('electron-builder');
  const platform = { '--win': Platform.WINDOWS, '--mac': Platform.MAC, '--linux': Platform.LINUX }[plan.osFlag];
  const dirOnly = process.argv.includes('--dir');
  build({ targets: platform.createTarget(dirOnly ? 'dir' : null), config: plan.config, publish: 'never', projectDir: root }).then(
    (files) => console.log(`[baton] done:\n${files.map((file) => `  ${file}`).join('\n')}`),
    (error) => {
      console.error(`[baton] electron-builder failed: ${error.message}`);
      process.exit(1);
    },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

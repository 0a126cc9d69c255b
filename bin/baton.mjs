#!/usr/bin/env node
// Runs the TypeScript sources of a checkout, so `npx baton` works right after `npm install`.
// Loading them module by module through tsx costs 1–2 s of CPU at every start; so they are bundled
// with esbuild (tsx's own) into node_modules/.cache/baton/, and that bundle runs for as long as
// every file in it keeps its size and modification time (checked at each start, a few ms). A start
// that finds no such bundle runs through tsx, as before, and has the bundle built meanwhile by a
// detached `node bin/baton.mjs` at a low priority, for the next start. BATON_CLI_BUNDLE=0: tsx always.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the way the bundle is built changes: every cached bundle is then rebuilt. */
const RECIPE = 1;
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'baton');
const manifestPath = join(cacheDir, 'cli.json');
const lockPath = join(cacheDir, 'cli.lock');
/** Set in the environment of the detached child that builds the bundle. */
const BUILDER = 'BATON_CLI_BUNDLE_BUILDER';
/** Files that shape the bundle without being in it. */
const ALSO_WATCHED = ['bin/baton.mjs', 'package.json', 'tsconfig.json'];

async function sourceMain() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/main/cli/main.ts')).main;
}

/** `main` from the bundle; undefined to run through tsx (the bundle then gets built for the next start). */
async function bundledMain() {
  if (process.env.BATON_CLI_BUNDLE === '0') return undefined;
  try {
    const bundle = freshBundle();
    if (bundle) return (await import(pathToFileURL(bundle).href)).main;
    buildInBackground();
  } catch {
    // Through tsx.
  }
  return undefined;
}

/** Hands the build to a detached child, unless another `baton` is building already; the child releases the lock. */
function buildInBackground() {
  mkdirSync(cacheDir, { recursive: true });
  if (!takeLock(lockPath)) return;
  try {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      env: { ...process.env, [BUILDER]: '1' },
    });
    child.once('error', () => releaseLock());
    child.unref();
  } catch {
    releaseLock();
  }
}

function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.recipe !== RECIPE) return undefined;
  for (const [file, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
    const info = statSync(join(root, file), { throwIfNoEntry: false });
    if (!info || info.size !== size || info.mtimeMs !== mtimeMs) return undefined;
  }
  const bundle = join(cacheDir, manifest.bundle);
  return existsSync(bundle) ? bundle : undefined;
}

/** The builder child: builds, publishes the manifest, releases the lock its parent took. */
async function buildBundle() {
  try {
    // Behind whatever the person started (esbuild's own process inherits this).
    setPriority(10);
  } catch {
    // Not allowed here: the build runs at the usual priority.
  }
  try {
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild');
    const startedAt = Date.now();
    const name = `cli-${startedAt}-${process.pid}.mjs`;
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['src/main/cli/main.ts'],
      outfile: join(cacheDir, name),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      // The OS keychain is a native addon; the rest are optional speed-ups of ws.
      external: ['@napi-rs/keyring', 'bufferutil', 'utf-8-validate', 'electron'],
      keepNames: true,
      metafile: true,
      logLevel: 'silent',
      // Bundled CommonJS packages still call require().
      banner: {
        js: "import { createRequire as batonCreateRequire } from 'node:module'; const require = batonCreateRequire(import.meta.url);",
      },
      plugins: [ownUrls],
    });
    const inputs = {};
    for (const file of [...Object.keys(result.metafile.inputs), ...ALSO_WATCHED]) {
      const info = statSync(join(root, file));
      // Changed while the bundle was built: it may hold either version, so it is not kept.
      if (info.mtimeMs >= startedAt - 50) return;
      inputs[file] = [info.size, info.mtimeMs];
    }
    const written = join(cacheDir, `cli-${process.pid}.json`);
    writeFileSync(written, JSON.stringify({ recipe: RECIPE, bundle: name, inputs }));
    renameSync(written, manifestPath);
    removeOldBundles(name);
  } finally {
    releaseLock();
  }
}

function releaseLock() {
  try {
    unlinkSync(lockPath);
  } catch {
    // Already gone (taken over as stale).
  }
}

/**
 * Each source keeps its own import.meta.url (the checkout's paths: out/renderer, the robot bridge's
 * entry). Only the few files that use it go through this plugin: each one costs esbuild a call.
 */
const ownUrls = {
  name: 'baton-own-urls',
  setup(build) {
    const src = join(root, 'src');
    const users = new Set();
    for (const file of readdirSync(src, { recursive: true })) {
      const path = join(src, file);
      if (/\.tsx?$/.test(path) && readFileSync(path, 'utf8').includes('import.meta.url')) users.add(path);
    }
    if (users.size === 0) return;
    // esbuild matches the filter itself, so the other files never reach this process.
    const filter = new RegExp(`^(${[...users].map((path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
    build.onLoad({ filter }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

/** One build at a time; a lock older than a minute was left by a build that died. */
function takeLock(lock) {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch {
      const info = statSync(lock, { throwIfNoEntry: false });
      if (info && Date.now() - info.mtimeMs < 60_000) return false;
      try {
        unlinkSync(lock);
      } catch {
        // Another process took it over first.
      }
    }
  }
  return false;
}

/** Bundles replaced more than a minute ago: a `baton` started before has long loaded its own. */
function removeOldBundles(current) {
  for (const file of readdirSync(cacheDir)) {
    if (!/^cli-.*\.mjs$/.test(file) || file === current) continue;
    const path = join(cacheDir, file);
    const info = statSync(path, { throwIfNoEntry: false });
    try {
      if (info && Date.now() - info.mtimeMs > 60_000) unlinkSync(path);
    } catch {
      // Another build removed it first.
    }
  }
}

if (process.env[BUILDER] === '1') {
  await buildBundle();
} else {
  const main = (await bundledMain()) ?? (await sourceMain());
  await main();
}

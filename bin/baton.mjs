#!/usr/bin/env node
// Runs the TypeScript sources of a checkout, so `npx baton` works right after `npm install`.
// Loading them module by module through tsx costs 1–2 s of CPU at every start; so they are bundled
// once with esbuild (tsx's own) into node_modules/.cache/baton/, and that bundle runs for as long
// as every file in it keeps its size and modification time (checked at each start, a few ms).
// Through tsx, as before: with BATON_CLI_BUNDLE=0, when the bundle cannot be built or loaded, or
// while another `baton` is building it.
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
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the way the bundle is built changes: every cached bundle is then rebuilt. */
const RECIPE = 1;
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'baton');
const manifestPath = join(cacheDir, 'cli.json');
/** Files that shape the bundle without being in it. */
const ALSO_WATCHED = ['bin/baton.mjs', 'package.json', 'tsconfig.json'];

async function sourceMain() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/main/cli/main.ts')).main;
}

/** `main` from the bundle, built first when a source changed; undefined to run through tsx. */
async function bundledMain() {
  if (process.env.BATON_CLI_BUNDLE === '0') return undefined;
  try {
    const bundle = freshBundle() ?? (await buildBundle());
    return bundle && (await import(pathToFileURL(bundle).href)).main;
  } catch {
    return undefined;
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

async function buildBundle() {
  mkdirSync(cacheDir, { recursive: true });
  const lock = join(cacheDir, 'cli.lock');
  if (!takeLock(lock)) return undefined;
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
      if (info.mtimeMs >= startedAt - 50) return undefined;
      inputs[file] = [info.size, info.mtimeMs];
    }
    const written = join(cacheDir, `cli-${process.pid}.json`);
    writeFileSync(written, JSON.stringify({ recipe: RECIPE, bundle: name, inputs }));
    renameSync(written, manifestPath);
    removeOldBundles(name);
    return join(cacheDir, name);
  } finally {
    unlinkSync(lock);
  }
}

/** Each source keeps its own import.meta.url (the checkout's paths: out/renderer, the robot bridge's entry). */
const ownUrls = {
  name: 'baton-own-urls',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) =>
      args.path.startsWith(join(root, 'src', '/'))
        ? {
            contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
            loader: args.path.endsWith('x') ? 'tsx' : 'ts',
          }
        : undefined,
    );
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

const main = (await bundledMain()) ?? (await sourceMain());
await main();

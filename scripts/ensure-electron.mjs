#!/usr/bin/env node
// postinstall: try to fetch the Electron runtime; if that is impossible, say what still works.
// Never fails the install: the web host, the CLI and every test but the Electron smoke test run without it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const TIMEOUT_MS = Number(process.env.BATON_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 60_000);
const say = (text) => console.log(`[baton] ${text}`);
const WEB_FALLBACK = '`npm run demo` and `npm run web` will use the web host (the same UI in your browser) instead.';

function electronDir() {
  // BATON_ELECTRON_DIR lets the tests point this script at a stand-in package.
  if (process.env.BATON_ELECTRON_DIR) return process.env.BATON_ELECTRON_DIR;
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The same check as electron/install.js: path.txt names a binary that exists. */
function isRuntimeInstalled(dir) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function main() {
  // CI tries too: where the network allows it, the Electron suite then runs instead of skipping.
  if (process.env.BATON_SKIP_ELECTRON_DOWNLOAD === '1') {
    say(`Skipping the Electron runtime download (BATON_SKIP_ELECTRON_DOWNLOAD=1). ${WEB_FALLBACK}`);
    return;
  }
  const dir = electronDir();
  if (!dir) {
    say(`The electron package is not installed (production install?), so there is no desktop shell. ${WEB_FALLBACK}`);
    return;
  }
  if (isRuntimeInstalled(dir)) return;

  say(`Downloading the Electron runtime (up to ${Math.round(TIMEOUT_MS / 1000)} s)...`);
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.status === 0 && isRuntimeInstalled(dir)) {
    say('The Electron runtime is installed: `npm start` opens the desktop app.');
    return;
  }
  const reason =
    result.error?.code === 'ETIMEDOUT'
      ? `no answer within ${Math.round(TIMEOUT_MS / 1000)} s`
      : firstMessage(result.stderr) || `exit code ${result.status}`;
  console.log(
    [
      '',
      `[baton] The desktop shell is unavailable on this machine: the Electron runtime could not be downloaded (${reason}).`,
      `        Everything else is installed and works. ${WEB_FALLBACK}`,
      '        The Electron smoke test will be skipped with this reason. To get the desktop app later, allow access to',
      '        github.com (or set ELECTRON_MIRROR to a reachable mirror) and run `node scripts/ensure-electron.mjs`.',
      '',
    ].join('\n'),
  );
}

/** The error's own line, not its stack. */
function firstMessage(text) {
  const lines = (text ?? '').split('\n').map((line) => line.trim());
  return lines.find((line) => line && !line.startsWith('at '))?.slice(0, 200) ?? '';
}

try {
  main();
} catch (error) {
  say(`Could not check the Electron runtime (${error?.message ?? error}). ${WEB_FALLBACK}`);
}
process.exit(0);

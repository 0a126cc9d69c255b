import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/**
 * The Electron binary, found the way electron/index.js finds it, but without its fallback
 * of downloading on require (which would hang here).
 */
function electronBinary(): { path: string } | { skip: string } {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      skip: 'the Electron runtime is not installed (node_modules/electron/path.txt is missing; run node scripts/ensure-electron.mjs where github.com is reachable)',
    };
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { skip: `the Electron runtime is not installed (${binary} is missing)` };
}

function hasXvfb(): boolean {
  return (process.env.PATH ?? '').split(':').some((folder) => folder && existsSync(join(folder, 'Xvfb')));
}

const binary = electronBinary();
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason =
  'skip' in binary
    ? binary.skip
    : needsDisplay && !hasXvfb()
      ? 'Linux without DISPLAY and without Xvfb (apt-get install -y xvfb)'
      : undefined;
if (skipReason) console.warn(`[test/electron] Skipping the Electron smoke test: ${skipReason}.`);

/** Starts Xvfb on a free display number (it picks one and writes it to fd 3). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x800x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, process: xvfb };
}

describe.skipIf(skipReason !== undefined)('the desktop app on the real Electron runtime', () => {
  let app: ElectronApplication;
  let xvfb: ChildProcess | undefined;
  let userData: string;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/main/index.js')))
      throw new Error('out/main/index.js is missing: run `npx electron-vite build` first (npm run test:electron does).');
    const env: Record<string, string> = { ...(process.env as Record<string, string>), BATON_E2E: '1' };
    if (needsDisplay) {
      const started = await startXvfb();
      xvfb = started.process;
      env.DISPLAY = started.display;
    }
    userData = await mkdtemp(join(tmpdir(), 'baton-electron-'));
    // Chromium refuses to run its sandbox as root (containers); only then is it turned off, for this test.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await _electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [...rootArgs, `--user-data-dir=${userData}`, ROOT],
      env,
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await app?.close();
    xvfb?.kill();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('opens the window and answers window.baton.app.info()', async () => {
    const page = await app.firstWindow();
    await page.waitForFunction(() => window.baton !== undefined);
    const info = await page.evaluate(() => window.baton!.app.info());
    expect(info).toMatchObject({ name: 'Baton', host: 'electron' });
  });

  it('shows a tray icon', async () => {
    const hasTray = await app.evaluate(() => (globalThis as { batonDesktop?: { hasTray(): boolean } }).batonDesktop?.hasTray() ?? false);
    expect(hasTray).toBe(true);
  });
});

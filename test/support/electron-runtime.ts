import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';

const ROOT = process.cwd();

/**
 * The Electron binary, found the way electron/index.js finds it, but without its fallback of
 * downloading on require (which would hang where github.com is out of reach).
 */
export function electronBinary(): { path: string } | { skip: string } {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      skip: 'the Electron runtime is not installed (node_modules/electron/path.txt is missing; run node scripts/ensure-electron.mjs where github.com is reachable)',
    };
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { skip: `the Electron runtime is not installed (${binary} is missing)` };
}

const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

function hasXvfb(): boolean {
  return (process.env.PATH ?? '').split(':').some((folder) => folder && existsSync(join(folder, 'Xvfb')));
}

/** Why the Electron suites cannot run here, or undefined when they can. */
export function electronSkipReason(): string | undefined {
  const binary = electronBinary();
  if ('skip' in binary) return binary.skip;
  if (needsDisplay && !hasXvfb()) return 'Linux without DISPLAY and without Xvfb (apt-get install -y xvfb)';
  if (!existsSync(join(ROOT, 'out/main/index.js'))) return 'out/main/index.js is missing: run `npx electron-vite build` first';
  return undefined;
}

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

export interface LaunchedBaton {
  app: ElectronApplication;
  /** The command that starts Baton again with the same profile (a second instance). */
  command: { binary: string; args: string[]; env: Record<string, string> };
  close(): Promise<void>;
}

/** Baton from this checkout's build on the real Electron runtime, in a fresh user-data folder, under Xvfb where needed. */
export async function launchBaton(): Promise<LaunchedBaton> {
  const binary = electronBinary() as { path: string };
  const env: Record<string, string> = { ...(process.env as Record<string, string>), BATON_E2E: '1' };
  let xvfb: ChildProcess | undefined;
  if (needsDisplay) {
    const started = await startXvfb();
    xvfb = started.process;
    env.DISPLAY = started.display;
  }
  const userData = await mkdtemp(join(tmpdir(), 'baton-electron-'));
  env.BATON_HOME = userData;
  // Chromium refuses to run its sandbox as root (containers); only then is it turned off, for these tests.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const args = [...rootArgs, `--user-data-dir=${userData}`, ROOT];
  const app = await _electron.launch({ executablePath: binary.path, args, env, timeout: 60_000 });
  return {
    app,
    command: { binary: binary.path, args, env },
    async close() {
      await app.close();
      xvfb?.kill();
      await rm(userData, { recursive: true, force: true });
    },
  };
}

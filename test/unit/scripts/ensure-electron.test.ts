import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

const run = promisify(execFile);
const SCRIPT = join(process.cwd(), 'scripts/ensure-electron.mjs');

/** A stand-in electron package whose install.js does what the test says. */
async function electronPackage(installJs: string, options: { installed?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'baton-electron-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'install.js'), installJs);
  if (options.installed) {
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    await writeFile(join(dir, 'path.txt'), 'electron');
  }
  return dir;
}

async function ensure(env: Record<string, string>) {
  const { stdout } = await run(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH ?? '', ...env } });
  return stdout;
}

describe('scripts/ensure-electron.mjs', () => {
  it('explains the web fallback in one paragraph and still succeeds when the download fails', async () => {
    const dir = await electronPackage("console.error('TypeError: fetch failed'); process.exit(1);");
    const stdout = await ensure({ BATON_ELECTRON_DIR: dir });
    expect(stdout).toContain('desktop shell is unavailable on this machine');
    expect(stdout).toContain('TypeError: fetch failed');
    expect(stdout).toContain('npm run demo');
  });

  it('gives up after its timeout instead of hanging the install', async () => {
    const dir = await electronPackage('setInterval(() => {}, 1000);');
    const stdout = await ensure({ BATON_ELECTRON_DIR: dir, BATON_ELECTRON_DOWNLOAD_TIMEOUT_MS: '300' });
    expect(stdout).toContain('no answer within');
  });

  it('says nothing and downloads nothing when the runtime is already there', async () => {
    const dir = await electronPackage("require('fs').writeFileSync(__dirname + '/ran', ''); process.exit(1);", { installed: true });
    expect(await ensure({ BATON_ELECTRON_DIR: dir })).toBe('');
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('skips the download, saying why, when asked', async () => {
    const dir = await electronPackage("require('fs').writeFileSync(__dirname + '/ran', ''); process.exit(1);");
    expect(await ensure({ BATON_ELECTRON_DIR: dir, BATON_SKIP_ELECTRON_DOWNLOAD: '1' })).toContain('BATON_SKIP_ELECTRON_DOWNLOAD=1');
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('still tries the download on CI, so the Electron suite runs wherever the network allows', async () => {
    const dir = await electronPackage("require('fs').writeFileSync(__dirname + '/ran', ''); process.exit(1);");
    expect(await ensure({ BATON_ELECTRON_DIR: dir, CI: 'true' })).toContain('The desktop shell is unavailable');
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });
});

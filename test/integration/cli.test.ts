import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'baton.mjs');
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'baton-cli-it-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

function startBaton(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, BATON_HOME: home, BATON_BROWSER: 'none', BATON_LOG_LEVEL: 'warn' },
  });
}

function runBaton(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = startBaton(args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

describe('the baton command', () => {
  it("prints package.json's version for --version", async () => {
    const result = await runBaton(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
  });

  it('describes itself as the cli host with app info --json', async () => {
    const result = await runBaton(['app', 'info', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ name: 'Baton', version: packageVersion, host: 'cli' });
  });

  it('reports the session with session status --json', async () => {
    const result = await runBaton(['session', 'status', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: expect.any(String) });
  });

  it('exits 2 with the usage on stderr for an unknown command', async () => {
    const result = await runBaton(['no-such-command']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: baton');
  });

  it('refuses params the contract does not accept: exit 2, error and hint on stderr, no stack trace', async () => {
    const result = await runBaton(['call', 'app.info', '{"x":1}']);
    expect(result.code).toBe(2);
    // The refused field is listed, so a person need not ask for --json to learn which.
    expect(result.stderr).toMatch(/^error: .*app\.info.*\n {2}- .*\nhint: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('puts the VALIDATION error on stdout as JSON with --json', async () => {
    const result = await runBaton(['call', 'app.info', '{"x":1}', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'VALIDATION', message: expect.stringContaining('app.info') } });
  });
});

describe('baton web', () => {
  it('prints one JSON line whose URL serves the page, and exits 0 on SIGTERM', async () => {
    const child = startBaton(['web', '--json', '--port', '0']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolvePromise) => child.once('close', (code) => resolvePromise(code)));
    try {
      const lines = createInterface({ input: child.stdout });
      const first = await Promise.race([
        new Promise<string>((resolvePromise) => lines.once('line', resolvePromise)),
        exited.then((code) => {
          throw new Error(`baton web exited with ${code} before printing its URL:\n${stderr}`);
        }),
      ]);
      const { url } = JSON.parse(first) as { url: string };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<html');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

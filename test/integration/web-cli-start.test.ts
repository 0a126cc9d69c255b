import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { BATON_BIN, freshShellEnv, runBatonProcess } from '../support/baton-process';

// `baton web` as a person starts it (bin/baton.mjs through tsx): it listens and prints its address
// before the rest of Baton loads (src/main/cli/web-early.ts); calls wait for the core.

const ROOT = resolve(import.meta.dirname, '../..');
let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'baton-web-cli-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

function startWeb(args: string[]) {
  const child = spawn(process.execPath, [BATON_BIN, 'web', ...args], { cwd: ROOT, env: freshShellEnv(home) });
  onTestFinished(() => void child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolvePromise) => child.once('close', (code) => resolvePromise(code)));
  const lines = createInterface({ input: child.stdout });
  const firstLine = Promise.race([
    new Promise<string>((resolvePromise) => lines.once('line', resolvePromise)),
    exited.then((code) => {
      throw new Error(`baton web exited with ${code} before printing its address:\n${stderr}`);
    }),
  ]);
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) };
}

/** app.info over the page's WebSocket, with the page's Origin and the launch token from the address. */
async function appInfoOver(address: string): Promise<unknown> {
  const url = new URL(address);
  const socket = new WebSocket(`ws://${url.host}/rpc?token=${url.searchParams.get('token')}`, { origin: url.origin });
  onTestFinished(() => socket.terminate());
  await new Promise((resolvePromise, reject) => socket.once('open', resolvePromise).once('error', reject));
  const reply = new Promise<{ result?: unknown }>((resolvePromise) =>
    socket.once('message', (data) => resolvePromise(JSON.parse(String(data)))),
  );
  socket.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'app.info' }));
  return (await reply).result;
}

describe('baton web, started as a command', () => {
  it('prints its address as one JSON line, serves the page, answers calls once its core is up, and stops on SIGINT', async () => {
    const web = startWeb(['--json', '--port', '0']);
    const { url } = JSON.parse(await web.firstLine) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(await appInfoOver(url)).toMatchObject({ name: 'Baton', host: 'web' });

    web.child.kill('SIGINT');
    expect(await web.exited).toBe(0);
    expect(web.output().stdout).toBe(`${JSON.stringify({ url })}\n`);
  }, 60_000);

  it('says where it runs in sentences and that it stops, when stopped with SIGTERM after answering', async () => {
    const web = startWeb([]);
    const first = await web.firstLine;
    const url = /^Baton is running at (\S+)$/.exec(first)?.[1];
    expect(url).toBeDefined();
    expect(await appInfoOver(url!)).toMatchObject({ host: 'web' });

    web.child.kill('SIGTERM');
    expect(await web.exited).toBe(0);
    expect(web.output()).toEqual({
      stdout: `Baton is running at ${url}\nThe address carries its launch token: treat it like a password. Press Ctrl+C to stop.\n`,
      stderr: 'Stopping Baton (SIGTERM).\n',
    });
  }, 60_000);

  it('refuses a port that is taken with its error and exit code, printing no address', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolvePromise) => taken.listen(0, '127.0.0.1', resolvePromise));
    onTestFinished(() => void taken.close());
    const port = (taken.address() as { port: number }).port;

    const result = await runBatonProcess(['web', '--port', String(port)], { home });
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: Port ${port} on 127.0.0.1 is already in use.`);
  }, 60_000);
});

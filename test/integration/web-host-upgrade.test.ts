import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost, type WebHost } from '../../src/main/web';

// Each check the web host makes before a WebSocket opens (docs/web-host.md), in the order it makes
// them, with the status line a client sees. Would catch a check that is skipped, reordered (a
// wrong path must not tell a prober whether its token was right), or answers the wrong status.

let root: string;
let core: ReturnType<typeof createCore>;
let host: WebHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'baton-web-upgrade-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Baton</title>');
  core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: '9.9.9' });
  host = await startWebHost({ core, rendererDir, logger: createRecordingLogger() });
});

afterAll(async () => {
  await host?.close();
  await core?.dispose();
  await rm(root, { recursive: true, force: true });
});

/** A raw upgrade request; resolves with the status line of a refusal, or 101 when the socket opens. */
function upgrade(path: string, headers: Record<string, string>): Promise<{ status: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port: host.port,
      path,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, reason: response.statusMessage ?? '' });
    });
    request.on('response', (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, reason: response.statusMessage ?? '' });
    });
    request.on('error', reject);
    request.end();
  });
}

const own = () => ({ host: `127.0.0.1:${host.port}`, origin: host.origin });
const withToken = (path: string, token = host.token) => `${path}?token=${encodeURIComponent(token)}`;

describe('web host: opening the contract socket', () => {
  it('opens with the right path, host, origin and token', async () => {
    expect(await upgrade(withToken('/rpc'), own())).toEqual({ status: 101, reason: 'Switching Protocols' });
  });

  it('answers 404 Not Found for any other path, before looking at the token', async () => {
    expect(await upgrade(withToken('/rpc2'), own())).toEqual({ status: 404, reason: 'Not Found' });
    expect(await upgrade(withToken('/', 'wrong-token-wrong-token'), own())).toEqual({ status: 404, reason: 'Not Found' });
  });

  it.each(['localhost', `localhost:PORT`, '127.0.0.1', '127.0.0.1:1', 'evil.example:PORT'])(
    'answers 421 Misdirected Request to the host name %s (DNS rebinding)',
    async (name) => {
      const hostHeader = name.replace('PORT', String(host.port));
      expect(await upgrade(withToken('/rpc'), { ...own(), host: hostHeader })).toEqual({ status: 421, reason: 'Misdirected Request' });
    },
  );

  it('checks the host before the origin', async () => {
    expect(await upgrade(withToken('/rpc'), { host: 'evil.example', origin: 'http://evil.example' })).toMatchObject({ status: 421 });
  });

  it('answers 403 Forbidden to another origin, before looking at the token', async () => {
    expect(await upgrade(withToken('/rpc'), { ...own(), origin: `http://localhost:${host.port}` })).toEqual({
      status: 403,
      reason: 'Forbidden',
    });
    expect(await upgrade(withToken('/rpc', 'wrong-token-wrong-token'), { ...own(), origin: 'null' })).toMatchObject({ status: 403 });
  });

  it('answers 401 Unauthorized without a token, with an empty one, or a wrong one', async () => {
    for (const path of ['/rpc', '/rpc?token=', withToken('/rpc', `${host.token}x`), withToken('/rpc', host.token.slice(1))])
      expect(await upgrade(path, own())).toEqual({ status: 401, reason: 'Unauthorized' });
  });
});

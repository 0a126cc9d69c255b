import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost, type WebHost } from '../../src/main/web';
import { getFreePort } from '../support/free-port';
import { rawRequest, type RawAnswer } from '../support/http-get';

type Core = ReturnType<typeof createCore>;
let coreOwnListeners = 0;
interface RpcReply {
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string; data?: { code: string; message: string; hint?: string } };
}

let root: string;
let rendererDir: string;
let core: Core;
let host: WebHost;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'baton-web-host-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Baton</title><div id="root"></div>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("baton");');
  await writeFile(join(root, 'secret.txt'), 'TOP-SECRET');
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: '9.9.9' });
  onTestFinished(() => core.dispose());
  // The core's own services listen to its events too; what the host adds comes on top.
  coreOwnListeners = core.hub.listenerCount();
});

async function start(overrides: Partial<Parameters<typeof startWebHost>[0]> = {}): Promise<WebHost> {
  const started = await startWebHost({ core, rendererDir, logger: createRecordingLogger(), ...overrides });
  onTestFinished(() => started.close());
  host = started;
  return started;
}

/** `null` leaves the token out. */
function rpcUrl(token: string | null = host.token): string {
  return `ws://127.0.0.1:${host.port}/rpc${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
}

/** Opens a socket and reports either the open socket or the HTTP status that refused it; `null` sends no Origin. */
function openSocket(url: string, origin: string | null = host.origin): Promise<{ socket?: WebSocket; status?: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === null ? {} : { origin });
    onTestFinished(() => socket.terminate());
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode }));
    socket.once('error', reject);
  });
}

async function connected(): Promise<WebSocket> {
  const { socket } = await openSocket(rpcUrl());
  if (!socket) throw new Error('The web host refused a socket with the right token and origin.');
  return socket;
}

function nextReply(socket: WebSocket, id: number | string | null): Promise<RpcReply> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as RpcReply;
      if ('id' in message && message.id === id) {
        socket.off('message', onMessage);
        resolve(message);
      }
    };
    socket.on('message', onMessage);
  });
}

let nextId = 1;
function call(socket: WebSocket, method: string, params?: unknown): Promise<RpcReply> {
  const id = nextId++;
  const reply = nextReply(socket, id);
  socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }));
  return reply;
}

function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(host.port, path, { headers });
}

describe('web host: who may connect', () => {
  it('refuses a WebSocket without a token with 401', async () => {
    await start();
    expect((await openSocket(rpcUrl(null))).status).toBe(401);
  });

  it('refuses a WebSocket with a wrong token with 401', async () => {
    await start();
    const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await openSocket(rpcUrl(wrong))).status).toBe(401);
  });

  it('refuses a WebSocket from a foreign Origin with 403 even with the right token', async () => {
    await start();
    expect((await openSocket(rpcUrl(), 'http://evil.example')).status).toBe(403);
    expect((await openSocket(rpcUrl(), 'http://localhost:' + host.port)).status).toBe(403);
  });

  it('refuses a WebSocket that sends no Origin at all with 403', async () => {
    await start();
    expect((await openSocket(rpcUrl(), null)).status).toBe(403);
  });

  it('listens on 127.0.0.1 only, on the port it was given', async () => {
    const port = await getFreePort();
    await start({ port });
    expect(host.port).toBe(port);
    expect(host.origin).toBe(`http://127.0.0.1:${port}`);
    expect(host.url).toBe(`http://127.0.0.1:${port}/?token=${host.token}`);
    const reachedOverIpv6 = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '::1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reachedOverIpv6).toBe(false);
  });

  it('generates a fresh 256-bit launch token per start', async () => {
    const first = (await start()).token;
    await host.close();
    const second = (await start()).token;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  it('refuses to start when the renderer is not built, with a hint', async () => {
    await expect(start({ rendererDir: join(root, 'missing') })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      hint: expect.stringContaining('electron-vite build'),
    });
  });
});

describe('web host: the contract over JSON-RPC', () => {
  it('answers app.info through the contract', async () => {
    await start();
    const reply = await call(await connected(), 'app.info');
    expect(reply.result).toMatchObject({ name: 'Baton', version: '9.9.9', host: 'web' });
  });

  it('sends answers as ASCII-only text, names past ASCII escaped, that parse to the same words', async () => {
    const named = 'Zahlungsläufe 請求書 🧾';
    const info = core.handlers['app.info'];
    core = { ...core, handlers: { ...core.handlers, 'app.info': async () => ({ ...(await info({})), name: named }) } };
    await start();
    const socket = await connected();
    const frame = new Promise<string>((resolve) => socket.once('message', (data: WebSocket.RawData) => resolve(String(data))));
    const reply = await call(socket, 'app.info');
    // Chromium receives a frame of single bytes on its fast path (docs/performance.md, renderer first paint).
    expect(await frame).toMatch(/^[\x20-\x7e]*$/);
    expect(reply.result).toMatchObject({ name: named });
  });

  it('rejects schema-invalid params with VALIDATION and never calls the handler', async () => {
    const status = vi.fn(core.handlers['session.status']);
    core = { ...core, handlers: { ...core.handlers, 'session.status': status } };
    await start();
    const socket = await connected();

    const reply = await call(socket, 'session.status', { unexpected: true });
    expect(reply.error?.code).toBe(-32602);
    expect(reply.error?.data?.code).toBe('VALIDATION');
    expect(status).not.toHaveBeenCalled();

    await call(socket, 'session.status', {});
    expect(status).toHaveBeenCalledTimes(1);
  });

  it('answers an unknown method with method-not-found and a Baton error payload', async () => {
    await start();
    const reply = await call(await connected(), 'robots.launchMissiles', {});
    expect(reply.error?.code).toBe(-32601);
    expect(reply.error?.data).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('robots.launchMissiles') });
  });

  it('maps a thrown BatonError to -32000 with its code and hint', async () => {
    core = {
      ...core,
      handlers: {
        ...core.handlers,
        'session.status': async () => {
          throw new (await import('../../src/shared/errors')).BatonError('AUTH_REQUIRED', 'Sign in first.', {
            hint: 'Open Baton and sign in.',
          });
        },
      },
    };
    await start();
    const reply = await call(await connected(), 'session.status');
    expect(reply.error).toMatchObject({
      code: -32000,
      message: 'Sign in first.',
      data: { code: 'AUTH_REQUIRED', hint: 'Open Baton and sign in.' },
    });
  });

  it('hides the message of an unexpected error behind INTERNAL', async () => {
    core = {
      ...core,
      handlers: {
        ...core.handlers,
        'app.info': async () => {
          throw new Error('ENOENT /home/alice/.secret-token-file');
        },
      },
    };
    await start();
    const reply = await call(await connected(), 'app.info');
    expect(reply.error?.code).toBe(-32603);
    expect(reply.error?.data?.code).toBe('INTERNAL');
    expect(JSON.stringify(reply)).not.toContain('alice');
  });

  it('answers a malformed frame with a parse error and keeps serving', async () => {
    await start();
    const socket = await connected();
    const parseError = nextReply(socket, null);
    socket.send('{"jsonrpc": "2.0", "method": ');
    expect((await parseError).error?.code).toBe(-32700);
    const reply = await call(socket, 'app.info');
    expect(reply.result).toMatchObject({ host: 'web' });
  });

  it('closes a socket that sends a frame over the size limit', async () => {
    await start();
    const socket = await connected();
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('x'.repeat(1024 * 1024 + 1));
    expect(await closed).toBe(1009);
  });
});

describe('web host: events', () => {
  const signedIn = { state: 'signed-in' as const, profileId: 'p1', profileName: 'Demo', user: { name: 'Ada' } };

  it('pushes a subscribed event as an `event` notification', async () => {
    await start();
    const socket = await connected();
    expect((await call(socket, 'events.subscribe', { event: 'session.changed' })).result).toEqual({ subscribed: 'session.changed' });
    const pushed = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    core.hub.emit('session.changed', signedIn);
    expect(await pushed).toEqual({ jsonrpc: '2.0', method: 'event', params: { name: 'session.changed', payload: signedIn } });
  });

  it('rejects a subscription to an event that does not exist', async () => {
    await start();
    const reply = await call(await connected(), 'events.subscribe', { event: 'secrets.leaked' });
    expect(reply.error?.data?.code).toBe('VALIDATION');
    expect(core.hub.listenerCount()).toBe(coreOwnListeners + 0);
  });

  it('drops a listener on unsubscribe and every listener when sockets close', async () => {
    await start();
    const first = await connected();
    const second = await connected();
    await call(first, 'events.subscribe', { event: 'session.changed' });
    await call(first, 'events.subscribe', { event: 'session.changed' });
    await call(second, 'events.subscribe', { event: 'session.changed' });
    expect(core.hub.listenerCount()).toBe(coreOwnListeners + 2);

    await call(second, 'events.unsubscribe', { event: 'session.changed' });
    expect(core.hub.listenerCount()).toBe(coreOwnListeners + 1);

    first.close();
    second.close();
    await vi.waitFor(() => expect(core.hub.listenerCount()).toBe(coreOwnListeners + 0));
  });
});

describe('web host: static files', () => {
  it('serves index.html with a strict CSP and nosniff', async () => {
    await start();
    const response = await rawGet('/', { host: `127.0.0.1:${host.port}` });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${host.port}`);
    expect(response.body).toContain('<div id="root">');
  });

  it('serves assets with their content type', async () => {
    await start();
    const response = await rawGet('/assets/app.js', { host: `127.0.0.1:${host.port}` });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('falls back to index.html for app routes and 404s for missing assets', async () => {
    await start();
    expect((await rawGet('/runs/42', { host: `127.0.0.1:${host.port}` })).body).toContain('<title>Baton</title>');
    expect((await rawGet('/assets/missing.js', { host: `127.0.0.1:${host.port}` })).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00index.html'])(
    'refuses the traversal %s',
    async (path) => {
      await start();
      const response = await rawGet(path, { host: `127.0.0.1:${host.port}` });
      expect(response.status).toBe(403);
      expect(response.body).not.toContain('TOP-SECRET');
    },
  );

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    await start();
    expect((await rawGet('/', { host: `evil.example:${host.port}` })).status).toBe(421);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost } from '../../src/main/web';
import { listenWebHost, type ListeningWebHost } from '../../src/main/web/http-host';
import { WEBHOOK_PATH, type WebhookReceiver } from '../../src/main/webhooks';
import { rawRequest, type RawAnswer } from '../support/http-get';

// `baton web` listens and serves the page before the rest of Baton has loaded (src/main/cli/web-early.ts);
// the rest of the host is attached later by startWebHost({ listening }).

let rendererDir: string;

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'baton-web-early-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Baton</title><div id="root"></div>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("baton");');
});

async function listening(): Promise<ListeningWebHost> {
  const started = await listenWebHost({ port: 0, rendererDir });
  onTestFinished(() => started.close());
  return started;
}

async function attachCore(http: ListeningWebHost, webhooks?: WebhookReceiver) {
  const core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: '9.9.9' });
  onTestFinished(() => core.dispose());
  const host = await startWebHost({ core, rendererDir: '/not/used', logger: createRecordingLogger(), listening: http, webhooks });
  onTestFinished(() => host.close());
  return host;
}

function get(
  http: ListeningWebHost,
  path: string,
  options: { headers?: Record<string, string>; method?: string } = {},
): Promise<RawAnswer> {
  return rawRequest(http.port, path, options);
}

/** Opens the RPC socket; resolves with the open socket or the HTTP status that refused it. */
function openSocket(http: ListeningWebHost, token: string): { socket: WebSocket; outcome: Promise<{ isOpen: boolean; status?: number }> } {
  const socket = new WebSocket(`ws://127.0.0.1:${http.port}/rpc?token=${encodeURIComponent(token)}`, { origin: http.origin });
  onTestFinished(() => socket.terminate());
  const outcome = new Promise<{ isOpen: boolean; status?: number }>((resolve) => {
    socket.once('open', () => resolve({ isOpen: true }));
    socket.once('unexpected-response', (_request, response) => resolve({ isOpen: false, status: response.statusCode }));
    socket.once('error', () => resolve({ isOpen: false }));
  });
  return { socket, outcome };
}

function call(socket: WebSocket, method: string): Promise<{ result?: unknown; error?: unknown }> {
  return new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse(String(data)) as { result?: unknown }));
    socket.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method }));
  });
}

describe('the web host listening before the rest of it is attached', () => {
  it('serves the page with its security headers and a URL carrying a fresh launch token', async () => {
    const http = await listening();
    expect(http.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${http.port}/\\?token=[A-Za-z0-9_-]{43}$`));

    const page = await get(http, `/?token=${http.token}`, { headers: { Host: `127.0.0.1:${http.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ws://127.0.0.1:${http.port}`);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const script = await get(http, '/assets/app.js');
    expect(script).toMatchObject({ status: 200, body: 'console.log("baton");' });
  });

  it('holds a socket until the core side is attached, then opens it and answers calls', async () => {
    const http = await listening();
    const { socket, outcome } = openSocket(http, http.token);
    // The page is answered meanwhile; the socket is still waiting.
    expect((await get(http, '/')).status).toBe(200);
    expect(socket.readyState).toBe(WebSocket.CONNECTING);

    const host = await attachCore(http);
    expect(host.url).toBe(http.url);
    expect(await outcome).toEqual({ isOpen: true });
    expect(await call(socket, 'app.info')).toMatchObject({ result: { name: 'Baton', version: '9.9.9', host: 'web' } });
  });

  it('refuses a held socket with a wrong token once attached, as always (401)', async () => {
    const http = await listening();
    const { outcome } = openSocket(http, 'wrong-token-wrong-token-wrong');
    expect((await get(http, '/')).status).toBe(200);
    await attachCore(http);
    expect(await outcome).toEqual({ isOpen: false, status: 401 });
  });

  it('answers a request for another Host (421) and a webhook delivery only once attached', async () => {
    const http = await listening();
    const answers: string[] = [];
    const misdirected = get(http, '/', { headers: { Host: 'evil.example:80' } }).then((answer) => {
      answers.push('misdirected');
      return answer;
    });
    // As through a reverse proxy: the public name in Host, the delivery before the Host check.
    const delivery = get(http, `${WEBHOOK_PATH}/abcdefgh`, { method: 'POST', headers: { Host: 'baton.example.com' } }).then((answer) => {
      answers.push('delivery');
      return answer;
    });
    expect((await get(http, '/')).status).toBe(200);
    expect(answers).toEqual([]);

    // What `baton web` hands over while its core composes.
    await attachCore(http, { receive: () => ({ status: 503, message: 'Starting.' }) });
    expect((await misdirected).status).toBe(421);
    expect(await delivery).toMatchObject({ status: 503, body: 'Starting.' });
  });

  it("says when the page's first files have gone out, and when nobody asked for them", async () => {
    const asked = await listening();
    expect((await get(asked, '/')).status).toBe(200);
    expect((await get(asked, '/assets/app.js')).status).toBe(200);
    await asked.pageServed;

    const unasked = await listening();
    await unasked.pageServed;
  });

  it('drops what waited and stops listening when closed before being attached', async () => {
    const http = await listening();
    const { outcome } = openSocket(http, http.token);
    expect((await get(http, '/')).status).toBe(200);
    await http.close();
    expect(await outcome).toEqual({ isOpen: false });
    await expect(get(http, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

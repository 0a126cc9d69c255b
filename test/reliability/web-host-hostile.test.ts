import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost, type WebHost } from '../../src/main/web';
import { BATON_ERROR_CODES } from '../../src/shared/errors';
import { createFigures, fcRuns } from './support/figures';
import { createLeakWatch } from './support/leak-watch';

const figures = createFigures('web-host-hostile');
const watch = createLeakWatch();
const logger = createRecordingLogger();
let root: string;
let core: ReturnType<typeof createCore>;
let host: WebHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'baton-reliability-web-'));
  await mkdir(join(root, 'renderer'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Baton</title>');
  core = createCore({ platform: createMemoryPlatform({ host: 'web', logger }), version: '0.0.0-test' });
  host = await startWebHost({ core, rendererDir: join(root, 'renderer'), logger });
  watch.secret(host.token);
});

afterAll(async () => {
  await host.close();
  await core.dispose();
  await rm(root, { recursive: true, force: true });
  // The launch token must not show up in what the host logged about all this abuse.
  watch.artifact('web host log', logger.lines);
  const leaks = watch.scan();
  figures.add('scanned', watch.artifactCount);
  figures.add('leaks', leaks.length);
  figures.flush();
  expect(leaks).toEqual([]);
});

/** Tries an upgrade with the given headers; resolves with 'open' or the refusing HTTP status. */
function tryUpgrade(opts: { token?: string | null; origin?: string | null; host?: string }): Promise<'open' | number> {
  const token = opts.token === undefined ? host.token : opts.token;
  const url = `ws://127.0.0.1:${host.port}/rpc${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
  const headers: Record<string, string> = {};
  if (opts.host !== undefined) headers.Host = opts.host;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers, ...(opts.origin === null ? {} : { origin: opts.origin ?? host.origin }) });
    socket.once('open', () => {
      socket.terminate();
      resolve('open');
    });
    socket.once('unexpected-response', (_req, res) => {
      res.resume();
      socket.terminate();
      resolve(res.statusCode ?? 0);
    });
    socket.once('error', reject);
  });
}

async function openClient(to: WebHost = host) {
  const socket = new WebSocket(`ws://127.0.0.1:${to.port}/rpc?token=${encodeURIComponent(to.token)}`, { origin: to.origin });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const replies: unknown[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    const text = data.toString();
    watch.artifact('rpc reply', text);
    replies.push(JSON.parse(text));
    waiters.splice(0).forEach((w) => w());
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return {
    socket,
    closed,
    replies,
    /** Sends a frame and resolves once a reply matching `isIt` has arrived. */
    async until(isIt: (reply: unknown) => boolean, frame: string): Promise<unknown> {
      socket.send(frame);
      for (;;) {
        const found = replies.find(isIt);
        if (found) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    /** Resolves once the replies so far satisfy `isDone`. */
    async waitFor(isDone: (replies: unknown[]) => boolean): Promise<void> {
      while (!isDone(replies)) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    /** Sends a frame and resolves with the next reply. */
    async ask(frame: string | Buffer, binary = false): Promise<unknown> {
      const count = replies.length;
      const next = new Promise<void>((resolve) => waiters.push(resolve));
      socket.send(frame, { binary });
      await next;
      return replies[count];
    },
  };
}

describe('who may open the web host socket', () => {
  it('opens only for our own Host, our own Origin and the launch token, whatever else is tried', async () => {
    const right = { token: host.token, origin: host.origin, host: `127.0.0.1:${host.port}` };
    const attempt = fc.record({
      token: fc.oneof(
        fc.constant(right.token),
        fc.constant(null),
        fc.string({ maxLength: 50 }),
        fc.constant(right.token.slice(0, -1)),
        fc.constant(`${right.token}x`),
        fc.constant(right.token.toUpperCase()),
      ),
      origin: fc.oneof(
        fc.constant(right.origin),
        fc.constant(null),
        fc.constantFrom(
          'http://evil.example',
          'http://localhost:' + host.port,
          'null',
          'http://127.0.0.1',
          'https://127.0.0.1:' + host.port,
          'file://',
        ),
        fc.webUrl(),
      ),
      host: fc.oneof(
        fc.constant(right.host),
        fc.constantFrom(
          `localhost:${host.port}`,
          `evil.example:${host.port}`,
          '127.0.0.1',
          `127.0.0.1.nip.io:${host.port}`,
          `[::1]:${host.port}`,
          `127.0.0.1:${host.port + 1}`,
        ),
        fc.domain(),
      ),
    });
    await fc.assert(
      fc.asyncProperty(attempt, async (a) => {
        figures.add('inputs');
        const result = await tryUpgrade(a);
        const isRight = a.token === right.token && a.origin === right.origin && a.host === right.host;
        if (isRight) expect(result).toBe('open');
        else expect([401, 403, 421]).toContain(result);
      }),
      { numRuns: fcRuns(150) },
    );
  });
});

describe('what an authorised socket may send', () => {
  it('answers any frame with a JSON-RPC reply or nothing, keeps serving, and never lets a non-Baton error out', async () => {
    const client = await openClient();
    const frame = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc
        .record({
          jsonrpc: fc.oneof(fc.constant('2.0'), fc.string({ maxLength: 4 })),
          id: fc.oneof(fc.integer(), fc.string({ maxLength: 10 }), fc.constant(null)),
          method: fc.oneof(
            fc.constantFrom(
              'app.info',
              'runs.get',
              'runs.start',
              'preferences.update',
              'events.subscribe',
              'events.unsubscribe',
              '__proto__',
              'rpc.discover',
            ),
            fc.string({ maxLength: 20 }),
          ),
          params: fc.anything({ maxDepth: 3 }),
        })
        .map((v) => JSON.stringify(v)),
    );
    let probes = 0;
    await fc.assert(
      fc.asyncProperty(frame, async (text) => {
        figures.add('inputs');
        // Notifications (no id) get no reply; a probe behind every frame makes each step wait for the host.
        client.socket.send(text);
        const id = `probe-${(probes += 1)}`;
        await client.until((reply) => (reply as { id?: unknown }).id === id, JSON.stringify({ jsonrpc: '2.0', id, method: 'app.info' }));
      }),
      { numRuns: fcRuns(300) },
    );
    // A JSON array is a batch; its answer is an array of replies.
    const answers = client.replies.flat().filter((r) => !String((r as { id?: unknown }).id).startsWith('probe-'));
    expect(answers.length).toBeGreaterThan(0);
    for (const reply of answers as { jsonrpc?: string; result?: unknown; error?: { code: number; data?: { code?: string } } }[]) {
      expect(reply.jsonrpc, JSON.stringify(reply)).toBe('2.0');
      if (!reply.error) continue;
      expect([-32700, -32600, -32601, -32602, -32000]).toContain(reply.error.code);
      if (reply.error.code !== -32700 && reply.error.code !== -32600) expect(BATON_ERROR_CODES).toContain(reply.error.data?.code);
    }
    expect(client.replies.filter((r) => String((r as { id?: unknown }).id).startsWith('probe-'))).toHaveLength(probes);
    client.socket.close();
    await client.closed;
  });

  it('survives JSON nested 100,000 deep and still answers the next call', async () => {
    const client = await openClient();
    const deep = `{"jsonrpc":"2.0","id":1,"method":"runs.list","params":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    figures.add('inputs');
    const reply = (await client.ask(deep)) as { id: unknown; error?: { data?: { code: string } } };
    expect(reply.error?.data?.code).toBe('VALIDATION');
    const deepObject = `{"jsonrpc":"2.0","id":2,"method":"preferences.update","params":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
    figures.add('inputs');
    expect(((await client.ask(deepObject)) as { error?: { data?: { code: string } } }).error?.data?.code).toBe('VALIDATION');
    expect(await client.ask(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'app.info' }))).toMatchObject({
      id: 3,
      result: { name: 'Baton' },
    });
    client.socket.close();
    await client.closed;
  });

  // Catches: one 1 MiB frame of 10,000 batched calls was answered in full (4.4 MB), with no cap.
  it('refuses a batch of more than 50 calls with one clear error, runs none of it, and keeps serving', async () => {
    const client = await openClient();
    const calls = Array.from({ length: 10_000 }, (_, id) => ({ jsonrpc: '2.0', id, method: 'app.info' }));
    figures.add('inputs', 2);
    const message = 'A batch may hold at most 50 calls; this one held 10000.';
    expect(await client.ask(JSON.stringify(calls))).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: {
        code: -32600,
        message,
        data: { code: 'VALIDATION', message, hint: expect.any(String), messageText: expect.any(Array), hintText: expect.any(Array) },
      },
    });
    const full = (await client.ask(JSON.stringify(calls.slice(0, 50)))) as { result?: unknown }[];
    expect(full.filter((reply) => reply.result !== undefined)).toHaveLength(50);
    client.socket.close();
    await client.closed;
  });

  it('treats a binary frame like text (a parse error) and closes with 1009 past 1 MiB', async () => {
    const client = await openClient();
    figures.add('inputs', 2);
    expect(await client.ask(Buffer.from([0xff, 0xfe, 0x00, 0x01]), true)).toMatchObject({ id: null, error: { code: -32700 } });
    client.socket.send('x'.repeat(1024 * 1024 + 1));
    expect(await client.closed).toBe(1009);
  });

  it('removes every event subscription of 30 sockets that subscribed to everything and then vanished', async () => {
    const before = core.hub.listenerCount();
    const clients = await Promise.all(Array.from({ length: 30 }, () => openClient()));
    for (const client of clients) {
      for (const event of ['session.changed', 'catalog.changed', 'run.updated', 'run.log', 'robot.changed']) {
        figures.add('inputs');
        await client.ask(JSON.stringify({ jsonrpc: '2.0', id: event, method: 'events.subscribe', params: { event } }));
      }
    }
    expect(core.hub.listenerCount()).toBe(before + 30 * 5);
    for (const client of clients) client.socket.terminate();
    await Promise.all(clients.map((c) => c.closed));
    // The server sees the close a moment after the client does; wait for the count, not the clock.
    await expect.poll(() => core.hub.listenerCount(), { interval: 5 }).toBe(before);
  });
});

// Catches: no limit on the calls one socket may have running at once, so a client could keep
// any number of slow calls (each holding a request to a server) going.
describe('calls in flight on one socket', () => {
  it('refuses calls past 64 unanswered with RATE_LIMITED, and serves again once they are answered', async () => {
    const tcp = createTcpServer(() => {});
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', () => resolve()));
    const target = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}`;
    // Diagnostics' HTTP checks wait on this fetch until the test lets them fail.
    let isReleased = false;
    const waiting: (() => void)[] = [];
    let fetches = 0;
    const onFetch: (() => void)[] = [];
    const heldFetch = () =>
      new Promise<Response>((_, reject) => {
        if (isReleased) return reject(new Error('released'));
        fetches += 1;
        onFetch.splice(0).forEach((wake) => wake());
        waiting.push(() => reject(new Error('released')));
      });
    const slowCore = createCore({ platform: createMemoryPlatform({ host: 'web', logger, fetch: heldFetch }), version: '0.0.0-test' });
    const slowHost = await startWebHost({ core: slowCore, rendererDir: join(root, 'renderer'), logger });
    watch.secret(slowHost.token);
    try {
      const client = await openClient(slowHost);
      const diagnose = (id: number) =>
        JSON.stringify({ jsonrpc: '2.0', id, method: 'diagnostics.run', params: { orchestratorUrl: target } });
      for (let id = 0; id < 64; id += 1) client.socket.send(diagnose(id));
      while (fetches < 64) await new Promise<void>((resolve) => onFetch.push(resolve));
      figures.add('inputs', 66);
      expect(await client.ask(JSON.stringify({ jsonrpc: '2.0', id: 'one-too-many', method: 'app.info' }))).toMatchObject({
        id: 'one-too-many',
        error: { code: -32000, data: { code: 'RATE_LIMITED', message: 'Too many calls in flight on this connection (at most 64).' } },
      });
      isReleased = true;
      waiting.splice(0).forEach((fail) => fail());
      // Every held call is answered (each diagnostics run reports its failed checks).
      await client.waitFor((replies) => replies.filter((r) => typeof (r as { id?: unknown }).id === 'number').length === 64);
      expect(await client.ask(JSON.stringify({ jsonrpc: '2.0', id: 'after', method: 'app.info' }))).toMatchObject({
        id: 'after',
        result: { name: 'Baton' },
      });
      client.socket.close();
      await client.closed;
    } finally {
      await slowHost.close();
      await slowCore.dispose();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    }
  });
});

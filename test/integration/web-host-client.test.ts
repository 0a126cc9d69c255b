import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost, type WebHost } from '../../src/main/web';
import { createWebSocketConnection, type BatonConnection, type ConnectionState } from '../../src/renderer/api';
import { BatonError } from '../../src/shared/errors';
import type { SessionStatus } from '../../src/shared/model';

let root: string;
let core: ReturnType<typeof createCore>;
let coreOwnListeners = 0;
let host: WebHost;
let connection: BatonConnection;
/** Reconnect timers wait here until the test runs them: no sleeping for backoff. */
let pendingTimers: (() => void)[];

const signedIn: SessionStatus = { state: 'signed-in', profileId: 'p1', profileName: 'Demo', user: { name: 'Ada' } };

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'baton-web-client-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Baton</title>');
  core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: '1.2.3' });
  // The core's own services listen to session.changed too; what the client adds comes on top.
  coreOwnListeners = core.hub.listenerCount('session.changed');
  host = await startWebHost({ core, rendererDir: root, logger: createRecordingLogger() });
  pendingTimers = [];
  connection = connect();
});

afterEach(async () => {
  connection.close();
  await host.close();
  await core.dispose();
  await rm(root, { recursive: true, force: true });
});

function connect(): BatonConnection {
  return createWebSocketConnection({
    url: `ws://127.0.0.1:${host.port}/rpc?token=${host.token}`,
    // The browser sends its page's Origin by itself; a Node socket has to say it.
    createSocket: (url) => new WebSocket(url, { origin: host.origin }) as unknown as globalThis.WebSocket,
    setTimer: (callback, ms) => {
      // Only reconnect timers are run by hand; the wait-for-open and request timeouts never fire here.
      if (ms < 15_000) pendingTimers.push(callback);
      return () => {};
    },
    random: () => 0.5,
  });
}

function nextState(status: ConnectionState['status']): Promise<ConnectionState> {
  return new Promise((resolve) => {
    const stop = connection.onStateChange((state) => {
      if (state.status === status) {
        stop();
        resolve(state);
      }
    });
  });
}

describe('the renderer’s WebSocket client against the web host', () => {
  it('calls the contract and gets typed results', async () => {
    expect(await connection.api.app.info()).toMatchObject({ name: 'Baton', version: '1.2.3', host: 'web' });
    expect(connection.state().status).toBe('open');
  });

  it('turns an error answer into a BatonError with code and hint', async () => {
    const call = connection.api.session.status({ surprise: 1 } as never);
    await expect(call).rejects.toBeInstanceOf(BatonError);
    await expect(call).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('delivers events and drops the server-side listener when the last local one goes', async () => {
    const seen: SessionStatus[] = [];
    const stop = connection.api.on('session.changed', (status) => seen.push(status));
    await connection.api.app.info();
    await expect.poll(() => core.hub.listenerCount('session.changed')).toBe(coreOwnListeners + 1);

    core.hub.emit('session.changed', signedIn);
    await expect.poll(() => seen).toEqual([signedIn]);

    stop();
    await expect.poll(() => core.hub.listenerCount('session.changed')).toBe(coreOwnListeners + 0);
  });

  it('reconnects after the host restarts and renews its subscriptions', async () => {
    const seen: SessionStatus[] = [];
    connection.api.on('session.changed', (status) => seen.push(status));
    await expect.poll(() => core.hub.listenerCount('session.changed')).toBe(coreOwnListeners + 1);

    const { port, token } = host;
    const reconnecting = nextState('reconnecting');
    await host.close();
    expect((await reconnecting).attempt).toBe(1);
    expect(core.hub.listenerCount('session.changed')).toBe(coreOwnListeners + 0);

    host = await startWebHost({ core, rendererDir: root, port, token, logger: createRecordingLogger() });
    const reopened = nextState('open');
    pendingTimers.shift()?.();
    await reopened;
    await expect.poll(() => core.hub.listenerCount('session.changed')).toBe(coreOwnListeners + 1);
    core.hub.emit('session.changed', signedIn);
    await expect.poll(() => seen).toEqual([signedIn]);
  });

  it('makes a call wait for the connection instead of failing at start-up', async () => {
    connection.close();
    connection = connect();
    expect(connection.state().status).toBe('connecting');
    expect(await connection.api.app.info()).toMatchObject({ host: 'web' });
  });
});

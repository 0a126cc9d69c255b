import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createRobotClient, createRobotService, type RobotClient, type RobotConnectionState } from '../../src/main/robot';
import { createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { createTokenStore } from '../../src/robot-bridge';
import { randomNonce } from '../../src/shared/robot-auth';
import { ROBOT_SUBPROTOCOL } from '../../src/shared/robot-protocol';
import { realClock } from '../support/auth-harness';
import { afterThisTest, greetCatalog, helloParams, startSimulatedBridge } from '../support/robot-bridge';

const catalog = greetCatalog([{ at: 0, log: 'starting' }]);
const BATON = { name: 'Baton', version: '0.1.0', machine: 'test-machine' };

function makeClient(url: string, vault = createMemoryVault()): RobotClient {
  const client = createRobotClient({
    url,
    vault,
    clock: realClock,
    logger: createRecordingLogger(),
    clientInfo: BATON,
    backoff: { initialMs: 10, maxMs: 50 },
    requestTimeoutMs: 5_000,
  });
  client.start();
  onTestFinished(() => client.dispose());
  return client;
}

function waitForState(client: RobotClient, state: RobotConnectionState): Promise<void> {
  if (client.status().state === state) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = client.onStateChanged((status) => {
      if (status.state !== state) return;
      stop();
      resolve();
    });
  });
}

/** Pairs a fresh client through the code the bridge shows, as the person would. */
async function pairedClient(url: string, codes: string[]) {
  const vault = createMemoryVault();
  const client = makeClient(url, vault);
  await waitForState(client, 'pairing-required');
  await client.pair(codes.at(-1)!);
  return { client, vault, token: (await vault.get(`robot-token:${url}`))! };
}

/** A bare protocol client: speaks the wire format so the test can replay frames byte for byte. */
async function rawConnection(url: string) {
  const socket = new WebSocket(url, [ROBOT_SUBPROTOCOL]);
  onTestFinished(() => socket.terminate());
  type Reply = { id?: unknown; result?: unknown; error?: { data?: { reason?: string } } };
  const replies = new Map<unknown, Reply>();
  const waiters = new Map<unknown, () => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Reply;
    if (message.id === undefined) return;
    replies.set(message.id, message);
    waiters.get(message.id)?.();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await once(socket, 'open');
  let next = 0;
  return {
    closed,
    /** Sends a frame as it is and waits for the answer to its id. */
    async send(text: string) {
      const id = (JSON.parse(text) as { id?: unknown }).id;
      const answered = new Promise<void>((resolve) => waiters.set(id, resolve));
      socket.send(text);
      await answered;
      return replies.get(id)!;
    },
    call(method: string, params?: unknown) {
      return this.send(JSON.stringify({ jsonrpc: '2.0', id: `raw-${(next += 1)}`, method, params }));
    },
  };
}

/**
 * A program that took the bridge's port: it speaks the subprotocol, records every frame it is sent
 * and answers hello with a made-up challenge (or a pairing offer), hoping Baton proves itself.
 */
async function startSquatter(port: number, answer: 'challenge' | 'pairing-required') {
  const received: string[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port, handleProtocols: () => ROBOT_SUBPROTOCOL });
  await once(server, 'listening');
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const text = data.toString();
      received.push(text);
      const { id, method } = JSON.parse(text) as { id: unknown; method: string };
      const result =
        method !== 'hello'
          ? {}
          : answer === 'challenge'
            ? { status: 'challenge', serverNonce: randomNonce(), serverProof: randomNonce() }
            : { status: 'pairing-required', pairingId: 'squatted', expiresInSeconds: 120 };
      socket.send(JSON.stringify({ jsonrpc: '2.0', id, result }));
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const client of server.clients) client.terminate();
      server.close(() => resolve());
    });
  onTestFinished(close);
  return { received, close };
}

describe('robot bridge authentication (protocol 2)', () => {
  it('gives a program squatting on the port nothing it can replay to the real bridge', async () => {
    const { bridge, codes } = await startSimulatedBridge(catalog, afterThisTest, { tokens: createTokenStore() });
    const { url, port } = bridge;
    const { client, token } = await pairedClient(url, codes);
    await client.dispose();
    await bridge.close();

    // The bridge is down; another program takes its port. Baton comes back to it with its pairing.
    const squatter = await startSquatter(port, 'challenge');
    const vault = createMemoryVault();
    await vault.set(`robot-token:${url}`, token);
    const fooled = makeClient(url, vault);
    await waitForState(fooled, 'rejected');
    expect(fooled.status().error).toMatchObject({
      code: 'ROBOT_REJECTED',
      message: expect.stringContaining('could not prove it is the robot bridge Baton paired with'),
    });
    await fooled.dispose();
    // A squatter that offers pairing instead gets no more than a hello either.
    await squatter.close();
    const offering = await startSquatter(port, 'pairing-required');
    const waiting = makeClient(url, vault);
    await waitForState(waiting, 'pairing-required');
    await waiting.dispose();
    await offering.close();

    const captured = [...squatter.received, ...offering.received];
    expect(captured.length).toBeGreaterThan(0);
    expect(captured.map((text) => (JSON.parse(text) as { method: string }).method)).toEqual(captured.map(() => 'hello'));
    for (const text of captured) expect(text).not.toContain(token);

    // The real bridge is back on its port (with the same pairings): replaying everything captured gets nowhere.
    const { bridge: real } = await startSimulatedBridge(catalog, afterThisTest, { port, tokens: bridge.tokens });
    const replay = await rawConnection(real.url);
    for (const text of captured) {
      const reply = await replay.send(text);
      expect(reply.result).not.toMatchObject({ status: 'ready' });
    }
    // Only a fresh proof over the bridge's new nonce would do; a guess is refused.
    expect((await replay.call('authenticate', { clientProof: randomNonce() })).error?.data?.reason).toBe('AUTH_FAILED');
    expect((await replay.call('processes.list')).error?.data?.reason).toBe('NOT_PAIRED');
    expect((await replay.call('jobs.start', { processKey: 'greet', inputArguments: { Name: 'Mallory' } })).error?.data?.reason).toBe(
      'NOT_PAIRED',
    );
    // Baton itself, with the same pairing, still gets in.
    const back = makeClient(url, vault);
    await waitForState(back, 'ready');
  });

  it('closes a live session within moments when its pairing is revoked in the tokens file by another process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-revoke-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'tokens.json');
    const { bridge, codes } = await startSimulatedBridge(catalog, afterThisTest, { tokens: createTokenStore({ file }) });
    const { client } = await pairedClient(bridge.url, codes);
    await client.listProcesses();
    const [record] = await createTokenStore({ file }).list();
    const dropped = waitForState(client, 'pairing-required');
    // What `baton-robot tokens revoke --tokens FILE ID` does, from its own store.
    expect(createTokenStore({ file }).revoke(record!.id)).toBe(true);
    await dropped;
    await expect(client.listProcesses()).rejects.toMatchObject({ code: 'ROBOT_PAIRING_REQUIRED' });
  });

  it('limits new pairings bridge-wide and keeps control characters out of the name shown with the code', async () => {
    const { bridge } = await startSimulatedBridge(catalog, afterThisTest, { tokens: createTokenStore() });
    const shown: string[] = [];
    bridge.onPairingCode((pairing) => shown.push(pairing.clientName));
    const connection = await rawConnection(bridge.url);
    const evil = { name: 'Baton\u001b[2J\u001b]0;pwned\u0007\u202eevil\r\nfake line', version: '1\u0000', machine: 'pc\t' };
    expect((await connection.call('hello', helloParams(evil))).result).toMatchObject({ status: 'pairing-required' });
    expect(shown[0]).toBe('Baton [2J ]0;pwned evil fake line 1 on pc');
    expect(shown[0]).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    for (let i = 1; i < 10; i += 1) await connection.call('hello', helloParams(BATON));
    const refused = await connection.call('hello', helloParams(BATON));
    expect(refused.error?.data).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(shown).toHaveLength(10);
  });

  it('answers BUSY past four jobs at once, across clients', async () => {
    const { bridge } = await startSimulatedBridge({ ...catalog, concurrentJobs: true }, afterThisTest, {
      tokens: createTokenStore({ preSharedTokens: ['shared-token'] }),
    });
    const vault = createMemoryVault();
    await vault.set(`robot-token:${bridge.url}`, 'shared-token');
    const client = makeClient(bridge.url, vault);
    await waitForState(client, 'ready');
    for (let i = 0; i < 4; i += 1) await client.startJob('greet', { Name: `n${i}` });
    await expect(client.startJob('greet', { Name: 'fifth' })).rejects.toMatchObject({
      code: 'CONFLICT',
      hint: expect.stringContaining('Wait'),
    });
  });

  it('refuses a bridge URL on another host before saving or dialling it, and offers a pre-shared token to its own URL only', async () => {
    const { bridge, codes } = await startSimulatedBridge(catalog, afterThisTest, {
      tokens: createTokenStore({ preSharedTokens: ['env-token'] }),
    });
    const settings = createMemorySettings();
    const service = createRobotService({
      settings,
      vault: createMemoryVault(),
      clock: realClock,
      logger: createRecordingLogger(),
      clientInfo: BATON,
      preSharedToken: 'env-token',
      preSharedTokenUrl: 'ws://127.0.0.1:1/robot',
      backoff: { initialMs: 10, maxMs: 50 },
    });
    for (const url of [
      'ws://robot.example.com:2424/robot',
      'ws://10.0.0.5:2424/robot',
      'wss://127.0.0.1:2424/robot',
      'ws://user:pw@127.0.0.1:1/robot',
    ]) {
      await expect(service.connect({ url })).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    expect(settings.get('robot.url')).toBeUndefined();
    // The bridge would accept the token, but it is bound to another URL: Baton asks to pair instead.
    const status = await service.connect({ url: bridge.url });
    expect(status.state).toBe('pairing-required');
    expect(codes).toHaveLength(1);
    service.start();
    await service.dispose();
  });

  it('never dials a bridge URL saved for another host, even with a pairing stored for it', async () => {
    const url = 'ws://robot.example.com:2424/robot';
    const vault = createMemoryVault();
    await vault.set(`robot-token:${url}`, 'a-token');
    const client = makeClient(url, vault);
    await waitForState(client, 'rejected');
    expect(client.status().error).toMatchObject({
      code: 'VALIDATION',
      hint: expect.stringContaining('never connects to a robot bridge on another host'),
    });
  });
});

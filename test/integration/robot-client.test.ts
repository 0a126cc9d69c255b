import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRobotClient, type RobotClient, type RobotConnectionState } from '../../src/main/robot';
import { createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { BatonError } from '../../src/shared/errors';
import type { LocalJob } from '../../src/shared/robot-protocol';
import { createTokenStore, type RobotBridge } from '../../src/robot-bridge';
import { realClock } from '../support/auth-harness';
import { afterThisTest, greetCatalog, startSimulatedBridge } from '../support/robot-bridge';

const catalog = greetCatalog([{ at: 0, log: 'starting' }]);

const startBridge = (options: { port?: number; tokensFile?: string; preShared?: string[] } = {}) =>
  startSimulatedBridge(catalog, afterThisTest, {
    port: options.port ?? 0,
    tokens: createTokenStore({ file: options.tokensFile, preSharedTokens: options.preShared }),
  });

/** A TCP relay in front of the bridge, so a test can cut the client's connection like a network drop. */
async function startRelay(targetPort: () => number) {
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((inbound) => {
    const outbound = connectTcp(targetPort(), '127.0.0.1');
    const pair: [Socket, Socket] = [inbound, outbound];
    pairs.add(pair);
    inbound.pipe(outbound).pipe(inbound);
    const drop = () => {
      inbound.destroy();
      outbound.destroy();
      pairs.delete(pair);
    };
    inbound.on('error', drop).on('close', drop);
    outbound.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const relay = {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/robot`,
    cut() {
      for (const [inbound, outbound] of pairs) {
        inbound.destroy();
        outbound.destroy();
      }
      pairs.clear();
    },
    close: () => new Promise<void>((resolve) => (relay.cut(), server.close(() => resolve()))),
  };
  onTestFinished(() => relay.close());
  return relay;
}

function makeClient(url: string, vault = createMemoryVault()) {
  const client = createRobotClient({
    url,
    vault,
    clock: realClock,
    logger: createRecordingLogger(),
    clientInfo: { name: 'Baton', version: '0.1.0', machine: 'test-machine' },
    backoff: { initialMs: 10, maxMs: 50 },
    requestTimeoutMs: 5_000,
  });
  client.start();
  onTestFinished(() => client.dispose());
  return { client, vault };
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

function waitForJob(client: RobotClient, predicate: (job: LocalJob) => boolean): Promise<LocalJob> {
  return new Promise((resolve) => {
    const stop = client.onJobUpdated((job) => {
      if (!predicate(job)) return;
      stop();
      resolve(job);
    });
  });
}

async function pairedClient(bridge: RobotBridge, url = bridge.url, vault = createMemoryVault()) {
  let code = '';
  const stopListening = bridge.onPairingCode((pairing) => (code = pairing.code));
  const made = makeClient(url, vault);
  await waitForState(made.client, 'pairing-required');
  await made.client.pair(code);
  stopListening();
  return made;
}

describe('robot client', () => {
  it('pairs with the code from the robot, keeps the token in the vault and is ready at once next time', async () => {
    const { bridge } = await startBridge();
    const { client, vault } = await pairedClient(bridge);
    expect(client.status()).toMatchObject({ state: 'ready', robot: { executor: 'simulated' } });
    expect(await vault.get(`robot-token:${bridge.url}`)).toMatch(/^[\w-]{43}$/);

    const second = makeClient(bridge.url, vault);
    await waitForState(second.client, 'ready');
    expect(await second.client.listProcesses()).toMatchObject([{ key: 'greet' }]);
  });

  it('turns a wrong pairing code into ROBOT_REJECTED with the attempts left', async () => {
    const { bridge } = await startBridge();
    const { client } = makeClient(bridge.url);
    await waitForState(client, 'pairing-required');
    const error = await client.pair('0000 0000').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BatonError);
    expect(error).toMatchObject({ code: 'ROBOT_REJECTED', details: { attemptsLeft: 4 } });
  });

  it('says how to start the bridge while it is unreachable, then connects once it runs', async () => {
    const { bridge: probe } = await startBridge();
    const port = probe.port;
    await probe.close();
    const { client } = makeClient(`ws://127.0.0.1:${port}/robot`);
    await waitForState(client, 'unreachable');
    const error = await client.listProcesses().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ROBOT_UNAVAILABLE', hint: expect.stringContaining('baton-robot') });
    expect((error as Error & { hint: string }).hint).not.toContain('npm');

    await startBridge({ port, preShared: [] });
    await waitForState(client, 'pairing-required');
  });

  it('follows a local job to successful through pushed updates and logs', async () => {
    const { bridge, jobClock } = await startBridge();
    const { client } = await pairedClient(bridge);
    const logs: string[] = [];
    client.onJobLog((log) => logs.push(log.message));
    const job = await client.startJob('greet', { Name: 'Ada' });
    const running = await client.getJob(job.jobId);
    expect(running.state).toBe('running');
    const done = waitForJob(client, (update) => update.state === 'successful');
    jobClock.advance(3000);
    expect(await done).toMatchObject({ jobId: job.jobId, outputArguments: { Greeted: 'Ada' } });
    expect(logs).toEqual(['starting']);
  });

  it('maps bad input arguments to VALIDATION with the failing fields', async () => {
    const { bridge } = await startBridge();
    const { client } = await pairedClient(bridge);
    const error = await client.startJob('greet', {}).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'VALIDATION', details: { fields: [{ path: 'Name', message: 'is required' }] } });
  });

  it('learns after a reconnect how a job ended while the socket was down', async () => {
    const { bridge, jobClock } = await startBridge();
    const relay = await startRelay(() => bridge.port);
    const { client } = await pairedClient(bridge, relay.url);
    const job = await client.startJob('greet', { Name: 'Ada' });
    await waitForState(client, 'ready');

    const unreachable = waitForState(client, 'unreachable');
    relay.cut();
    await unreachable;
    jobClock.advance(3000); // the job ends while nobody is connected
    const resynced = await waitForJob(client, (update) => update.jobId === job.jobId && update.state === 'successful');
    expect(resynced.outputArguments).toEqual({ Greeted: 'Ada' });
  });

  it('reconnects after a bridge restart with its stored token and reports a job the new bridge lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-robot-client-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const tokensFile = join(dir, 'tokens.json');
    let { bridge } = await startBridge({ tokensFile });
    const relay = await startRelay(() => bridge.port);
    const { client } = await pairedClient(bridge, relay.url);
    const job = await client.startJob('greet', { Name: 'Ada' });

    const unreachable = waitForState(client, 'unreachable');
    relay.cut();
    await unreachable;
    await bridge.close(); // the client misses the `stopped` update
    ({ bridge } = await startBridge({ tokensFile, port: bridge.port }));

    const lost = await waitForJob(client, (update) => update.jobId === job.jobId && update.state !== 'running');
    expect(lost).toMatchObject({ state: 'faulted', error: { code: 'JOB_LOST' } });
    expect(client.status().state).toBe('ready');
  });

  it('receives stopped for a running job when the bridge shuts down gracefully', async () => {
    const { bridge } = await startBridge();
    const { client } = await pairedClient(bridge);
    const job = await client.startJob('greet', { Name: 'Ada' });
    const stopped = waitForJob(client, (update) => update.jobId === job.jobId && update.state === 'stopped');
    await bridge.close();
    expect((await stopped).state).toBe('stopped');
  });

  it('forgets the token on unpair and asks to pair again', async () => {
    const { bridge } = await startBridge();
    const { client, vault } = await pairedClient(bridge);
    const pairingAgain = waitForState(client, 'pairing-required');
    await client.unpair();
    expect(await vault.get(`robot-token:${bridge.url}`)).toBeUndefined();
    await pairingAgain;
    expect(await bridge.tokens.list()).toEqual([]);
  });
});

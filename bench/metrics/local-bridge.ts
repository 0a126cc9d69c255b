import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import type { JobLog } from '../../src/shared/robot-protocol';
import type { Metric, MetricResult } from '../lib/result';
import { BENCH_ROBOT_TOKEN, createStepClock, startBenchBridge, startClient, waitForState } from '../lib/robot';
import { elapsedMs, median, now, quantile, ratioOf } from '../lib/stats';

const KB = 'x'.repeat(1024);

const ANSWER = JSON.stringify({ jsonrpc: '2.0', id: 1, result: {} });

/**
 * A bare `ws` echo server and a client awaiting each echo: the floor for a request over a WebSocket
 * here. It sends what the bridge sends for `jobs.message` to a simulated job, so both carry the same
 * frames: the 1 KB back (the job's `reply:` event there) and then a short answer, which the client awaits.
 */
async function startEcho(): Promise<{ roundTrip(): Promise<void>; close(): Promise<void> }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  server.on('connection', (socket) =>
    socket.on('message', (data) => {
      socket.send(data);
      socket.send(ANSWER);
    }),
  );
  const socket = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await once(socket, 'open');
  let id = 0;
  return {
    roundTrip() {
      const message = JSON.stringify({ jsonrpc: '2.0', id: ++id, method: 'jobs.message', params: { payload: KB } });
      return new Promise<void>((resolve) => {
        let framesDue = 2;
        const onFrame = (): void => {
          if (--framesDue > 0) return;
          socket.off('message', onFrame);
          resolve();
        };
        socket.on('message', onFrame);
        socket.send(message);
      });
    },
    async close() {
      socket.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function bridgeMemory(clients: number): Promise<{ idle: NodeJS.MemoryUsage; loaded: NodeJS.MemoryUsage }> {
  const child = fork(join(import.meta.dirname, '..', 'lib', 'bridge-child.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ask = async (): Promise<NodeJS.MemoryUsage> => {
    const answer = once(child, 'message');
    child.send('memory');
    return ((await answer)[0] as { memory: NodeJS.MemoryUsage }).memory;
  };
  const connected: { stop(): Promise<void> }[] = [];
  try {
    const [{ url }] = (await once(child, 'message')) as [{ url: string }];
    const idle = await ask();
    for (let i = 0; i < clients; i += 1) {
      const made = await startClient(url, BENCH_ROBOT_TOKEN);
      await waitForState(made.client, 'ready');
      connected.push(made);
    }
    const loaded = await ask();
    return { idle, loaded };
  } finally {
    await Promise.all(connected.map((c) => c.stop()));
    child.send('stop');
    await once(child, 'exit');
  }
}

export const localBridge: Metric = {
  id: '5-local-bridge',
  title: 'local bridge: round trip vs bare ws echo, event throughput, pairing, memory',
  async run({ isQuick, log }) {
    const results: MetricResult[] = [];
    const clock = createStepClock();
    const events = 20_000;
    const bridge = await startBenchBridge(
      {
        concurrentJobs: true,
        processes: [
          { key: 'wait', name: 'Wait', durationMs: 1e12 },
          { key: 'chatty', name: 'Chatty', durationMs: 1e12, steps: Array.from({ length: events }, (_, i) => ({ at: 1, log: `e${i}` })) },
        ],
      },
      clock,
    );
    const echo = await startEcho();
    const { client, stop } = await startClient(bridge.url, BENCH_ROBOT_TOKEN);
    try {
      await waitForState(client, 'ready');
      // 1. Request round trip with 1 KB of payload, interleaved with the bare echo so both see the same machine state.
      const job = await client.startJob('wait');
      const batonRtt: number[] = [];
      const bareRtt: number[] = [];
      const rounds = isQuick ? 10 : 40;
      for (let round = 0; round < rounds + 1; round += 1) {
        const isWarmUp = round === 0;
        for (let i = 0; i < 100; i += 1) {
          let start = now();
          await client.sendMessage(job.jobId, 'bench', KB);
          if (!isWarmUp) batonRtt.push(elapsedMs(start));
          start = now();
          await echo.roundTrip();
          if (!isWarmUp) bareRtt.push(elapsedMs(start));
        }
      }
      const p99 = quantile(batonRtt, 0.99);
      const bareP99 = quantile(bareRtt, 0.99);
      results.push(
        {
          name: 'bridge.rtt.p50',
          value: median(batonRtt),
          unit: 'ms',
          baseline: median(bareRtt),
          ratio: ratioOf(median(batonRtt), median(bareRtt)),
          budget: null,
          pass: null,
          note: `jobs.message with 1 KB to a simulated job (answer plus the job's 1 KB reply event) through Baton's robot client and the bridge, vs a bare ws server sending the same two frames back; ${batonRtt.length} samples each, interleaved`,
        },
        {
          name: 'bridge.rtt.p99',
          value: p99,
          unit: 'ms',
          baseline: bareP99,
          ratio: ratioOf(p99, bareP99),
          budget: '≤ 1 ms and ≤ 1.5× bare ws echo',
          pass: p99 <= 1 && p99 <= 1.5 * bareP99,
        },
      );
      log(
        `rtt p50 ${median(batonRtt).toFixed(3)} ms (bare ${median(bareRtt).toFixed(3)}), p99 ${p99.toFixed(3)} ms (bare ${bareP99.toFixed(3)})`,
      );
      await client.stopJob(job.jobId, 'kill');

      // 2. Job event throughput: every scripted log line fires at once; count, check order, time to the last one.
      const rates: number[] = [];
      let isLossless = true;
      for (let rep = 0; rep < (isQuick ? 1 : 3); rep += 1) {
        const chatty = await client.startJob('chatty');
        let received = 0;
        let isOrdered = true;
        let start = now();
        const allIn = new Promise<number>((resolve) => {
          const off = client.onJobLog((entry: JobLog) => {
            if (entry.jobId !== chatty.jobId) return;
            if (entry.message !== `e${received}`) isOrdered = false;
            received += 1;
            if (received === events) {
              off();
              resolve(elapsedMs(start));
            }
          });
        });
        start = now();
        clock.advance(1);
        const ms = await Promise.race([allIn, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 30_000))]);
        if (ms < 0 || !isOrdered) isLossless = false;
        rates.push(ms < 0 ? 0 : events / (ms / 1000));
        await client.stopJob(chatty.jobId, 'kill');
        log(`events: ${received}/${events} in ${ms.toFixed(1)} ms, ordered ${isOrdered}`);
      }
      const rate = median(rates);
      results.push({
        name: 'bridge.events.throughput',
        value: rate,
        unit: 'events/s',
        baseline: null,
        ratio: null,
        budget: '≥ 20,000 events/s, none lost, order kept',
        pass: isLossless && rate >= 20_000,
        note: `${events} job.log notifications from one job to Baton's robot client${isLossless ? ', all received in order' : ', SOME LOST OR OUT OF ORDER'}`,
      });
    } finally {
      await stop();
      await echo.close();
      await bridge.close();
    }

    // 3. Pairing handshake: a client without a token connects, is told to pair, pairs with the code, is ready.
    const pairingBridge = await startBenchBridge({ processes: [{ key: 'wait', name: 'Wait', durationMs: 1 }] }, clock, []);
    try {
      const times: number[] = [];
      let code = '';
      const offCode = pairingBridge.onPairingCode((pairing) => (code = pairing.code));
      for (let i = 0; i < (isQuick ? 5 : 20); i += 1) {
        const start = now();
        const made = await startClient(pairingBridge.url);
        await waitForState(made.client, 'pairing-required');
        await made.client.pair(code);
        await waitForState(made.client, 'ready');
        times.push(elapsedMs(start));
        await made.stop();
      }
      offCode();
      results.push({
        name: 'bridge.pairing',
        value: median(times),
        unit: 'ms',
        baseline: null,
        ratio: null,
        budget: null,
        pass: null,
        note: `median of ${times.length}: connect, pairing-required, pair(code), ready`,
      });
    } finally {
      await pairingBridge.close();
    }

    // 4. Memory of the bridge process with 100 connected, handshaken clients.
    const memory = await bridgeMemory(100);
    results.push({
      name: 'bridge.memory.rss@100',
      value: memory.loaded.rss / 2 ** 20,
      unit: 'MB',
      baseline: memory.idle.rss / 2 ** 20,
      ratio: ratioOf(memory.loaded.rss, memory.idle.rss),
      budget: null,
      pass: null,
      note: `bridge in its own process; baseline: the same bridge with no client; heap ${(memory.loaded.heapUsed / 2 ** 20).toFixed(1)} MB vs ${(memory.idle.heapUsed / 2 ** 20).toFixed(1)} MB idle`,
    });
    return results;
  },
};

import type { Logger } from '../../src/main/platform';
import { createMemoryVault } from '../../src/main/platform/memory';
import { createRobotClient, robotTokenKey, type RobotClient, type RobotConnectionState } from '../../src/main/robot';
import {
  createSimulatedExecutor,
  createTokenStore,
  startRobotBridge,
  type BridgeClock,
  type RobotBridge,
  type SimulatedCatalog,
} from '../../src/robot-bridge';
import { realClock } from './clock';

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silentLogger };

/**
 * A job clock that moves only on `advance`, with timers kept in start order: firing 20,000
 * scripted steps must cost the executor's work, not a quadratic timer scan.
 */
export function createStepClock(): BridgeClock & { advance(ms: number): void } {
  let current = 0;
  let sequence = 0;
  let timers: { at: number; id: number; callback: () => void }[] = [];
  return {
    now: () => current,
    setTimeout(callback, ms) {
      const id = ++sequence;
      timers.push({ at: current + Math.max(0, ms), id, callback });
      return () => void (timers = timers.filter((t) => t.id !== id));
    },
    advance(ms) {
      current += ms;
      const due = timers.filter((t) => t.at <= current).sort((a, b) => a.at - b.at || a.id - b.id);
      const ids = new Set(due.map((t) => t.id));
      timers = timers.filter((t) => !ids.has(t.id));
      for (const timer of due) timer.callback();
    },
  };
}

export const BENCH_ROBOT_TOKEN = 'bench-pre-shared-token-0123456789abcdefghijklmnop';

export async function startBenchBridge(
  catalog: SimulatedCatalog,
  clock: BridgeClock,
  preShared = [BENCH_ROBOT_TOKEN],
): Promise<RobotBridge> {
  return startRobotBridge({
    executor: createSimulatedExecutor({ catalog, clock }),
    port: 0,
    tokens: createTokenStore({ preSharedTokens: preShared }),
  });
}

export function waitForState(client: RobotClient, state: RobotConnectionState): Promise<void> {
  if (client.status().state === state) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = client.onStateChanged((status) => {
      if (status.state !== state) return;
      stop();
      resolve();
    });
  });
}

/** Baton's robot client, started; with `token` it is ready without pairing. */
export async function startClient(url: string, token?: string): Promise<{ client: RobotClient; stop: () => Promise<void> }> {
  const vault = createMemoryVault();
  if (token) await vault.set(robotTokenKey(url), token);
  const client = createRobotClient({
    url,
    vault,
    clock: realClock,
    logger: silentLogger,
    clientInfo: { name: 'Baton bench', version: '0.1.0', machine: 'bench' },
    requestTimeoutMs: 30_000,
  });
  client.start();
  return { client, stop: () => client.dispose() };
}

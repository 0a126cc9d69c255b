import { createCatalogService } from '../../../src/main/catalog';
import { createClientPool, type AccessTokenSource, type ConnectionSource } from '../../../src/main/orchestrator';
import type { HttpFetch, SettingsStore } from '../../../src/main/platform';
import { createMemorySettings, createRecordingLogger } from '../../../src/main/platform/memory';
import { createRunService } from '../../../src/main/runs';
import type { Run } from '../../../src/shared/contract/runs';
import type { TestSandbox, Who } from '../../support/sandbox';

/**
 * The catalog and run services against a sandbox on its manual clock, the way compose.ts wires
 * them, with a fetch that counts requests on the wire so the driver moves time only when the
 * wire is quiet.
 */
export function remoteCore(
  sandbox: TestSandbox,
  who: Who,
  opts: { settings?: SettingsStore; fetch?: HttpFetch; tokens?: AccessTokenSource; timeoutMs?: number } = {},
) {
  const token = sandbox.tokenFor(who);
  const tokens = opts.tokens ?? { getAccessToken: () => token, refreshAccessToken: () => sandbox.tokenFor(who) };
  const wire = { inFlight: 0, sent: 0 };
  const inner = opts.fetch ?? ((input, init) => fetch(input, init));
  const counting: HttpFetch = async (input, init) => {
    wire.inFlight += 1;
    wire.sent += 1;
    try {
      return await inner(input, init);
    } finally {
      wire.inFlight -= 1;
    }
  };
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const settings = opts.settings ?? createMemorySettings();
  const logger = createRecordingLogger();
  const clock = sandbox.clock;
  const clients = createClientPool({
    connections,
    fetch: counting,
    clock,
    logger,
    options: { random: () => 0.5, timeoutMs: opts.timeoutMs },
  });
  const catalog = createCatalogService({ connections, clients, settings, clock, logger });
  const runs = createRunService({ connections, clients, catalog, settings, clock, logger, random: () => 0.5 });
  const updates: Run[] = [];
  const offUpdates = runs.onUpdated((run) => updates.push(run));
  runs.followKept();
  const stopPolling = (): void => runs.dispose();

  /** Lets I/O happen, then moves the manual clock; until `done` or the step budget runs out. */
  async function drive(done: () => boolean | Promise<boolean>, { stepMs = 100, maxSteps = 50_000 } = {}): Promise<void> {
    let quietFor = 0;
    for (let step = 0; step < maxSteps; step += 1) {
      if (await done()) return;
      await new Promise((resolve) => setImmediate(resolve));
      // Time moves when the wire is quiet; a request that never ends (a hang) must not stop time,
      // or its timeout could never fire.
      quietFor += 1;
      if (wire.inFlight === 0 || quietFor >= 300) {
        quietFor = 0;
        sandbox.clock.advance(stepMs);
      }
    }
    throw new Error('drive: the condition never came true');
  }

  /** Runs `promise` to its end while driving the clock (for calls that wait on timers). */
  async function settle<T>(promise: Promise<T>, stepMs = 50): Promise<T> {
    let isDone = false;
    const tracked = promise.finally(() => (isDone = true));
    tracked.catch(() => {});
    await drive(() => isDone, { stepMs });
    return tracked;
  }

  async function processId(name: string): Promise<string> {
    const { processes } = await settle(catalog.refresh());
    const process = processes.find((p) => p.name === name);
    if (!process) throw new Error(`no process ${name}`);
    return process.id;
  }

  return {
    runs,
    catalog,
    settings,
    logger,
    updates,
    wire,
    drive,
    settle,
    processId,
    dispose() {
      offUpdates();
      stopPolling();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import { createMemorySettings } from '../../src/main/platform/memory';
import { createLocalTarget, createRemoteTarget, type RunLogLine, type RunTarget } from '../../src/main/runs';
import { isFinalRunState, type Run } from '../../src/shared/contract/runs';
import { realClock } from '../support/auth-harness';
import { clockDriverOf, createClockDriver, type ClockDriver } from '../support/clock-driver';
import { cleanUpAfterEach, greetCatalog, robotServiceFor, startSimulatedBridge } from '../support/robot-bridge';
import { startTestSandbox } from '../support/sandbox';

// The run target contract (src/main/runs/targets/run-target.ts), held once against both targets:
// Orchestrator (the sandbox over real HTTP) and the robot of this machine (a bridge over a real
// WebSocket). What a target must do is the same; only the words of its refusals differ.
const cleanups = cleanUpAfterEach();

type AnyTarget = RunTarget<Run, unknown>;

interface Fixture {
  target: AnyTarget;
  driver: ClockDriver;
  /** A process that ends successful within seconds, writing log lines, with this output. */
  quick: { params: unknown; output: Record<string, unknown> };
  /** A process that runs for a minute or more. */
  long: unknown;
  /** A process the target does not have. */
  missing: unknown;
}

async function remoteFixture(): Promise<Fixture> {
  const sandbox = await startTestSandbox();
  cleanups.push(() => sandbox.close());
  const token = () => sandbox.tokenFor('alice', { scopes: ['OR.Folders', 'OR.Execution', 'OR.Jobs', 'OR.Users', 'OR.Monitoring.Read'] });
  const found = {
    connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl },
    tokens: { getAccessToken: token, refreshAccessToken: token },
  };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const driver = clockDriverOf(sandbox);
  const clock = sandbox.clock;
  const clients = createClientPool({ connections, fetch: driver.track(), clock, options: { random: () => 0.5 } });
  const catalog = createCatalogService({ connections, clients, settings: createMemorySettings(), clock });
  // The run service's history, as far as the target asks for it: the newest state of each run.
  const latest = new Map<string, Run>();
  const target = createRemoteTarget({
    connections,
    clients,
    catalog,
    clock,
    random: () => 0.5,
    current: (runId) => {
      const run = latest.get(runId);
      return run?.target === 'remote' ? run : undefined;
    },
  });
  target.onUpdated((run) => void latest.set(run.id, run));
  cleanups.push(() => target.dispose());
  const { processes } = await catalog.refresh();
  const idOf = (name: string) => processes.find((p) => p.name === name)!.id;
  return {
    target: wrapLatest(target as unknown as AnyTarget, latest),
    driver,
    quick: { params: { processId: idOf('Hello World'), inputArguments: { in_Name: 'Ada' } }, output: { out_Greeting: 'Hello, Ada!' } },
    long: { processId: idOf('Log Stream Demo') },
    missing: { processId: '999:no-such-release' },
  };
}

async function localFixture(): Promise<Fixture> {
  const catalog = greetCatalog([
    { at: 0, log: 'starting' },
    { at: 1000, log: 'greeting ready' },
  ]);
  catalog.processes.push({ key: 'long', name: 'Long', inputArguments: [], durationMs: 600_000, steps: [{ at: 0, log: 'working' }] });
  const { bridge, jobClock, codes } = await startSimulatedBridge(catalog, cleanups);
  const robot = robotServiceFor(bridge, cleanups);
  await robot.settledStatus();
  await robot.pair(codes.at(-1) ?? '');
  const target = createLocalTarget({ robot, clock: realClock, bridgeUrl: () => bridge.url });
  cleanups.push(() => target.dispose());
  const latest = new Map<string, Run>();
  target.onUpdated((run) => void latest.set(run.id, run));
  return {
    target: wrapLatest(target as unknown as AnyTarget, latest),
    driver: createClockDriver(jobClock),
    quick: { params: { processKey: 'greet', inputArguments: { Name: 'Ada' } }, output: { Greeted: 'Ada' } },
    long: { processKey: 'long' },
    missing: { processKey: 'no-such-process' },
  };
}

/** The target, with what `start` answers kept as the newest state too (the run service records it). */
function wrapLatest(target: AnyTarget, latest: Map<string, Run>): AnyTarget {
  return {
    ...target,
    async start(params, runId) {
      const run = await target.start(params, runId);
      if (!latest.has(run.id)) latest.set(run.id, run);
      return run;
    },
  };
}

describe.each([
  ['remote', remoteFixture],
  ['local', localFixture],
] as const)('the %s run target', (name, setUp) => {
  async function started(fixture: Fixture, params: unknown) {
    const updates: Run[] = [];
    const lines: RunLogLine[] = [];
    fixture.target.onUpdated((run) => updates.push(run));
    fixture.target.onLog((line) => lines.push(line));
    const runId = randomUUID();
    const run = await fixture.target.start(params, runId);
    fixture.target.follow(run);
    const last = () => updates.filter((u) => u.id === runId).at(-1) ?? run;
    return { run, runId, updates, lines, last };
  }

  it('starts a run under the id it is given and tells each change until it ends, with the output', { timeout: 60_000 }, async () => {
    const fixture = await setUp();
    const { run, runId, updates, last } = await started(fixture, fixture.quick.params);
    expect(run).toMatchObject({ id: runId, target: name });
    expect(['pending', 'running']).toContain(run.state);
    await fixture.driver.drive(() => isFinalRunState(last().state));
    expect(last()).toMatchObject({ id: runId, target: name, state: 'successful', outputArguments: fixture.quick.output });
    // Nothing is told after the end, and the end is told once.
    const mine = updates.filter((u) => u.id === runId);
    expect(mine.filter((u) => isFinalRunState(u.state))).toHaveLength(1);
    expect(isFinalRunState(mine.at(-1)!.state)).toBe(true);
  });

  it('sends the run’s log lines, each once and in order, by the time the end is told', { timeout: 60_000 }, async () => {
    const fixture = await setUp();
    const { runId, lines, last } = await started(fixture, fixture.quick.params);
    await fixture.driver.drive(() => isFinalRunState(last().state));
    const mine = lines.filter((line) => line.runId === runId);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(new Set(mine.map((line) => `${line.at} ${line.message}`)).size).toBe(mine.length);
    const times = mine.map((line) => Date.parse(line.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('answers get from where the run executes, agreeing with the last change told', { timeout: 60_000 }, async () => {
    const fixture = await setUp();
    const { run, last } = await started(fixture, fixture.quick.params);
    await fixture.driver.drive(() => isFinalRunState(last().state));
    const fresh = await fixture.driver.settle(fixture.target.get(run));
    expect(fresh).toMatchObject({ id: run.id, state: 'successful', outputArguments: fixture.quick.output });
  });

  it('stops a long run: it ends stopped', { timeout: 60_000 }, async () => {
    const fixture = await setUp();
    const { run, last } = await started(fixture, fixture.long);
    await fixture.driver.drive(() => last().state === 'running');
    const stopping = await fixture.driver.settle(fixture.target.stop(last(), 'soft'));
    expect(['stopping', 'stopped']).toContain(stopping.state);
    await fixture.driver.drive(() => isFinalRunState(last().state));
    expect(last()).toMatchObject({ id: run.id, state: 'stopped' });
  });

  it('refuses a process it does not have with NOT_FOUND and a hint, starting nothing', { timeout: 60_000 }, async () => {
    const fixture = await setUp();
    const updates: Run[] = [];
    fixture.target.onUpdated((run) => updates.push(run));
    await expect(fixture.driver.settle(fixture.target.start(fixture.missing, randomUUID()))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      hint: expect.any(String),
    });
    expect(updates).toEqual([]);
  });

  it('refuses to resume a run that is neither suspended nor paused, saying why', { timeout: 60_000 }, async () => {
    const fixture = await setUp();
    const { last } = await started(fixture, fixture.long);
    await fixture.driver.drive(() => last().state === 'running');
    await expect(fixture.driver.settle(fixture.target.resume(last()))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.any(String),
    });
    expect(last().state).toBe('running');
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createManualClock, createMemoryPlatform, createMemorySettings } from '../../src/main/platform/memory';
import { createLocalTarget } from '../../src/main/runs';
import type { RobotStatusView } from '../../src/shared/contract/robot';
import type { Run } from '../../src/shared/contract/runs';
import type { RunLogLine } from '../../src/main/runs';
import { createDispatcher } from '../../src/shared/dispatch';
import { createSimulatedExecutor, startRobotBridge, type RobotBridge } from '../../src/robot-bridge';
import { realClock } from '../support/auth-harness';
import { afterThisTest, greetCatalog, robotServiceFor, startSimulatedBridge } from '../support/robot-bridge';

const catalog = greetCatalog([
  { at: 0, log: 'starting' },
  { at: 1000, log: 'greeting ready' },
]);

const startBridge = () => startSimulatedBridge(catalog, afterThisTest);

function startCore(url: string) {
  const settings = createMemorySettings();
  settings.set('robot.url', url);
  const core = createCore({ platform: createMemoryPlatform({ clock: realClock, settings }), version: '0.0.0-test' });
  onTestFinished(() => core.dispose());
  const changes: RobotStatusView[] = [];
  core.events.on('robot.changed', (status) => changes.push(status));
  return { dispatch: createDispatcher(core.handlers), changes, settings, core };
}

async function closedPortUrl(): Promise<string> {
  const probe = await startRobotBridge({ executor: createSimulatedExecutor({ catalog, clock: createManualClock() }), port: 0 });
  await probe.close();
  return `ws://127.0.0.1:${probe.port}/robot`;
}

async function pair(dispatch: ReturnType<typeof createDispatcher>, codes: string[]) {
  expect(await dispatch('robot.status', {})).toMatchObject({ state: 'pairing-required' });
  return (await dispatch('robot.pair', { code: codes.at(-1) })) as RobotStatusView;
}

describe('robot contract', () => {
  it('reports pairing-required, pairs with the code the robot shows and is ready with the robot info', async () => {
    const { bridge, codes } = await startBridge();
    const { dispatch, changes } = startCore(bridge.url);
    const status = await pair(dispatch, codes);
    expect(status).toMatchObject({ state: 'ready', url: bridge.url, robot: { executor: 'simulated' }, activeJobs: 0 });
    expect(changes.map((change) => change.state)).toEqual(['pairing-required', 'ready']);
  });

  it('refuses a wrong code with the attempts left and stays pairing-required', async () => {
    const { bridge } = await startBridge();
    const { dispatch } = startCore(bridge.url);
    await dispatch('robot.status', {});
    await expect(dispatch('robot.pair', { code: '0000 0000' })).rejects.toMatchObject({
      code: 'ROBOT_REJECTED',
      details: { attemptsLeft: 4 },
    });
    expect(await dispatch('robot.status', {})).toMatchObject({ state: 'pairing-required' });
  });

  it('lists the robot processes once paired and refuses before', async () => {
    const { bridge, codes } = await startBridge();
    const { dispatch } = startCore(bridge.url);
    await expect(dispatch('robot.processes', {})).rejects.toMatchObject({ code: 'ROBOT_PAIRING_REQUIRED' });
    await pair(dispatch, codes);
    expect(await dispatch('robot.processes', {})).toMatchObject([{ key: 'greet', name: 'Greet', installed: true }]);
  });

  it('installs a process before its first run and answers it installed, with its inputs; refuses an unknown key', async () => {
    const { bridge, codes } = await startSimulatedBridge(
      {
        processes: [
          {
            key: 'sync',
            name: 'Expense Sync',
            durationMs: 100,
            installed: false,
            inputArguments: [{ name: 'Month', type: 'string', required: true }],
          },
        ],
      },
      afterThisTest,
    );
    const { dispatch } = startCore(bridge.url);
    await pair(dispatch, codes);
    expect(await dispatch('robot.processes', {})).toMatchObject([{ key: 'sync', installed: false }]);
    expect(await dispatch('robot.install', { key: 'sync' })).toMatchObject({
      key: 'sync',
      installed: true,
      inputArguments: [{ name: 'Month' }],
    });
    expect(await dispatch('robot.processes', {})).toMatchObject([{ key: 'sync', installed: true }]);
    await expect(dispatch('robot.install', { key: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('unpairs and is offered a fresh pairing', async () => {
    const { bridge, codes } = await startBridge();
    const { dispatch } = startCore(bridge.url);
    await pair(dispatch, codes);
    expect(await dispatch('robot.unpair', {})).toMatchObject({ state: 'pairing-required' });
    expect(codes).toHaveLength(2);
  });

  it('says not-installed with how to start the bridge when nothing answers', async () => {
    const { dispatch } = startCore(await closedPortUrl());
    const status = (await dispatch('robot.status', {})) as RobotStatusView;
    expect(status).toMatchObject({ state: 'not-installed', hint: expect.stringContaining('baton-robot') });
    expect(status.hint).not.toContain('npm');
  });

  it('connects to another bridge URL and remembers it', async () => {
    const { bridge } = await startBridge();
    const { dispatch, settings } = startCore(await closedPortUrl());
    expect(await dispatch('robot.connect', { url: bridge.url })).toMatchObject({ state: 'pairing-required', url: bridge.url });
    expect(settings.get('robot.url')).toBe(bridge.url);
  });

  it('refuses a robot URL that is not a WebSocket URL', async () => {
    const { dispatch } = startCore(await closedPortUrl());
    await expect(dispatch('robot.connect', { url: 'http://127.0.0.1:2424/robot' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('local runs through the contract', () => {
  it('runs.start {target: local} follows the job to successful with run.log lines, and runs.get has it', async () => {
    const { bridge, jobClock, codes } = await startBridge();
    const { dispatch, core } = startCore(bridge.url);
    await pair(dispatch, codes);
    const logs: RunLogLine[] = [];
    core.events.on('run.log', (log) => logs.push(log));
    const finished = new Promise<Run>((resolve) => core.events.on('run.updated', (run) => run.state === 'successful' && resolve(run)));

    const run = (await dispatch('runs.start', { target: 'local', processKey: 'greet', inputArguments: { Name: 'Ada' } })) as Run;
    expect(run).toMatchObject({ target: 'local', processName: 'Greet', profileId: null });
    jobClock.advance(3000);
    expect(await finished).toMatchObject({ id: run.id, outputArguments: { Greeted: 'Ada' } });
    expect(logs.map((log) => log.message)).toEqual(['starting', 'greeting ready']);
    expect(await dispatch('runs.get', { runId: run.id })).toMatchObject({ state: 'successful' });
  });

  it('refuses a local run before pairing with ROBOT_PAIRING_REQUIRED', async () => {
    const { bridge } = await startBridge();
    const { dispatch } = startCore(bridge.url);
    await dispatch('robot.status', {});
    await expect(dispatch('runs.start', { target: 'local', processKey: 'greet' })).rejects.toMatchObject({
      code: 'ROBOT_PAIRING_REQUIRED',
    });
  });
});

describe('local runner', () => {
  it('runs a local process to successful as a Run, with its logs, and shows busy meanwhile', async () => {
    const { bridge, jobClock, codes } = await startBridge();
    const robot = robotServiceFor(bridge, afterThisTest);
    const runner = createLocalTarget({ robot, clock: realClock });
    onTestFinished(() => runner.dispose());
    expect((await robot.settledStatus()).state).toBe('pairing-required');
    await robot.pair(codes.at(-1) ?? '');

    const logs: RunLogLine[] = [];
    runner.onLog((log) => logs.push(log));
    const finished = new Promise<Run>((resolve) => runner.onUpdated((run) => run.state === 'successful' && resolve(run)));
    const run = await runner.start({ processKey: 'greet', inputArguments: { Name: 'Ada' } }, randomUUID());
    expect(run).toMatchObject({
      target: 'local',
      processKey: 'greet',
      processName: 'Greet',
      processVersion: expect.any(String),
      jobId: run.id,
    });
    expect(['pending', 'running']).toContain(run.state);
    expect(robot.status()).toMatchObject({ state: 'busy', activeJobs: 1 });

    jobClock.advance(3000);
    expect(await finished).toMatchObject({ id: run.id, processName: 'Greet', outputArguments: { Greeted: 'Ada' } });
    expect(logs.map((log) => [log.runId, log.message])).toEqual([
      [run.id, 'starting'],
      [run.id, 'greeting ready'],
    ]);
    expect(robot.status()).toMatchObject({ state: 'ready', activeJobs: 0 });
  });

  it('refuses a process the robot does not have with NOT_FOUND', async () => {
    const { bridge, codes } = await startBridge();
    const robot = robotServiceFor(bridge, afterThisTest);
    await robot.settledStatus();
    await robot.pair(codes.at(-1) ?? '');
    const runner = createLocalTarget({ robot, clock: realClock });
    await expect(runner.start({ processKey: 'missing' }, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

export type { RobotBridge };

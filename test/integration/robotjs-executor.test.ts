import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { createRobotService } from '../../src/main/robot';
import { createLocalTarget } from '../../src/main/runs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRobotJsExecutor, startRobotBridge, systemClock, type Executor } from '../../src/robot-bridge';
import type { RobotJsExecutorOptions } from '../../src/robot-bridge/executors';
import { createProcessStateStore } from '../../src/robot-bridge/process-state';
import type { Run } from '../../src/shared/contract/runs';
import type { JobReporter, RunningJob } from '../../src/robot-bridge/executors';
import type { LocalProcess } from '../../src/shared/robot-protocol';
import { startRobotJsEmulator, type RobotJsEmulator, type RobotJsEmulatorOptions } from '../support/robotjs-emulator';

const processes: RobotJsEmulatorOptions['processes'] = [
  {
    Key: 'invoice-entry_Finance',
    Name: 'Invoice Entry',
    Description: 'Types invoices',
    InputArgumentsSchema: [
      { Name: 'Folder', Type: 'System.String', IsRequired: true, HasDefault: false },
      { Name: 'MaxInvoices', Type: 'System.Int32', IsRequired: false, HasDefault: true },
    ],
  },
];

async function setUp(options: Partial<RobotJsEmulatorOptions> = {}, executorOptions: Partial<RobotJsExecutorOptions> = {}) {
  const emulator = await startRobotJsEmulator({ processes, ...options });
  onTestFinished(() => emulator.close());
  const executor = createRobotJsExecutor({
    host: '127.0.0.1',
    discoveryPort: emulator.discoveryPort,
    clock: systemClock,
    consentPollMs: 5,
    consentTimeoutMs: 2000,
    // The OS opener, as UiPath Assistant's protocol handler would receive the URL.
    openUrl: (url) => emulator.openUrl(url),
    ...executorOptions,
  });
  return { emulator, executor };
}

function recordingReporter() {
  const seen = { logs: [] as string[], progress: [] as string[], events: [] as { channel: string; payload: unknown }[] };
  const reporter: JobReporter = {
    log: (_level, message) => seen.logs.push(message),
    progress: (message) => seen.progress.push(message),
    event: (channel, payload) => seen.events.push({ channel, payload }),
    output: () => {},
  };
  return { reporter, seen };
}

async function start(executor: Executor, emulator: RobotJsEmulator, inputArguments: Record<string, unknown> = { Folder: 'C:\\in' }) {
  const [process] = (await executor.listProcesses()) as [LocalProcess];
  const { reporter, seen } = recordingReporter();
  const invoked = emulator.waitForJob();
  const job: RunningJob = executor.start({ jobId: '6f1c2b9e-7d7a-4c1e-9a53-0c7c1d2b8e11', process, inputArguments, reporter });
  return { job, robotJob: await invoked, seen };
}

describe('robotjs executor', () => {
  it('lists the robot processes as awaiting install, and learns their arguments through InstallProcess', async () => {
    const { executor } = await setUp();
    expect(await executor.listProcesses()).toEqual([
      {
        key: 'invoice-entry_Finance',
        name: 'Invoice Entry',
        version: '',
        description: 'Types invoices',
        installed: false,
        inputArguments: [],
      },
    ]);
    await executor.install('invoice-entry_Finance');
    expect((await executor.listProcesses())[0]).toMatchObject({ installed: true });
    expect((await executor.listProcesses())[0]?.inputArguments).toEqual([
      { name: 'Folder', type: 'string', required: true, hasDefault: false },
      { name: 'MaxInvoices', type: 'integer', required: false, hasDefault: true },
    ]);
  });

  it('asks for consent on a 401 by opening the consent URL with the code and Baton’s stable origin, then sends the code with every call', async () => {
    const shown: number[] = [];
    const { emulator, executor } = await setUp({ consent: 'manual' }, { onConsentCode: (code) => (shown.push(code), undefined) });
    const listing = executor.listProcesses();
    await expect.poll(() => emulator.consentCodes.length).toBe(1);
    expect(emulator.opened).toEqual([
      { url: `uipath-web://consentCode=${shown[0]}&Origin=http://baton.localhost`, code: shown[0], origin: 'http://baton.localhost' },
    ]);
    emulator.grantConsent(shown[0] ?? 0);
    expect(await listing).toHaveLength(1);
    expect(shown[0]).toBeGreaterThanOrEqual(100_001);
    const call = emulator.requests.find((request) => request.path === '/RobotProcesses');
    expect(call?.query.consentCode).toBe(String(shown[0]));
    expect(new Set(emulator.requests.map((request) => request.origin))).toEqual(new Set(['http://baton.localhost']));
  });

  it('never gets consent when the consent URL is not opened: the Assistant shows no dialog (408, explained)', async () => {
    const emulator = await startRobotJsEmulator({ processes, consent: 'allow' });
    onTestFinished(() => emulator.close());
    const executor = createRobotJsExecutor({
      host: '127.0.0.1',
      discoveryPort: emulator.discoveryPort,
      clock: systemClock,
      consentPollMs: 5,
      consentTimeoutMs: 200,
      openUrl: async () => {},
    });
    await expect(executor.listProcesses()).rejects.toMatchObject({
      reason: 'EXECUTOR_FAILED',
      message: expect.stringContaining('within 60 seconds (408)'),
    });
    expect(emulator.opened).toEqual([]);
  });

  it('explains a refusal (403) with what to do, naming the allow-list for administrators', async () => {
    const { emulator, executor } = await setUp({ consent: 'manual' }, {});
    const listing = executor.listProcesses();
    await expect.poll(() => emulator.consentCodes.length).toBe(1);
    emulator.denyConsent(emulator.consentCodes[0] ?? 0);
    await expect(listing).rejects.toMatchObject({
      reason: 'EXECUTOR_FAILED',
      message: expect.stringMatching(/refused .*\(403\).*click Allow.*UIPATH_ROBOTJS_ALLOWLIST=http:\/\/baton\.localhost/),
    });
  });

  it('asks for consent again after a 401 from a later call and repeats the call once', async () => {
    const { emulator, executor } = await setUp({ consent: 'allow' });
    await executor.listProcesses();
    emulator.revokeConsent();
    expect(await executor.listProcesses()).toHaveLength(1);
    expect(emulator.consentCodes).toHaveLength(2);
    expect(emulator.opened.map((entry) => entry.code)).toEqual(emulator.consentCodes);
  });

  it('says UiPath Assistant is not running when nothing answers on the discovery port', async () => {
    const { emulator, executor } = await setUp();
    await emulator.close();
    await expect(executor.listProcesses()).rejects.toMatchObject({
      reason: 'EXECUTOR_FAILED',
      message: expect.stringContaining('UiPath Assistant'),
    });
  });

  it('keeps what InstallProcess taught on disk, so a restarted bridge knows the process is installed and its inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-robotjs-state-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'processes.json');
    const { emulator, executor } = await setUp({}, { processState: createProcessStateStore({ file }) });
    await executor.install('invoice-entry_Finance');
    const restarted = createRobotJsExecutor({
      host: '127.0.0.1',
      discoveryPort: emulator.discoveryPort,
      clock: systemClock,
      processState: createProcessStateStore({ file }),
    });
    const installs = emulator.requests.filter((request) => request.path === '/InstallProcess').length;
    expect((await restarted.listProcesses())[0]).toMatchObject({
      installed: true,
      inputArguments: [{ name: 'Folder', type: 'string', required: true }, { name: 'MaxInvoices' }],
    });
    expect(emulator.requests.filter((request) => request.path === '/InstallProcess')).toHaveLength(installs);
  });

  it('offers processes as installed when the robot cannot install through RobotJS', async () => {
    const { executor } = await setUp({ features: ['JobStatus_LongPolling'] });
    expect((await executor.listProcesses())[0]).toMatchObject({ installed: true, inputArguments: [] });
    await expect(executor.install('invoice-entry_Finance')).rejects.toMatchObject({ reason: 'EXECUTOR_FAILED' });
  });

  it('invokes the robot with the process key, our job id and the input, and ends Closed as successful with outputs', async () => {
    const { emulator, executor } = await setUp();
    const { job, robotJob, seen } = await start(executor, emulator);
    expect(robotJob).toMatchObject({
      processKey: 'invoice-entry_Finance',
      givenJobId: '6f1c2b9e-7d7a-4c1e-9a53-0c7c1d2b8e11',
      input: { Folder: 'C:\\in' },
    });
    emulator.update(robotJob.jobId, { status: ['Invoice 1 of 2'], events: [{ name: 'invoice', payload: { n: 1 } }] });
    await expect.poll(() => seen.progress).toEqual(['Invoice 1 of 2']);
    emulator.update(robotJob.jobId, { state: 1, status: ['Done'], output: { Entered: 2 } });
    expect(await job.done).toEqual({ state: 'successful', outputArguments: { Entered: 2 } });
    expect(seen.progress).toEqual(['Invoice 1 of 2', 'Done']);
    expect(seen.events).toEqual([{ channel: 'invoice', payload: { n: 1 } }]);
  });

  it('sends the InternalArguments envelope when the robot advertises it', async () => {
    const { emulator, executor } = await setUp({ features: ['JobStatus_LongPolling', 'InternalArguments', 'InstallProcess'] });
    const { robotJob } = await start(executor, emulator);
    expect(robotJob.input).toEqual({ inputArgs: { Folder: 'C:\\in' }, internalArgs: '', jobSource: 'RobotAPI' });
    expect(emulator.requests.find((request) => request.path === '/InvokeRobot')?.query.features).toBe('internalArguments');
  });

  it('maps Faulted to faulted with the robot error message', async () => {
    const { emulator, executor } = await setUp();
    const { job, robotJob } = await start(executor, emulator);
    emulator.update(robotJob.jobId, { state: 3, error: { Message: 'Selector not found' } });
    expect(await job.done).toEqual({
      state: 'faulted',
      error: { code: 'ROBOT_FAULTED', message: 'Selector not found' },
      outputArguments: {},
    });
  });

  it('stops through StopProcess by process key and ends Canceled as stopped', async () => {
    const { emulator, executor } = await setUp();
    const { job, robotJob } = await start(executor, emulator);
    await expect.poll(() => emulator.requests.some((request) => request.path === '/JobStatus')).toBe(true);
    job.stop('soft');
    expect(await job.done).toEqual({ state: 'stopped' });
    expect(emulator.requests.find((request) => request.path === '/StopProcess')?.query.robotProcessId).toBe('invoice-entry_Finance');
    expect(robotJob.state).toBe(2);
  });

  it('polls JobStatus at the interval when the robot has no long polling', async () => {
    const { emulator, executor } = await setUp({ features: ['InstallProcess'] }, { pollIntervalMs: 5 });
    const { job, robotJob } = await start(executor, emulator);
    await expect.poll(() => emulator.requests.filter((request) => request.path === '/JobStatus').length).toBeGreaterThan(2);
    emulator.update(robotJob.jobId, { state: 1 });
    expect((await job.done).state).toBe('successful');
  });

  it('passes a message to the running job through SendClientMessage', async () => {
    const { emulator, executor } = await setUp();
    const { job, robotJob } = await start(executor, emulator);
    await expect.poll(() => emulator.requests.some((request) => request.path === '/JobStatus')).toBe(true);
    job.message?.('approval', { ok: true });
    await expect.poll(() => robotJob.messages).toEqual([{ channelName: 'approval', payload: '{"ok":true}' }]);
    emulator.update(robotJob.jobId, { state: 1 });
    await job.done;
  });
});

describe('robotjs executor behind the bridge', () => {
  it('runs a UiPath Robot process from Baton end to end: pair, start, status messages, Closed → successful', async () => {
    const { emulator, executor } = await setUp();
    const bridge = await startRobotBridge({ executor, port: 0 });
    onTestFinished(() => bridge.close());
    const codes: string[] = [];
    bridge.onPairingCode((pairing) => codes.push(pairing.code));
    const robot = createRobotService({
      settings: createMemorySettings(),
      vault: createMemoryVault(),
      clock: systemClock,
      logger: createRecordingLogger(),
      clientInfo: { name: 'Baton', version: '0.0.0', machine: 'test' },
      defaultUrl: bridge.url,
    });
    robot.start();
    onTestFinished(() => robot.dispose());
    await robot.settledStatus();
    expect(await robot.pair(codes.at(-1) ?? '')).toMatchObject({ state: 'ready', robot: { executor: 'robotjs' } });
    const runner = createLocalTarget({ robot, clock: systemClock });
    onTestFinished(() => runner.dispose());

    const infos: string[] = [];
    const finished = new Promise<Run>((resolve) =>
      runner.onUpdated((run) => {
        if (run.info) infos.push(run.info);
        if (run.state === 'successful') resolve(run);
      }),
    );
    const invoked = emulator.waitForJob();
    const run = await runner.start({ processKey: 'invoice-entry_Finance', inputArguments: { Folder: 'C:\\in' } }, randomUUID());
    const robotJob = await invoked;
    expect(robotJob.givenJobId).toBe(run.id);
    expect(emulator.requests.some((request) => request.path === '/InstallProcess')).toBe(true);
    emulator.update(robotJob.jobId, { status: ['Invoice 1 of 1'] });
    await expect.poll(() => infos).toContain('Invoice 1 of 1');
    emulator.update(robotJob.jobId, { state: 1, output: { Entered: 1 } });
    expect(await finished).toMatchObject({ id: run.id, processName: 'Invoice Entry', outputArguments: { Entered: 1 } });
  });
});

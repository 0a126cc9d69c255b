import { describe, expect, it, onTestFinished } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import { createMemorySettings } from '../../src/main/platform/memory';
import { createRunService } from '../../src/main/runs';
import { isFinalRunState, type Run, type RunLog } from '../../src/shared/contract/runs';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { clockDriverOf } from '../support/clock-driver';

// A remote job that suspends and is resumed, and a remote job's log lines read while it runs, against
// the sandbox Orchestrator over real HTTP on the sandbox's manual clock.

const WITH_LOGS = ['OR.Folders', 'OR.Execution', 'OR.Jobs', 'OR.Users', 'OR.Monitoring.Read'];

async function setUp(opts: { scopes?: string[]; pageSize?: number; linesKept?: number } = {}) {
  const sandbox = await startTestSandbox();
  onTestFinished(() => sandbox.close());
  const token = () => sandbox.tokenFor('alice', { scopes: opts.scopes ?? WITH_LOGS });
  const tokens = { getAccessToken: token, refreshAccessToken: token };
  const counting = clockDriverOf(sandbox).track();
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const settings = createMemorySettings();
  const clock = sandbox.clock;
  const clients = createClientPool({ connections, fetch: counting, clock, options: { random: () => 0.5 } });
  const catalog = createCatalogService({ connections, clients, settings, clock });
  const runs = createRunService({
    connections,
    clients,
    catalog,
    settings,
    clock,
    random: () => 0.5,
    remoteLogs: { pageSize: opts.pageSize ?? 100, ...(opts.linesKept ? { linesKept: opts.linesKept } : {}) },
  });
  const updates: Run[] = [];
  const logs: RunLog[] = [];
  runs.onUpdated((run) => updates.push(run));
  runs.onLog((log) => logs.push(log));
  runs.followKept();
  onTestFinished(() => runs.dispose());
  const idOf = async (name: string) => (await catalog.refresh()).processes.find((p) => p.name === name)!.id;
  return { sandbox, runs, updates, logs, idOf };
}

const drive = (sandbox: TestSandbox, done: () => boolean | Promise<boolean>, options?: { stepMs?: number; maxSteps?: number }) =>
  clockDriverOf(sandbox).drive(done, options);

describe('a remote job that suspends', () => {
  it('is shown suspended with what it waits for, is resumed, and ends Successful', { timeout: 60_000 }, async () => {
    const { sandbox, runs, updates, idOf } = await setUp();
    const started = await runs.start({ target: 'remote', processId: await idOf('Invoice Approval') });
    await drive(sandbox, async () => (await runs.get(started.id)).state === 'suspended');
    expect(await runs.get(started.id)).toMatchObject({ state: 'suspended', info: 'Waiting for a task: Approve invoice' });
    // It waits for as long as nobody resumes it.
    sandbox.clock.advance(10 * 60_000);
    await drive(sandbox, () => true);
    expect((await runs.get(started.id)).state).toBe('suspended');
    await expect(runs.pauseRun(started.id)).rejects.toMatchObject({ code: 'CONFLICT' });

    const resumed = await runs.resumeRun(started.id);
    expect(resumed.state).toBe('running');
    expect(resumed.info).toBeUndefined();
    expect(sandbox.orchestrator.state.jobs.get(started.jobId as number)!.state).toBe('Resumed');
    await drive(sandbox, async () => isFinalRunState((await runs.get(started.id)).state));
    const ended = await runs.get(started.id);
    expect(ended).toMatchObject({ state: 'successful', outputArguments: { out_Approved: true } });
    const states = updates.filter((u) => u.id === started.id).map((u) => u.state);
    expect(states.indexOf('suspended')).toBeLessThan(states.lastIndexOf('running'));
  });

  it('refuses to resume a job that is running, with the reason', { timeout: 60_000 }, async () => {
    const { sandbox, runs, idOf } = await setUp();
    const started = await runs.start({ target: 'remote', processId: await idOf('Log Stream Demo') });
    await drive(sandbox, async () => (await runs.get(started.id)).state === 'running');
    await expect(runs.resumeRun(started.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/not suspended/) });
  });
});

describe('a remote run’s log lines', () => {
  it('arrive in order, each once, across pages, while the run goes on', { timeout: 120_000 }, async () => {
    const { sandbox, runs, logs, idOf } = await setUp({ pageSize: 7 });
    const started = await runs.start({ target: 'remote', processId: await idOf('Log Stream Demo') });
    const mine = () => logs.filter((l) => l.runId === started.id);
    await drive(sandbox, () => mine().length >= 20);
    // Still running: the lines came while it went on, not at its end.
    expect((await runs.get(started.id)).state).toBe('running');
    await drive(sandbox, async () => isFinalRunState((await runs.get(started.id)).state) && mine().length >= 120);
    await drive(sandbox, () => true);
    const messages = mine().map((l) => l.message);
    const expected = sandbox.orchestrator.state.robotLogs.filter((l) => l.jobKey === started.jobKey).map((l) => l.message);
    expect(expected).toHaveLength(120);
    expect(messages).toEqual(expected);
    expect(mine().map((l) => l.seq)).toEqual(expected.map((_, i) => i + 1));
    const status = mine().find((l) => l.message === 'Processed 10 of 120 items');
    expect(status).toMatchObject({ isReportStatus: true, level: 'info' });
    expect(mine().find((l) => l.message === 'Item 11 done')?.isReportStatus).toBeUndefined();
    expect(mine().find((l) => l.message === 'Item 25 took longer than expected')?.level).toBe('warn');

    const page = await runs.logs(started.id);
    expect(page.lines.map((l) => l.message)).toEqual(expected);
    expect(page.hasMore).toBe(false);
    expect(page.orchestratorUrl).toMatch(/\/jobs\?fid=\d+$/);
  });

  it('keeps the newest lines of a long log and points to Orchestrator for the rest', { timeout: 120_000 }, async () => {
    const { sandbox, runs, logs, idOf } = await setUp({ linesKept: 50 });
    const started = await runs.start({ target: 'remote', processId: await idOf('Log Stream Demo') });
    await drive(sandbox, async () => isFinalRunState((await runs.get(started.id)).state));
    expect(logs.filter((l) => l.runId === started.id)).toHaveLength(120);
    const page = await runs.logs(started.id);
    expect(page.lines.map((l) => l.message)).toEqual(
      logs
        .filter((l) => l.runId === started.id)
        .slice(-50)
        .map((l) => l.message),
    );
    expect(page.hasMore).toBe(true);
    expect(page.orchestratorUrl).toBe(`${sandbox.orchestratorUrl}/jobs?fid=${started.folderId}`);
  });

  it('says in one line which scope is missing when the sign-in cannot read logs', { timeout: 60_000 }, async () => {
    const { sandbox, runs, logs, idOf } = await setUp({ scopes: ['OR.Folders', 'OR.Execution', 'OR.Jobs', 'OR.Users'] });
    const started = await runs.start({ target: 'remote', processId: await idOf('Hello World') });
    await drive(sandbox, async () => isFinalRunState((await runs.get(started.id)).state));
    await drive(sandbox, () => true);
    const mine = logs.filter((l) => l.runId === started.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ isNotice: true, level: 'warn', message: expect.stringContaining('OR.Monitoring.Read') });
  });
});

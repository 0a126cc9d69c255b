import { describe, expect, it, onTestFinished } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createJobService } from '../../src/main/jobs';
import { createClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import type { HttpFetch } from '../../src/main/platform';
import { createMemorySettings } from '../../src/main/platform/memory';
import { createRunService } from '../../src/main/runs';
import { listJobsParamsSchema, type Job, type ListJobsParams } from '../../src/shared/contract/jobs';
import { isBatonError } from '../../src/shared/errors';
import { loadTranslator } from '../../src/shared/i18n';
import { renderParts } from '../../src/shared/message-parts';
import type { SandboxOptions } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox, type Who } from '../support/sandbox';

async function sandboxWith(opts: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startTestSandbox({ seedJobs: true, ...opts });
  onTestFinished(() => sandbox.close());
  return sandbox;
}

/** Baton's jobs domain for `who`, wired as compose.ts wires it, over real HTTP to the sandbox. */
function jobsFor(sandbox: TestSandbox, who: Who, { requests = [] as string[] } = {}) {
  const token = sandbox.tokenFor(who);
  const tokens = { getAccessToken: () => token, refreshAccessToken: () => sandbox.tokenFor(who) };
  const found = { connection: { profileId: who, apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === who ? found : null),
    onDidChangeActive: () => () => {},
  };
  const counting: HttpFetch = (input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return fetch(input, init);
  };
  const settings = createMemorySettings();
  const clock = sandbox.clock;
  const clients = createClientPool({ connections, fetch: counting, clock, options: { random: () => 0.5 } });
  const catalog = createCatalogService({ connections, clients, settings, clock });
  const runs = createRunService({ connections, clients, catalog, settings, clock, random: () => 0.5 });
  runs.followKept();
  onTestFinished(() => runs.dispose());
  const jobs = createJobService({ connections, clients, catalog, runs, clock });
  const list = async (params: ListJobsParams = {}) => {
    // A refreshed catalog, as the window has one by the time the Jobs view opens.
    await catalog.refresh();
    return jobs.list(listJobsParamsSchema.parse(params));
  };
  return { jobs, runs, catalog, list, requests };
}

const named = (jobs: Job[], processName: string): Job => {
  const job = jobs.find((j) => j.processName === processName);
  if (!job) throw new Error(`no job of ${processName} in ${jobs.map((j) => j.processName).join(', ')}`);
  return job;
};

describe('every job of mine: the Jobs view against the sandbox', () => {
  it('lists a job another account started, in its folder, with who started it and where it runs', async () => {
    const sandbox = await sandboxWith();
    const { jobs } = await jobsFor(sandbox, 'alice').list();
    const intake = named(jobs, 'Invoice Intake');
    expect(intake).toMatchObject({
      state: 'running',
      folderPath: 'Finance/Invoices',
      startedBy: { kind: 'user', name: 'Baton Robot Runner' },
      machine: 'FIN-VM-02',
      isBaton: false,
    });
    // Across folders: Sales, IT Ops, HR and Shared too, not only one folder's.
    expect(new Set(jobs.map((j) => j.folderPath.split('/')[0]))).toEqual(new Set(['Finance', 'IT Ops', 'Shared', 'Sales', 'HR']));
  });

  it('labels a schedule’s job, a queue trigger’s and a robot’s as such', async () => {
    const sandbox = await sandboxWith();
    const { jobs } = await jobsFor(sandbox, 'alice').list({ period: 'day' });
    expect(named(jobs, 'Accruals Journal Entry').startedBy).toEqual({ kind: 'schedule', name: 'Nightly accruals' });
    expect(named(jobs, 'Disk Space Cleanup').startedBy).toEqual({ kind: 'trigger', name: 'Cleanup requests' });
    expect(named(jobs, 'Daily Health Check').startedBy).toEqual({ kind: 'robot' });
  });

  it('lets alice stop a job another account started, and refuses bob, naming the permission he lacks', async () => {
    const sandbox = await sandboxWith();
    const bob = jobsFor(sandbox, 'bob');
    const seen = await bob.list();
    // bob sees the Finance folders only, and the job is among them.
    expect(new Set(seen.jobs.map((j) => j.folderPath.split('/')[0]))).toEqual(new Set(['Finance']));
    const intake = named(seen.jobs, 'Invoice Intake');
    const refused = await bob.jobs.stop({ folderId: intake.folderId, jobId: intake.id, mode: 'soft' }).catch((error: unknown) => error);
    expect(isBatonError(refused) && refused.code).toBe('FORBIDDEN');
    expect((refused as Error).message).toContain('Jobs.Edit');
    expect((refused as Error).message).toContain('Finance/Invoices');
    expect(sandbox.orchestrator.state.jobs.get(intake.id)?.state).toBe('Running');

    const stopped = await jobsFor(sandbox, 'alice').jobs.stop({ folderId: intake.folderId, jobId: intake.id, mode: 'soft' });
    expect(stopped.state).toBe('stopping');
    expect(sandbox.orchestrator.state.jobs.get(intake.id)?.state).toBe('Stopping');
  });

  it('filters by state, by folder and by time', async () => {
    const sandbox = await sandboxWith();
    const alice = jobsFor(sandbox, 'alice');
    const faulted = await alice.list({ states: ['faulted'] });
    expect(faulted.jobs.map((j) => j.processName)).toEqual(['Disk Space Cleanup']);

    const close = (await alice.catalog.get()).folders.find((f) => f.path === 'Finance/Close')!;
    const inClose = await alice.list({ folderId: close.id });
    expect(inClose.jobs.map((j) => j.processName).sort()).toEqual(['Accruals Journal Entry', 'Month-End Close Checklist']);
    expect(inClose.jobs.every((j) => j.folderPath === 'Finance/Close')).toBe(true);

    // The seeded jobs were created 2 to 300 minutes ago: the last hour holds those of 2, 6, 12 and 40.
    const lastHour = await alice.list({ period: 'hour' });
    expect(lastHour.jobs.map((j) => j.processName).sort()).toEqual([
      'CRM Opportunity Sync',
      'Disk Space Cleanup',
      'Invoice Intake',
      'Month-End Close Checklist',
    ]);
  });

  it('pages newest first without repeating or losing a job', async () => {
    const sandbox = await sandboxWith();
    const alice = jobsFor(sandbox, 'alice');
    const everything = await alice.list({ limit: 200 });
    expect(everything.nextCursor).toBeNull();
    const seen: Job[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await alice.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.jobs.length).toBeLessThanOrEqual(3);
      seen.push(...page.jobs);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.map((j) => j.id)).toEqual(everything.jobs.map((j) => j.id));
    expect(new Set(seen.map((j) => j.id)).size).toBe(seen.length);
    const times = seen.map((j) => j.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('marks the jobs Baton started and links them to their run', async () => {
    const sandbox = await sandboxWith();
    const alice = jobsFor(sandbox, 'alice');
    const hello = (await alice.catalog.refresh()).processes.find((p) => p.name === 'Hello World')!;
    const run = await alice.runs.start({ target: 'remote', processId: hello.id });
    const { jobs } = await alice.list();
    const mine = jobs.find((j) => j.id === run.jobId)!;
    expect(mine).toMatchObject({ isBaton: true, runId: run.id, startedBy: { kind: 'user' } });
    expect(jobs.filter((j) => j.isBaton)).toHaveLength(1);
  });

  it('follows a job Baton did not start as a run, live, to its end', async () => {
    const sandbox = await sandboxWith();
    const alice = jobsFor(sandbox, 'alice');
    const sync = named((await alice.list()).jobs, 'CRM Opportunity Sync');
    const run = await alice.jobs.follow({ folderId: sync.folderId, jobId: sync.id });
    expect(run).toMatchObject({
      target: 'remote',
      jobId: sync.id,
      processName: 'CRM Opportunity Sync',
      folderId: sync.folderId,
      folderPath: 'Sales',
      state: 'running',
    });
    // Following twice keeps the one run.
    expect((await alice.jobs.follow({ folderId: sync.folderId, jobId: sync.id })).id).toBe(run.id);
    expect(named((await alice.list({ period: 'hour' })).jobs, 'CRM Opportunity Sync')).toMatchObject({ runId: run.id, isBaton: false });

    const ended = new Promise((resolve) => alice.runs.onUpdated((r) => r.id === run.id && r.state === 'successful' && resolve(r)));
    sandbox.orchestrator.runner.finish(sandbox.orchestrator.state.jobs.get(sync.id)!, { state: 'Successful', output: {} });
    for (let step = 0; step < 200; step += 1) {
      const done = await Promise.race([ended.then(() => true), new Promise((r) => setTimeout(() => r(false), 5))]);
      if (done) break;
      sandbox.clock.advance(1_000);
    }
    expect((await alice.runs.get(run.id)).state).toBe('successful');
  });

  it('resumes a suspended job another account started for alice, and refuses bob, naming Jobs.Edit', async () => {
    const sandbox = await sandboxWith();
    const approval = [...sandbox.orchestrator.state.releases.values()].find((r) => r.name === 'Invoice Approval')!;
    const started = await sandbox.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
      as: 'app',
      headers: { 'X-UIPATH-OrganizationUnitId': String(approval.folderId) },
      body: { startInfo: { ReleaseKey: approval.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
    });
    const jobId = started.json.value[0].Id as number;
    const job = () => sandbox.orchestrator.state.jobs.get(jobId)!;
    for (let step = 0; step < 100 && job().state !== 'Suspended'; step += 1) sandbox.clock.advance(500);
    expect(job().state).toBe('Suspended');
    const bob = jobsFor(sandbox, 'bob');
    const suspended = named((await bob.list({ states: ['suspended'] })).jobs, 'Invoice Approval');
    expect(suspended).toMatchObject({ state: 'suspended', info: 'Waiting for a task: Approve invoice' });
    const refused = await bob.jobs.resume({ folderId: suspended.folderId, jobId }).catch((error: unknown) => error);
    expect(isBatonError(refused) && refused.message).toContain('Jobs.Edit');
    expect(job().state).toBe('Suspended');

    const alice = jobsFor(sandbox, 'alice');
    const resumed = await alice.jobs.resume({ folderId: suspended.folderId, jobId });
    expect(resumed.state).toBe('running');
    const again = await alice.jobs.resume({ folderId: suspended.folderId, jobId }).catch((error: unknown) => error);
    expect(isBatonError(again) && [again.code, again.message]).toEqual(['CONFLICT', 'Invoice Approval is not suspended (it is running).']);
    // In the person's language from the same ids.
    const de = await loadTranslator('de');
    expect(isBatonError(again) && renderParts(de, again.messageText!)).toBe(
      'Invoice Approval ist nicht angehalten (Zustand: in Ausführung).',
    );
  });

  it('lists folder by folder on 19.10, which has no cross-folder listing', async () => {
    const sandbox = await sandboxWith({ version: '19.10' });
    const requests: string[] = [];
    // A fresh process (a `baton` command) whose catalog knows no folder yet.
    const { jobs } = await jobsFor(sandbox, 'alice', { requests }).jobs.list(listJobsParamsSchema.parse({}));
    expect(named(jobs, 'Invoice Intake')).toMatchObject({ folderPath: 'Finance/Invoices', state: 'running' });
    expect(named(jobs, 'Accruals Journal Entry').startedBy.kind).toBe('schedule');
    // 19.10's JobDto has no Reference or folder fields: Baton asks only for what it has.
    expect(requests.filter((r) => r.includes('/odata/Jobs?')).every((r) => !/Reference|OrganizationUnit/.test(decodeURIComponent(r)))).toBe(
      true,
    );
  });

  it.each(['20.4', '20.10', '21.10', '22.4', '23.10', 'automation-suite'] as const)(
    'lists, filters and labels on %s with only the fields it has',
    async (version) => {
      const sandbox = await sandboxWith({ version });
      const alice = jobsFor(sandbox, 'alice');
      const { jobs } = await alice.list();
      expect(named(jobs, 'Invoice Intake')).toMatchObject({ folderPath: 'Finance/Invoices', state: 'running' });
      expect(named(jobs, 'Accruals Journal Entry').startedBy).toEqual({ kind: 'schedule', name: 'Nightly accruals' });
      const faulted = await alice.list({ states: ['faulted'] });
      expect(faulted.jobs.map((j) => j.processName)).toEqual(['Disk Space Cleanup']);
    },
  );

  it('asks Automation Cloud once per page, and answers a repeated question within seconds without asking again', async () => {
    const sandbox = await sandboxWith({ version: 'cloud' });
    const requests: string[] = [];
    const alice = jobsFor(sandbox, 'alice', { requests });
    await alice.list();
    await alice.list();
    expect(requests.filter((r) => /\/odata\/Jobs\?/.test(r))).toHaveLength(1);
  });
});

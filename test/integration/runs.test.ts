import { describe, expect, it, onTestFinished } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import type { HttpFetch, SettingsStore } from '../../src/main/platform';
import { createMemorySettings } from '../../src/main/platform/memory';
import { createRunService, type RunService } from '../../src/main/runs';
import type { Run } from '../../src/shared/contract/runs';
import { isFinalRunState } from '../../src/shared/contract/runs';
import { isBatonError } from '../../src/shared/errors';
import type { SandboxOptions } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox, type Who } from '../support/sandbox';
import { clockDriverOf } from '../support/clock-driver';

async function sandboxWith(opts: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startTestSandbox(opts);
  onTestFinished(() => sandbox.close());
  return sandbox;
}

/** The run service on the sandbox's manual clock, so the test moves jobs and polling together. */
function runsFor(sandbox: TestSandbox, who: Who, opts: { settings?: SettingsStore; fetch?: HttpFetch } = {}) {
  const token = sandbox.tokenFor(who);
  const tokens = { getAccessToken: () => token, refreshAccessToken: () => sandbox.tokenFor(who) };
  // Time stands still while a request is on the wire, so a poll sees every state the job passes through.
  const counting = clockDriverOf(sandbox).track(opts.fetch);
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const settings = opts.settings ?? createMemorySettings();
  const clock = sandbox.clock;
  const clients = createClientPool({ connections, fetch: counting, clock, options: { random: () => 0.5 } });
  const catalog = createCatalogService({ connections, clients, settings, clock });
  const runs = createRunService({ connections, clients, catalog, settings, clock, random: () => 0.5 });
  const updates: Run[] = [];
  runs.onUpdated((run) => updates.push(run));
  runs.followKept();
  const stopPolling = (): void => runs.dispose();
  onTestFinished(stopPolling);
  return { runs, catalog, settings, updates, stopPolling };
}

const drive = (sandbox: TestSandbox, done: () => boolean | Promise<boolean>, options?: { stepMs?: number; maxSteps?: number }) =>
  clockDriverOf(sandbox).drive(done, options);
const settle = <T>(sandbox: TestSandbox, promise: Promise<T>): Promise<T> => clockDriverOf(sandbox).settle(promise);

async function processId(services: ReturnType<typeof runsFor>, name: string, folder?: string): Promise<string> {
  const { processes } = await services.catalog.refresh();
  const found = processes.find((p) => p.name === name && (!folder || p.folderPath === folder));
  if (!found) throw new Error(`no process ${name}`);
  return found.id;
}

async function finalState(sandbox: TestSandbox, runs: RunService, runId: string): Promise<Run> {
  let run = await runs.get(runId);
  await drive(sandbox, async () => isFinalRunState((run = await runs.get(runId)).state)).catch((error: unknown) => {
    throw new Error(
      `${String(error)}; the run stayed ${JSON.stringify(run)}; job ${JSON.stringify(sandbox.orchestrator.state.jobs.get(run.jobId as number))}`,
    );
  });
  return run;
}

const jobCount = (sandbox: TestSandbox) => sandbox.orchestrator.state.jobs.size;

describe('remote runs against the sandbox Orchestrator', () => {
  it('starts a process with its input and follows it to Successful with its output', async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    const id = await processId(services, 'Hello World');
    const started = await services.runs.start({ target: 'remote', processId: id, inputArguments: { in_Name: 'Ada' } });
    expect(started).toMatchObject({
      target: 'remote',
      state: 'pending',
      processName: 'Hello World',
      folderPath: 'Shared',
      reference: expect.stringMatching(/^baton-/),
    });
    const run = await finalState(sandbox, services.runs, started.id);
    expect(run).toMatchObject({
      state: 'successful',
      outputArguments: { out_Greeting: 'Hello, Ada!' },
      startedAt: expect.any(String),
      endedAt: expect.any(String),
    });
    expect(services.updates.map((u) => u.state)).toEqual(expect.arrayContaining(['pending', 'running', 'successful']));
    const job = sandbox.orchestrator.state.jobs.get(run.jobId as number)!;
    expect(JSON.parse(job.inputArguments!)).toEqual({ in_Name: 'Ada' });
    expect(job.reference).toBe(started.reference);
  });

  it('follows a job to Faulted and keeps the error message', async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    const started = await services.runs.start({ target: 'remote', processId: await processId(services, 'Always Faults Demo') });
    const run = await finalState(sandbox, services.runs, started.id);
    expect(run.state).toBe('faulted');
    expect(run.error?.message).toContain('Simulated failure');
    expect(run.info).toContain('Simulated failure');
  });

  it.each([
    ['soft', 'Job stopped by user request.'],
    ['kill', 'Job was killed by user request.'],
  ] as const)('stops a running job (%s) and follows it to Stopped', async (mode, info) => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    const started = await services.runs.start({ target: 'remote', processId: await processId(services, 'Long Wait Demo') });
    await drive(sandbox, async () => (await services.runs.get(started.id)).state === 'running');
    const stopping = await settle(sandbox, services.runs.stop(started.id, mode));
    expect(stopping.state).toBe('stopping');
    const run = await finalState(sandbox, services.runs, started.id);
    expect(run).toMatchObject({ state: 'stopped', info });
  });

  it('refuses input that does not fit the schema, naming the field, and starts nothing', async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    const id = await processId(services, 'Invoice Intake');
    const error = await services.runs
      .start({ target: 'remote', processId: id, inputArguments: { in_Mailbox: 'ap', in_MaxInvoices: 'many' } })
      .catch((e: unknown) => e);
    expect(isBatonError(error) && error.toJSON()).toMatchObject({
      code: 'VALIDATION',
      message: 'in_MaxInvoices must be a whole number, e.g. 42.',
    });
    const missing = await services.runs.start({ target: 'remote', processId: id, inputArguments: {} }).catch((e: unknown) => e);
    expect(isBatonError(missing) && missing.toJSON()).toMatchObject({ code: 'VALIDATION', message: 'in_Mailbox is required.' });
    expect(jobCount(sandbox)).toBe(0);
  });

  it('converts text input to the argument types before sending it', async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    const run = await services.runs.start({
      target: 'remote',
      processId: await processId(services, 'Invoice Intake'),
      inputArguments: { in_Mailbox: 'ap@corp', in_MaxInvoices: '7' },
    });
    expect(run.inputArguments).toEqual({ in_Mailbox: 'ap@corp', in_MaxInvoices: 7 });
    const done = await finalState(sandbox, services.runs, run.id);
    expect(done.outputArguments).toMatchObject({ out_Queued: 7 });
  });

  it("refuses bob's start with FORBIDDEN naming Jobs.Create and the folder", async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'bob');
    const id = await processId(services, 'Currency Rates Update', 'Finance');
    const error = await services.runs.start({ target: 'remote', processId: id }).catch((e: unknown) => e);
    expect(isBatonError(error) && error.toJSON()).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your account lacks Jobs.Create in folder Finance.',
      hint: expect.stringContaining('Jobs.Create'),
    });
    expect(jobCount(sandbox)).toBe(0);
  });

  it('looks the job up by Reference after the connection drops once the server created it, and never starts a second', async () => {
    const sandbox = await sandboxWith();
    let isFirstStart = true;
    // The server handles the request in full; the answer is lost on the way back, like a reset after the fact.
    const dropsFirstAnswer: HttpFetch = async (input, init) => {
      const response = await fetch(input, init);
      if (isFirstStart && String(input).includes('StartJobs')) {
        isFirstStart = false;
        await response.text();
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      }
      return response;
    };
    const services = runsFor(sandbox, 'alice', { fetch: dropsFirstAnswer });
    const started = await settle(sandbox, services.runs.start({ target: 'remote', processId: await processId(services, 'Hello World') }));
    expect(jobCount(sandbox)).toBe(1);
    const [job] = sandbox.orchestrator.state.jobs.values();
    expect(started.jobId).toBe(job!.id);
    expect((await finalState(sandbox, services.runs, started.id)).state).toBe('successful');
  });

  it('after a reset before the server acted, looks for the job for the whole request timeout and does not send the start again', async () => {
    const sandbox = await sandboxWith();
    await sandbox.admin('/faults', { body: { method: 'POST', path: 'StartJobs', reset: true, times: 1 } });
    const services = runsFor(sandbox, 'alice');
    const id = await processId(services, 'Hello World');
    await sandbox.admin('/requests', { method: 'DELETE' });
    const startedAt = sandbox.clock.now();
    const error = await settle(sandbox, services.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    // A reset may come after the server created the job: one click must never become two jobs.
    expect(error).toMatchObject({ code: 'NETWORK_UNREACHABLE', hint: expect.stringMatching(/did not send the start again/) });
    expect(jobCount(sandbox)).toBe(0);
    const paths = ((await sandbox.admin('/requests')).json.value as { method: string; path: string }[]).map((r) =>
      decodeURIComponent(r.path),
    );
    expect(paths.filter((p) => p.includes('StartJobs'))).toHaveLength(1);
    expect(paths.filter((p) => p.includes("Reference eq 'baton-")).length).toBeGreaterThanOrEqual(2);
    // The lookups went on until a start still in flight (30 s request timeout) would have given up.
    expect(sandbox.clock.now() - startedAt).toBeGreaterThanOrEqual(30_000);
  });

  it('finds a job whose start landed late, within the request timeout, and starts no second one', async () => {
    const sandbox = await sandboxWith();
    let isFirstStart = true;
    // The request reaches the server only 10 s (sandbox time) after Baton gave up on it, as a slow proxy would deliver it.
    const lateDelivery: HttpFetch = async (input, init) => {
      if (isFirstStart && String(input).includes('StartJobs')) {
        isFirstStart = false;
        const body = init?.body;
        const headers = init?.headers;
        sandbox.clock.setTimeout(() => void fetch(input, { method: 'POST', body, headers }), 10_000);
        throw new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } });
      }
      return fetch(input, init);
    };
    const services = runsFor(sandbox, 'alice', { fetch: lateDelivery });
    const started = await settle(sandbox, services.runs.start({ target: 'remote', processId: await processId(services, 'Hello World') }));
    expect(jobCount(sandbox)).toBe(1);
    expect(started.jobId).toBe([...sandbox.orchestrator.state.jobs.keys()][0]);
  });

  it('sends the start again when the connection was refused (nothing reached the server), making exactly one job', async () => {
    const sandbox = await sandboxWith();
    let isFirstStart = true;
    const refusesOnce: HttpFetch = async (input, init) => {
      if (isFirstStart && String(input).includes('StartJobs')) {
        isFirstStart = false;
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      }
      return fetch(input, init);
    };
    const services = runsFor(sandbox, 'alice', { fetch: refusesOnce });
    const started = await settle(sandbox, services.runs.start({ target: 'remote', processId: await processId(services, 'Hello World') }));
    expect(jobCount(sandbox)).toBe(1);
    expect((await finalState(sandbox, services.runs, started.id)).state).toBe('successful');
  });

  it('honours Retry-After when Orchestrator answers 429 while following a run', async () => {
    const sandbox = await sandboxWith();
    const polls: number[] = [];
    const recording: HttpFetch = (input, init) => {
      if (/\/odata\/Jobs\(\d+\)/.test(String(input))) polls.push(sandbox.clock.now());
      return fetch(input, init);
    };
    const services = runsFor(sandbox, 'alice', { fetch: recording });
    const started = await services.runs.start({ target: 'remote', processId: await processId(services, 'Hello World') });
    await sandbox.admin('/faults', { body: { path: '^/odata/Jobs\\(', status: 429, retryAfter: 5, times: 1 } });
    await finalState(sandbox, services.runs, started.id);
    expect(polls[1]! - polls[0]!).toBeGreaterThanOrEqual(5000);
  });

  it('asks for more than ten active runs with Id in (…) listings, and for a few with Jobs(id) only', async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    const id = await processId(services, 'Daily Health Check');
    const few = await Promise.all([1, 2, 3].map(() => services.runs.start({ target: 'remote', processId: id })));
    await sandbox.admin('/requests', { method: 'DELETE' });
    await Promise.all(few.map((r) => finalState(sandbox, services.runs, r.id)));
    const paths = async () => ((await sandbox.admin('/requests')).json.value as { path: string }[]).map((r) => decodeURIComponent(r.path));
    expect((await paths()).some((p) => p.includes('$filter=Id in ('))).toBe(false);
    const many = await Promise.all([...Array(12).keys()].map(() => services.runs.start({ target: 'remote', processId: id })));
    await sandbox.admin('/requests', { method: 'DELETE' });
    await Promise.all(many.map((r) => finalState(sandbox, services.runs, r.id)));
    expect((await paths()).some((p) => p.includes('$filter=Id in ('))).toBe(true);
  });

  it('resumes following a run that was active when the app stopped', async () => {
    const sandbox = await sandboxWith();
    const first = runsFor(sandbox, 'alice');
    const started = await first.runs.start({ target: 'remote', processId: await processId(first, 'Hello World') });
    first.stopPolling();
    const second = runsFor(sandbox, 'alice', { settings: first.settings });
    expect((await second.runs.list({ isActive: true })).map((r) => r.id)).toEqual([started.id]);
    expect((await finalState(sandbox, second.runs, started.id)).state).toBe('successful');
  });

  it('starts with JobsCount on 19.10, which knows no ModernJobsCount', async () => {
    const sandbox = await sandboxWith({ version: '19.10' });
    const services = runsFor(sandbox, 'alice');
    const started = await services.runs.start({ target: 'remote', processId: await processId(services, 'Hello World') });
    expect((await finalState(sandbox, services.runs, started.id)).state).toBe('successful');
    expect(jobCount(sandbox)).toBe(1);
  });

  it('on 20.4, which has no Reference, never sends the start again after an ambiguous failure and says so', async () => {
    const sandbox = await sandboxWith({ version: '20.4' });
    await sandbox.admin('/faults', { body: { method: 'POST', path: 'StartJobs', reset: true, times: 1 } });
    const services = runsFor(sandbox, 'alice');
    const id = await processId(services, 'Hello World');
    const error = await settle(sandbox, services.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_UNREACHABLE', hint: expect.stringMatching(/cannot find a job by Baton’s reference/) });
    const paths = ((await sandbox.admin('/requests')).json.value as { path: string }[]).map((r) => decodeURIComponent(r.path));
    expect(paths.filter((p) => p.includes('StartJobs'))).toHaveLength(1);
    expect(paths.some((p) => p.includes('Reference eq'))).toBe(false);
  });

  it('keeps following a run while a proxy answers 404 with an HTML page, and sees it end once Orchestrator answers again', async () => {
    const sandbox = await sandboxWith();
    let isProxyDown = false;
    const proxy: HttpFetch = async (input, init) => {
      if (isProxyDown && /\/odata\/Jobs/.test(String(input))) {
        return new Response('<html><body>404 Not Found</body></html>', { status: 404, headers: { 'content-type': 'text/html' } });
      }
      return fetch(input, init);
    };
    const services = runsFor(sandbox, 'alice', { fetch: proxy });
    const started = await services.runs.start({ target: 'remote', processId: await processId(services, 'Daily Health Check') });
    isProxyDown = true;
    await drive(sandbox, () => false, { maxSteps: 100 }).catch(() => {});
    expect((await services.runs.get(started.id)).state).not.toBe('faulted');
    isProxyDown = false;
    expect((await finalState(sandbox, services.runs, started.id)).state).toBe('successful');
  });

  it('answers ROBOT_UNAVAILABLE for a local run when no robot is plugged in', async () => {
    const sandbox = await sandboxWith();
    const services = runsFor(sandbox, 'alice');
    await expect(services.runs.start({ target: 'local', processKey: 'Hello.World' })).rejects.toMatchObject({ code: 'ROBOT_UNAVAILABLE' });
  });
});

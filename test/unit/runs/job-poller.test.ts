import { describe, expect, it } from 'vitest';
import { createJobPoller, RECONCILE_MS, type JobPoller } from '../../../src/main/runs/job-poller';
import {
  OrchestratorCallError,
  type ClientPool,
  type JobDto,
  type OrchestratorClient,
  type OrchestratorRequest,
} from '../../../src/main/orchestrator';
import { BatonError } from '../../../src/shared/errors';
import { createManualClock } from '../../../src/sandbox';

interface Call {
  kind: 'list' | 'get';
  at: number;
  folderId: number | undefined;
  ids: number[];
  select: string;
}

/** An Orchestrator in memory: jobs by id, every call recorded, and refusals a test switches on. */
function fakeOrchestrator(clock: { now(): number }, options: { hasCrossFolderListing?: boolean } = {}) {
  const jobs = new Map<number, JobDto & { folderId: number }>();
  const calls: Call[] = [];
  const refusals: { lists?: { status: number; retryAfterMs?: number }; gets?: { status: number; retryAfterMs?: number } } = {};
  const refuse = (status: number, retryAfterMs?: number) =>
    new OrchestratorCallError(new BatonError('RATE_LIMITED', `HTTP ${status}`, { details: { retryAfterMs } }), {
      status,
      isAmbiguous: false,
    });
  const client = {
    connection: { apiBaseUrl: 'https://cloud.test/org/tenant/orchestrator_' },
    knownDialect: () => ({ hasCrossFolderListing: options.hasCrossFolderListing ?? true }),
    async request(request: OrchestratorRequest) {
      const select = String(request.query?.$select ?? '');
      const shape = (job: JobDto & { folderId: number }): JobDto => {
        const { folderId: _folder, ...dto } = job;
        return select.includes('OutputArguments') ? dto : { ...dto, OutputArguments: undefined };
      };
      const single = /^\/odata\/Jobs\((\d+)\)$/.exec(request.path);
      if (single) {
        calls.push({ kind: 'get', at: clock.now(), folderId: request.folderId, ids: [Number(single[1])], select });
        if (refusals.gets) throw refuse(refusals.gets.status, refusals.gets.retryAfterMs);
        const job = jobs.get(Number(single[1]));
        if (!job) throw refuse(404);
        return shape(job);
      }
      const ids = [...String(request.query?.$filter).matchAll(/\d+/g)].map((m) => Number(m[0]));
      calls.push({ kind: 'list', at: clock.now(), folderId: request.folderId, ids, select });
      if (refusals.lists) throw refuse(refusals.lists.status, refusals.lists.retryAfterMs);
      const found = ids.map((id) => jobs.get(id)).filter((j) => j && (request.folderId === undefined || j.folderId === request.folderId));
      return { value: found.map((j) => shape(j!)) };
    },
  } as unknown as OrchestratorClient;
  const pool: ClientPool = { forProfile: () => client } as unknown as ClientPool;
  return { jobs, calls, refusals, pool };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

function setup(options: { runs: number; folders: number; hasCrossFolderListing?: boolean }) {
  const clock = createManualClock(1_000_000);
  const orch = fakeOrchestrator(clock, options);
  const seen = new Map<string, JobDto[]>();
  const poller: JobPoller = createJobPoller({
    clients: orch.pool,
    clock,
    onJob: (runId, job) => seen.set(runId, [...(seen.get(runId) ?? []), job]),
    onError: () => 'retry',
  });
  for (let i = 0; i < options.runs; i += 1) {
    const jobId = 100 + i;
    const folderId = 1 + (i % options.folders);
    orch.jobs.set(jobId, { Id: jobId, Key: `k-${jobId}`, State: 'Running', OutputArguments: null, folderId });
    poller.follow({ runId: `run-${i}`, profileId: 'p1', folderId, jobId });
  }
  const lastState = (runId: string) => seen.get(runId)?.at(-1)?.State;
  /** Moves time in 100 ms steps, letting the fake's answers land between them. */
  const run = async (ms: number) => {
    for (let t = 0; t < ms; t += 100) {
      clock.advance(100);
      await flush();
    }
  };
  const perMinute = (kind: Call['kind'], from: number, to: number) =>
    (orch.calls.filter((c) => c.kind === kind && c.at >= from && c.at < to).length * 60_000) / (to - from);
  return { clock, orch, seen, poller, lastState, run, perMinute };
}

describe('job poller', () => {
  it('reads a few runs one by one at the quick pace, without any job listing', async () => {
    const t = setup({ runs: 3, folders: 3 });
    await t.run(10_000);
    expect(t.orch.calls.filter((c) => c.kind === 'list')).toEqual([]);
    // About one read a second per run: a change is seen within the 1.5 s budget.
    expect(t.orch.calls.filter((c) => c.kind === 'get').length).toBeGreaterThanOrEqual(27);
    t.poller.dispose();
  });

  it('follows 50 runs in 50 folders with at most 10 listings and 150 requests a minute, and sees every end', async () => {
    const t = setup({ runs: 50, folders: 50 });
    await t.run(60_000);
    const start = t.clock.now();
    for (const job of t.orch.jobs.values()) job.State = 'Successful';
    await t.run(60_000);
    expect(t.perMinute('list', start - 60_000, start)).toBeLessThanOrEqual(10);
    expect(t.perMinute('list', start - 60_000, start) + t.perMinute('get', start - 60_000, start)).toBeLessThanOrEqual(150);
    expect([...Array(50).keys()].filter((i) => t.lastState(`run-${i}`) !== 'Successful')).toEqual([]);
    t.poller.dispose();
  });

  it('lists across folders where the version can, and per folder where it cannot', async () => {
    const cross = setup({ runs: 20, folders: 5 });
    await cross.run(20_000);
    expect(cross.orch.calls.filter((c) => c.kind === 'list').every((c) => c.folderId === undefined)).toBe(true);
    cross.poller.dispose();
    const perFolder = setup({ runs: 20, folders: 5, hasCrossFolderListing: false });
    await perFolder.run(20_000);
    const lists = perFolder.orch.calls.filter((c) => c.kind === 'list');
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((c) => c.folderId !== undefined)).toBe(true);
    perFolder.poller.dispose();
  });

  it('reads a job once more for its outputs when a listing shows it finished', async () => {
    const t = setup({ runs: 20, folders: 1 });
    await t.run(5_000);
    const job = t.orch.jobs.get(105)!;
    job.State = 'Successful';
    job.OutputArguments = '{"out_Total":42}';
    await t.run(30_000);
    expect(t.orch.calls.filter((c) => c.kind === 'list').every((c) => !c.select.includes('OutputArguments'))).toBe(true);
    expect(
      t.seen
        .get('run-5')!
        .filter((j) => j.State === 'Successful')
        .at(-1)!.OutputArguments,
    ).toBe('{"out_Total":42}');
    t.poller.dispose();
  });

  it('stops every request to the tenant for the Retry-After of a 429, and loses no run in a storm', async () => {
    const t = setup({ runs: 30, folders: 30 });
    await t.run(10_000);
    t.orch.refusals.lists = { status: 429, retryAfterMs: 20_000 };
    t.orch.refusals.gets = { status: 429, retryAfterMs: 20_000 };
    await t.run(2_000);
    const refusedAt = t.orch.calls.at(-1)!.at;
    await t.run(15_000);
    // Nothing was asked while the server said to wait.
    expect(t.orch.calls.filter((c) => c.at > refusedAt + 100 && c.at < refusedAt + 20_000)).toEqual([]);
    delete t.orch.refusals.lists;
    delete t.orch.refusals.gets;
    for (const job of t.orch.jobs.values()) job.State = 'Faulted';
    await t.run(90_000);
    expect([...Array(30).keys()].filter((i) => t.lastState(`run-${i}`) !== 'Faulted')).toEqual([]);
    expect(t.perMinute('list', t.clock.now() - 60_000, t.clock.now())).toBeLessThanOrEqual(10);
    t.poller.dispose();
  });

  it('falls back to single reads when a listing is refused with a 400', async () => {
    const t = setup({ runs: 20, folders: 2 });
    t.orch.refusals.lists = { status: 400 };
    await t.run(20_000);
    const lists = t.orch.calls.filter((c) => c.kind === 'list').length;
    for (const job of t.orch.jobs.values()) job.State = 'Stopped';
    await t.run(30_000);
    expect(t.orch.calls.filter((c) => c.kind === 'list').length).toBe(lists);
    expect([...Array(20).keys()].filter((i) => t.lastState(`run-${i}`) !== 'Stopped')).toEqual([]);
    t.poller.dispose();
  });

  it('applies a pushed update to the run following that job, and ignores one behind what the run has seen', async () => {
    const t = setup({ runs: 2, folders: 1 });
    t.poller.push('p1', { Id: 100, State: 'Stopping' });
    t.poller.push('p1', { Id: 100, State: 'Pending' });
    t.poller.push('other-profile', { Id: 101, State: 'Faulted', OutputArguments: null });
    expect(t.seen.get('run-0')!.map((j) => j.State)).toEqual(['Stopping']);
    expect(t.seen.get('run-1')).toBeUndefined();
    t.poller.dispose();
  });

  it('slows to one reconciliation pass every 30 s while webhooks deliver, and asks at once when they stop', async () => {
    const t = setup({ runs: 5, folders: 5 });
    t.poller.setPushActive('p1', true);
    await t.run(5_000);
    const from = t.clock.now();
    await t.run(2 * RECONCILE_MS);
    const reads = t.orch.calls.filter((c) => c.at >= from);
    // Five runs, each read at most twice in a minute (single reads: one run per folder).
    expect(reads.length).toBeLessThanOrEqual(10);
    t.orch.jobs.get(102)!.State = 'Faulted';
    t.poller.setPushActive('p1', false);
    await t.run(500);
    expect(t.lastState('run-2')).toBe('Faulted');
    t.poller.dispose();
  });
});

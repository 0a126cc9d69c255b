import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemorySettings, createRecordingLogger } from '../../src/main/platform/memory';
import type { HttpFetch } from '../../src/main/platform';
import { createWebhookService, readDelivery, type WebhookService } from '../../src/main/webhooks';
import { isFinalRunState } from '../../src/shared/contract/runs';
import { longRunningProcesses, remoteCoreFor } from '../lib/core';
import type { Metric, MetricResult } from '../lib/result';
import { connectionsWithToken, startSandboxProcess, type RemoteSandbox } from '../lib/sandbox';
import { quantile, ratioOf } from '../lib/stats';

const LATENCY_MS = 20;
/** Issue #22: polling alone, p95 ≤ 1.5 s up to 10 runs and ≤ 3 s for 50; with 50, ≤ 150 requests and ≤ 10 listings a minute. */
const pollBudgetMs = (n: number): number => (n > 10 ? 3_000 : 1_500);
const LISTINGS_BUDGET = 10;
const REQUESTS_BUDGET = 150;
const WEBHOOK_BUDGET_MS = 250;

/** Counts what the poller asks: job listings (`GET /odata/Jobs?$filter=…`, the call Cloud limits) and single `Jobs(id)` reads. */
function jobCountingFetch(): HttpFetch & { lists: number; gets: number; all: number; reset(): void } {
  const counting = Object.assign(
    async (input: string | URL, init?: RequestInit): Promise<Response> => {
      const path = new URL(String(input)).pathname;
      counting.all += 1;
      if (/\/odata\/Jobs$/i.test(path) && (init?.method ?? 'GET') === 'GET') counting.lists += 1;
      else if (/\/odata\/Jobs\(\d+\)$/i.test(path)) counting.gets += 1;
      return fetch(input, init);
    },
    {
      lists: 0,
      gets: 0,
      all: 0,
      reset() {
        counting.lists = 0;
        counting.gets = 0;
        counting.all = 0;
      },
    },
  );
  return counting;
}

/** A small seeded generator (mulberry32): the same "random" change times in every run of the suite. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Round {
  delays: number[];
  lists: number;
  gets: number;
  ms: number;
}

/**
 * One round with `n` active remote runs: each job is finished through the sandbox's admin API at a
 * random moment within `windowMs`; the delay runs from the sandbox's own time of the change (the
 * job's EndTime, same machine clock) to `run.updated` with the final state in Baton's run service.
 */
async function round(sandbox: RemoteSandbox, n: number, windowMs: number, random: () => number, withWebhooks = false): Promise<Round> {
  const fetch = jobCountingFetch();
  const core = remoteCoreFor(connectionsWithToken(sandbox.orchestratorUrl, sandbox.token), createMemorySettings(), fetch);
  core.runs.followKept();
  const stopPolling = (): void => core.runs.dispose();
  const receiver = withWebhooks ? await startReceiver(core) : undefined;
  try {
    const { processes } = await core.catalog.refresh();
    const started = await Promise.all(
      longRunningProcesses(processes, n).map((p) => core.runs.start({ target: 'remote', processId: p.id })),
    );
    const changedAt = new Map<string, number>();
    const updatedAt = new Map<string, number>();
    let settle: () => void = () => {};
    const allSeen = new Promise<void>((resolve) => (settle = resolve));
    const check = () => {
      if (updatedAt.size === n && changedAt.size === n) settle();
    };
    const off = core.runs.onUpdated((run) => {
      if (isFinalRunState(run.state) && !updatedAt.has(run.id)) {
        updatedAt.set(run.id, Date.now());
        check();
      }
    });
    fetch.reset();
    const t0 = Date.now();
    const timers = started.map((run) =>
      setTimeout(
        async () => {
          const response = await globalThis.fetch(`${sandbox.adminUrl}/jobs/${run.jobId}/finish`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${sandbox.adminToken}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ state: 'Successful' }),
          });
          const job = (await response.json()) as { endTime: number };
          changedAt.set(run.id, job.endTime);
          check();
        },
        100 + random() * windowMs,
      ),
    );
    const guard = setTimeout(() => settle(), windowMs + 30_000);
    await allSeen;
    clearTimeout(guard);
    timers.forEach(clearTimeout);
    off();
    const ms = Date.now() - t0;
    if (updatedAt.size < n) throw new Error(`only ${updatedAt.size} of ${n} finished runs reached run.updated within 30 s`);
    return { delays: started.map((run) => updatedAt.get(run.id)! - changedAt.get(run.id)!), lists: fetch.lists, gets: fetch.gets, ms };
  } finally {
    stopPolling();
    await receiver?.close();
  }
}

/**
 * Baton's webhook half in this process: a loopback receiver (the sandbox only delivers to
 * loopback) and a registration for the bench profile, proven by the ping before the round.
 */
async function startReceiver(core: ReturnType<typeof remoteCoreFor>): Promise<{ close(): Promise<void> }> {
  const logger = createRecordingLogger();
  const holder: { service?: WebhookService } = {};
  const server = createServer((request, response) => void readDelivery(holder.service!, request, response, logger));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const service = createWebhookService({
    clients: core.clients,
    clock: {
      now: () => Date.now(),
      setTimeout: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        return () => clearTimeout(timer);
      },
    },
    logger,
    publicUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    onJob: (profileId, job) => core.runs.pushJob(profileId, job),
    onPushActive: (profileId, isActive) => core.runs.setPushActive(profileId, isActive),
  });
  holder.service = service;
  const status = await service.register('bench');
  if (status.state !== 'active') throw new Error(`webhooks did not start: ${status.reason ?? status.state}`);
  return {
    async close() {
      await service.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const remoteStatus: Metric = {
  id: '4-remote-status',
  title: `remote job state change → run.updated, with 1, 10 and 50 active runs (${LATENCY_MS} ms per request)`,
  async run({ isQuick, log }) {
    // Enough rounds for a p95 of ≥ 10 samples at 1 run; the change moments spread over a few poll
    // periods. 50 runs spread over a minute, so the per-minute request counts are a minute's.
    const plan = isQuick
      ? [
          { n: 1, rounds: 10, windowMs: 1_500 },
          { n: 10, rounds: 2, windowMs: 1_500 },
          { n: 50, rounds: 1, windowMs: 60_000 },
        ]
      : [
          { n: 1, rounds: 30, windowMs: 4_000 },
          { n: 10, rounds: 5, windowMs: 4_000 },
          { n: 50, rounds: 2, windowMs: 60_000 },
        ];
    const random = seeded(10);
    const sandbox = await startSandboxProcess({ folders: 60, processesPerFolder: 50, latencyMs: LATENCY_MS });
    const rows: MetricResult[] = [];
    const measure = async (n: number, rounds: number, windowMs: number, withWebhooks: boolean) => {
      const delays: number[] = [];
      let lists = 0;
      let gets = 0;
      let ms = 0;
      for (let i = 0; i < rounds; i += 1) {
        const r = await round(sandbox, n, windowMs, random, withWebhooks);
        delays.push(...r.delays);
        lists += r.lists;
        gets += r.gets;
        ms += r.ms;
      }
      const listsPerMinute = (lists / ms) * 60_000;
      const getsPerMinute = (gets / ms) * 60_000;
      return { delays, p50: quantile(delays, 0.5), p95: quantile(delays, 0.95), listsPerMinute, getsPerMinute };
    };
    try {
      for (const { n, rounds, windowMs } of plan) {
        const { p50, p95, listsPerMinute, getsPerMinute, delays } = await measure(n, rounds, windowMs, false);
        const requestsPerMinute = listsPerMinute + getsPerMinute;
        log(
          `${n} run(s), polling: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${delays.length} changes; ${listsPerMinute.toFixed(0)} job listings/min, ${getsPerMinute.toFixed(0)} Jobs(id)/min`,
        );
        const budgetMs = pollBudgetMs(n);
        // The request budget is the for 50 runs; fewer runs are read one by one at the quick pace.
        const isRateBound = n > 10;
        rows.push(
          {
            name: `runs.remote.status@${n}.p50`,
            value: p50,
            unit: 'ms',
            baseline: null,
            ratio: null,
            budget: null,
            pass: null,
            note: `${delays.length} state changes at random moments (seeded) over ${rounds} round(s) of ${n} active run(s), jobs in ${Math.min(n, 60)} folder(s)`,
          },
          {
            name: `runs.remote.status@${n}.p95`,
            value: p95,
            unit: 'ms',
            baseline: budgetMs,
            ratio: ratioOf(p95, budgetMs),
            budget: `p95 ≤ ${budgetMs / 1000} s (polling, no webhooks)`,
            pass: p95 <= budgetMs,
            note: `sandbox EndTime → run.updated in the core; baseline: the ${budgetMs / 1000} s budget`,
          },
          {
            name: `runs.remote.requests@${n}`,
            value: requestsPerMinute,
            unit: 'req/min',
            baseline: isRateBound ? REQUESTS_BUDGET : null,
            ratio: isRateBound ? ratioOf(requestsPerMinute, REQUESTS_BUDGET) : null,
            budget: isRateBound ? `≤ ${REQUESTS_BUDGET}/min in all` : null,
            pass: isRateBound ? requestsPerMinute <= REQUESTS_BUDGET : null,
            note: `${listsPerMinute.toFixed(0)} job listings/min + ${getsPerMinute.toFixed(0)} Jobs(id)/min while the runs were active`,
          },
          {
            name: `runs.remote.listings@${n}`,
            value: listsPerMinute,
            unit: 'req/min',
            baseline: LISTINGS_BUDGET,
            ratio: ratioOf(listsPerMinute, LISTINGS_BUDGET),
            budget: `≤ ${LISTINGS_BUDGET} job listings/min (Cloud allows 100 per tenant, shared)`,
            pass: listsPerMinute <= LISTINGS_BUDGET,
            note: 'GET /odata/Jobs?$filter=… counted on the wire while the runs were active',
          },
        );
        if (n > 10) continue;
        // The same runs with Orchestrator's webhooks delivering to a loopback receiver; baseline: the polling p95 above.
        const pushed = await measure(n, rounds, windowMs, true);
        const polledMeanwhile = pushed.listsPerMinute + pushed.getsPerMinute;
        log(
          `${n} run(s), webhooks: p50 ${pushed.p50.toFixed(0)} ms, p95 ${pushed.p95.toFixed(0)} ms; ${polledMeanwhile.toFixed(0)} poll requests/min`,
        );
        rows.push({
          name: `runs.remote.webhook.status@${n}.p95`,
          value: pushed.p95,
          unit: 'ms',
          baseline: p95,
          ratio: ratioOf(pushed.p95, p95),
          budget: `p95 ≤ ${WEBHOOK_BUDGET_MS} ms`,
          pass: pushed.p95 <= WEBHOOK_BUDGET_MS,
          note: `sandbox EndTime → run.updated with signed deliveries to a loopback receiver; baseline: the polling p95 of this run; ${polledMeanwhile.toFixed(0)} poll requests/min meanwhile (reconciliation)`,
        });
      }
    } finally {
      await sandbox.close();
    }
    return rows;
  },
};

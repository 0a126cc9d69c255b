import { createMemorySettings } from '../../src/main/platform/memory';
import type { HttpFetch } from '../../src/main/platform';
import { isFinalRunState } from '../../src/shared/contract/runs';
import { longRunningProcesses, remoteCoreFor } from '../lib/core';
import type { Metric, MetricResult } from '../lib/result';
import { connectionsWithToken, startSandboxProcess, type RemoteSandbox } from '../lib/sandbox';
import { quantile, ratioOf } from '../lib/stats';

const LATENCY_MS = 20;
const BUDGET = 'p95 ≤ 1.5 s, ≤ 100 job lists/min (Cloud)';
const CLOUD_LIST_LIMIT = 100;

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
async function round(sandbox: RemoteSandbox, n: number, windowMs: number, random: () => number): Promise<Round> {
  const fetch = jobCountingFetch();
  const core = remoteCoreFor(connectionsWithToken(sandbox.orchestratorUrl, sandbox.token), createMemorySettings(), fetch);
  core.runs.followKept();
  const stopPolling = (): void => core.runs.dispose();
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
  }
}

export const remoteStatus: Metric = {
  id: '4-remote-status',
  title: `remote job state change → run.updated, with 1, 10 and 50 active runs (${LATENCY_MS} ms per request)`,
  async run({ isQuick, log }) {
    // Enough rounds for a p95 of ≥ 10 samples at 1 run; the change moments spread over a few poll periods.
    const plan = isQuick
      ? [
          { n: 1, rounds: 10 },
          { n: 10, rounds: 2 },
          { n: 50, rounds: 1 },
        ]
      : [
          { n: 1, rounds: 30 },
          { n: 10, rounds: 5 },
          { n: 50, rounds: 3 },
        ];
    const windowMs = isQuick ? 1_500 : 4_000;
    const random = seeded(10);
    const sandbox = await startSandboxProcess({ folders: 60, processesPerFolder: 50, latencyMs: LATENCY_MS });
    const rows: MetricResult[] = [];
    try {
      for (const { n, rounds } of plan) {
        const delays: number[] = [];
        let lists = 0;
        let gets = 0;
        let ms = 0;
        for (let i = 0; i < rounds; i += 1) {
          const r = await round(sandbox, n, windowMs, random);
          delays.push(...r.delays);
          lists += r.lists;
          gets += r.gets;
          ms += r.ms;
        }
        const p50 = quantile(delays, 0.5);
        const p95 = quantile(delays, 0.95);
        const listsPerMinute = (lists / ms) * 60_000;
        const getsPerMinute = (gets / ms) * 60_000;
        log(
          `${n} run(s): p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${delays.length} changes; ${listsPerMinute.toFixed(0)} job lists/min, ${getsPerMinute.toFixed(0)} Jobs(id)/min`,
        );
        const within = p95 <= 1_500 && listsPerMinute <= CLOUD_LIST_LIMIT;
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
            baseline: 1_500,
            ratio: ratioOf(p95, 1_500),
            budget: BUDGET,
            pass: within,
            note: `sandbox EndTime → run.updated in the core; baseline: the 1.5 s budget; ${listsPerMinute.toFixed(0)} job lists/min (Cloud allows ${CLOUD_LIST_LIMIT})`,
          },
          {
            name: `runs.remote.requests@${n}`,
            value: listsPerMinute + getsPerMinute,
            unit: 'req/min',
            baseline: null,
            ratio: null,
            budget: null,
            pass: null,
            note: `${listsPerMinute.toFixed(0)} job lists/min + ${getsPerMinute.toFixed(0)} Jobs(id)/min while the runs were active`,
          },
        );
      }
    } finally {
      await sandbox.close();
    }
    return rows;
  },
};

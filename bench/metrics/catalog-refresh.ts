import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileSettings } from '../../src/main/platform/node';
import type { Metric, MetricResult } from '../lib/result';
import { silentLogger } from '../lib/robot';
import {
  catalogFor,
  connectionsWithToken,
  createCountingFetch,
  startSandboxProcess,
  type RemoteSandbox,
  type SentRequest,
} from '../lib/sandbox';
import { elapsedMs, median, now, ratioOf } from '../lib/stats';

const FOLDERS = 200;
const PER_FOLDER = 50;
const LATENCY_MS = 20;
const PAGE = 1000;

interface Run {
  ms: number;
  requests: number;
  bytes: number;
  processes: number;
}

interface BatonRun extends Run {
  /** Exactly what Baton asked for, to replay in the ideal client. */
  sent: SentRequest[];
}

/** Baseline (a): folders, then each folder's releases one by one, `$top=1000`, as a plain script would. */
async function sequentialClient(sandbox: RemoteSandbox): Promise<Run> {
  const { token } = sandbox;
  let requests = 0;
  let bytes = 0;
  const get = async (path: string, folderId?: number) => {
    requests += 1;
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
    if (folderId !== undefined) headers['X-UIPATH-OrganizationUnitId'] = String(folderId);
    const text = await (await fetch(`${sandbox.orchestratorUrl}${path}`, { headers })).text();
    bytes += Buffer.byteLength(text);
    return JSON.parse(text) as { value: { Id: number }[] };
  };
  const start = now();
  let processes = 0;
  for (let skip = 0; ; skip += PAGE) {
    const folders = await get(`/odata/Folders?$top=${PAGE}&$skip=${skip}`);
    for (const folder of folders.value) {
      for (let releaseSkip = 0; ; releaseSkip += PAGE) {
        const releases = await get(`/odata/Releases?$top=${PAGE}&$skip=${releaseSkip}`, folder.Id);
        processes += releases.value.length;
        if (releases.value.length < PAGE) break;
      }
    }
    if (folders.value.length < PAGE) break;
  }
  return { ms: elapsedMs(start), requests, bytes, processes };
}

/**
 * Baton's catalog service, fresh (nothing cached, listing mode unknown), one refresh, with the file
 * settings store in an empty folder as the Node hosts use it (the cache is saved to disk after it).
 */
async function batonRefresh(sandbox: RemoteSandbox): Promise<BatonRun> {
  const dir = await mkdtemp(join(tmpdir(), 'baton-bench-refresh-'));
  try {
    const fetch = createCountingFetch();
    const settings = createFileSettings({ dir, logger: silentLogger });
    const { catalog } = catalogFor(connectionsWithToken(sandbox.orchestratorUrl, sandbox.token), settings, fetch);
    const start = now();
    const result = await catalog.refresh();
    const ms = elapsedMs(start);
    if (result.error) throw new Error(`the catalog refresh failed: ${result.error.message}`);
    await new Promise((resolve) => setImmediate(resolve)); // lets the cache file be written before the next run
    return { ms, requests: fetch.requests, bytes: fetch.bytes, processes: result.processes.length, sent: fetch.sent };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The lower bound made concrete: Baton's own requests replayed in exactly two waves (every first
 * page, which tells the counts, then every other page at once), bodies read but not parsed. What it
 * takes beyond 2 × latency is the sandbox building and sending the answers. It keeps the bodies so
 * the time any client needs to parse them can be measured too.
 */
async function idealClient(sent: SentRequest[]): Promise<Run & { bodies: string[] }> {
  const firstPages = sent.filter((request) => new URL(request.url).searchParams.has('$count'));
  const otherPages = sent.filter((request) => !firstPages.includes(request));
  let bytes = 0;
  const get = async ({ url, init }: SentRequest) => {
    const text = await (await fetch(url, init)).text();
    bytes += Buffer.byteLength(text);
    return text;
  };
  const start = now();
  const bodies = await Promise.all(firstPages.map(get));
  bodies.push(...(await Promise.all(otherPages.map(get))));
  return { ms: elapsedMs(start), requests: sent.length, bytes, processes: 0, bodies };
}

/** The client-side floor on top of the lower bound: JSON.parse of the answers, nothing else. */
function parseMs(bodies: string[]): number {
  const start = now();
  for (const body of bodies) JSON.parse(body);
  return elapsedMs(start);
}

const medianRun = (runs: Run[]): Run => ({
  ms: median(runs.map((r) => r.ms)),
  requests: median(runs.map((r) => r.requests)),
  bytes: median(runs.map((r) => r.bytes)),
  processes: runs[0]!.processes,
});

export const catalogRefresh: Metric = {
  id: '1-catalog-refresh',
  title: `catalog refresh, ${FOLDERS} folders × ${PER_FOLDER} processes, ${LATENCY_MS} ms per request`,
  async run({ isQuick, log }) {
    const repeats = isQuick ? 2 : 7;
    const [current, legacy] = await Promise.all([
      startSandboxProcess({ folders: FOLDERS, processesPerFolder: PER_FOLDER, latencyMs: LATENCY_MS }),
      startSandboxProcess({ folders: FOLDERS, processesPerFolder: PER_FOLDER, latencyMs: LATENCY_MS, version: '20.4' }),
    ]);
    const ideal: Run[] = [];
    const parse: number[] = [];
    const baton: BatonRun[] = [];
    const fallback: Run[] = [];
    let sequential: Run;
    try {
      const { sent } = await batonRefresh(current); // warm-up: JIT and connection pool, not counted
      for (let i = 0; i < repeats; i += 1) {
        const replay = await idealClient(sent);
        ideal.push(replay);
        parse.push(parseMs(replay.bodies));
        baton.push(await batonRefresh(current));
        if (!isQuick || i === 0) fallback.push(await batonRefresh(legacy));
      }
      sequential = await sequentialClient(current);
    } finally {
      await current.close();
      await legacy.close();
    }
    const b = medianRun(baton);
    const f = medianRun(fallback);
    const s = sequential;
    const ideal2 = medianRun(ideal);
    const parseFloor = median(parse);
    // Lower bound: the first page of every listing Baton needs (folders, releases, runnable ids) in one
    // round trip, which also tells the counts; then all the remaining pages at once in a second one.
    const lowerBoundTrips = 2;
    const lowerBound = lowerBoundTrips * LATENCY_MS;
    log(
      `ideal ${ideal2.ms.toFixed(0)} ms (+ ${parseFloor.toFixed(0)} ms to parse); baton ${b.ms.toFixed(0)} ms / ${b.requests} req / ${(b.bytes / 2 ** 20).toFixed(2)} MB (${b.processes} processes); per-folder ${f.ms.toFixed(0)} ms / ${f.requests} req; sequential ${s.ms.toFixed(0)} ms / ${s.requests} req (${s.processes})`,
    );
    const rows: MetricResult[] = [
      {
        name: 'catalog.refresh.vs-lower-bound',
        value: b.ms,
        unit: 'ms',
        baseline: lowerBound,
        ratio: ratioOf(b.ms, lowerBound),
        budget: '≤ 1.3× lower bound',
        pass: b.ms <= 1.3 * lowerBound,
        note: `Baton's catalog service, fresh, median of ${repeats}; lower bound = ${lowerBoundTrips} round trips × ${LATENCY_MS} ms (first pages with counts, then every other page at once)`,
      },
      {
        name: 'catalog.refresh.vs-ideal-client',
        value: b.ms,
        unit: 'ms',
        baseline: ideal2.ms,
        ratio: ratioOf(b.ms, ideal2.ms),
        budget: null,
        pass: null,
        note: `baseline: Baton's own ${ideal2.requests} requests replayed in 2 waves, bodies read but not parsed, median of ${repeats}; its gap to 2 × ${LATENCY_MS} ms is the sandbox building ${(ideal2.bytes / 2 ** 20).toFixed(1)} MB of answers`,
      },
      {
        name: 'catalog.refresh.parse-floor',
        value: parseFloor,
        unit: 'ms',
        baseline: lowerBound,
        ratio: ratioOf(parseFloor, lowerBound),
        budget: null,
        pass: null,
        note: `JSON.parse of those ${(ideal2.bytes / 2 ** 20).toFixed(1)} MB alone, median of ${repeats}: what any client reading the answers adds to the lower bound`,
      },
      {
        name: 'catalog.refresh.vs-sequential',
        value: b.ms,
        unit: 'ms',
        baseline: s.ms,
        ratio: ratioOf(b.ms, s.ms),
        budget: '≥ 10× faster (ratio ≤ 0.1)',
        pass: b.ms * 10 <= s.ms,
        note: `baseline (a): folders, then each folder's releases one by one with $top=${PAGE}: ${s.requests} requests, ${(s.bytes / 2 ** 20).toFixed(2)} MB`,
      },
      {
        name: 'catalog.refresh.per-folder-fallback',
        value: f.ms,
        unit: 'ms',
        baseline: s.ms,
        ratio: ratioOf(f.ms, s.ms),
        budget: null,
        pass: null,
        note: `baseline (b): Baton against a 20.4 server (no cross-folder listing: one listing per folder after the refusal), median of ${fallback.length}; compared with the sequential client`,
      },
      {
        name: 'catalog.refresh.requests',
        value: b.requests,
        unit: 'requests',
        baseline: s.requests,
        ratio: ratioOf(b.requests, s.requests),
        budget: null,
        pass: null,
        note: `per-folder fallback: ${f.requests} requests`,
      },
      {
        name: 'catalog.refresh.bytes',
        value: b.bytes / 1024,
        unit: 'KB',
        baseline: s.bytes / 1024,
        ratio: ratioOf(b.bytes, s.bytes),
        budget: null,
        pass: null,
        note: `response bodies; per-folder fallback: ${(f.bytes / 1024).toFixed(0)} KB`,
      },
    ];
    return rows;
  },
};

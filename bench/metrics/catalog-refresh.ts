import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataFolderFiles } from '../../src/main/platform/files';
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
  /** Version by release key, to check what a warm refresh shows. */
  versions: Map<string, string>;
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
 * Given `warmDir`, the service starts on that folder instead (a cached listing: a warm refresh) and
 * leaves it there for the next one.
 */
async function batonRefresh(sandbox: RemoteSandbox, warmDir?: string): Promise<BatonRun> {
  const dir = warmDir ?? (await mkdtemp(join(tmpdir(), 'baton-bench-refresh-')));
  try {
    const fetch = createCountingFetch();
    const settings = createFileSettings({ dir, logger: silentLogger });
    const { catalog } = catalogFor(
      connectionsWithToken(sandbox.orchestratorUrl, sandbox.token),
      settings,
      fetch,
      createDataFolderFiles(dir),
    );
    // A warm refresh starts with the cached list on screen: reading it is the cached start's (metric 2), not the refresh's.
    if (warmDir !== undefined) catalog.peek();
    const start = now();
    const result = await catalog.refresh();
    const ms = elapsedMs(start);
    if (result.error) throw new Error(`the catalog refresh failed: ${result.error.message}`);
    await new Promise((resolve) => setImmediate(resolve)); // lets the cache file be written before the next run
    const versions = new Map(result.processes.map((p) => [p.releaseKey, p.version]));
    return { ms, requests: fetch.requests, bytes: fetch.bytes, processes: result.processes.length, sent: fetch.sent, versions };
  } finally {
    if (warmDir === undefined) await rm(dir, { recursive: true, force: true });
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
    // An odd count, so each median is one run's number (with two it was their mean, pulled by either).
    const repeats = isQuick ? 3 : 7;
    const [current, legacy] = await Promise.all([
      startSandboxProcess({ folders: FOLDERS, processesPerFolder: PER_FOLDER, latencyMs: LATENCY_MS }),
      startSandboxProcess({ folders: FOLDERS, processesPerFolder: PER_FOLDER, latencyMs: LATENCY_MS, version: '20.4' }),
    ]);
    const ideal: Run[] = [];
    const parse: number[] = [];
    const baton: BatonRun[] = [];
    const fallback: Run[] = [];
    const warm: Run[] = [];
    const onePercent: Run[] = [];
    const misses: string[] = [];
    let changedCount = 0;
    const warmDir = await mkdtemp(join(tmpdir(), 'baton-bench-warm-'));
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
      // Warm: the same folder each time, filled by one cold refresh first (not counted).
      await batonRefresh(current, warmDir);
      for (let i = 0; i < repeats; i += 1) warm.push(await batonRefresh(current, warmDir));
      for (let i = 0; i < repeats; i += 1) {
        const changed = await current.changeReleases(0.01);
        const run = await batonRefresh(current, warmDir);
        // Every changed release that is listed must show its new version.
        const wrong = changed.keys.filter((key) => run.versions.has(key) && run.versions.get(key) !== changed.version);
        if (wrong.length > 0) misses.push(`${wrong.length} of ${changed.keys.length} changed releases kept their old version`);
        changedCount = changed.keys.length;
        onePercent.push(run);
      }
      sequential = await sequentialClient(current);
    } finally {
      await rm(warmDir, { recursive: true, force: true });
      await current.close();
      await legacy.close();
    }
    const b = medianRun(baton);
    const f = medianRun(fallback);
    const s = sequential;
    const ideal2 = medianRun(ideal);
    const parseFloor = median(parse);
    const floor = ideal2.ms + parseFloor;
    const w = medianRun(warm);
    const w1 = medianRun(onePercent);
    // Lower bound: the first page of every listing Baton needs (folders, releases, runnable ids) in one
    // round trip, which also tells the counts; then all the remaining pages at once in a second one.
    const lowerBoundTrips = 2;
    const lowerBound = lowerBoundTrips * LATENCY_MS;
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
    log(
      `ideal ${ideal2.ms.toFixed(0)} ms (+ ${parseFloor.toFixed(0)} ms to parse); baton ${b.ms.toFixed(0)} ms / ${b.requests} req / ${mb(b.bytes)} MB (${b.processes} processes); warm ${w.ms.toFixed(0)} ms / ${w.requests} req / ${mb(w.bytes)} MB; 1% changed ${w1.ms.toFixed(0)} ms / ${w1.requests} req / ${mb(w1.bytes)} MB; per-folder ${f.ms.toFixed(0)} ms / ${f.requests} req; sequential ${s.ms.toFixed(0)} ms / ${s.requests} req (${s.processes})`,
    );
    const rows: MetricResult[] = [
      {
        name: 'catalog.refresh.cold.vs-floor',
        value: b.ms,
        unit: 'ms',
        baseline: floor,
        ratio: ratioOf(b.ms, floor),
        budget: '≤ 1.2× (ideal client + parse floor)',
        pass: b.ms <= 1.2 * floor,
        note: `Baton's catalog service, fresh (no cache), median of ${repeats}; baseline: the ideal client reading Baton's own requests (${ideal2.ms.toFixed(0)} ms) + JSON.parse of their bodies (${parseFloor.toFixed(0)} ms), same run`,
      },
      {
        name: 'catalog.refresh.warm.bytes',
        value: w.bytes / 1024,
        unit: 'KB',
        baseline: b.bytes / 1024,
        ratio: ratioOf(w.bytes, b.bytes),
        budget: '≤ 25% of the cold refresh',
        pass: w.bytes <= 0.25 * b.bytes,
        note: `a refresh with the cached listing of the cold one, nothing changed on the server: ${w.requests} requests, median of ${repeats}; baseline: the cold refresh's bytes`,
      },
      {
        name: 'catalog.refresh.warm.time',
        value: w.ms,
        unit: 'ms',
        baseline: b.ms,
        ratio: ratioOf(w.ms, b.ms),
        budget: '≤ 50% of the cold refresh',
        pass: w.ms <= 0.5 * b.ms,
        note: `the same warm refreshes, median of ${repeats}; baseline: the cold refresh, same run`,
      },
      {
        name: 'catalog.refresh.warm-1pct.bytes',
        value: w1.bytes / 1024,
        unit: 'KB',
        baseline: b.bytes / 1024,
        ratio: ratioOf(w1.bytes, b.bytes),
        budget: '≤ 30% of the cold refresh, changed ones correct',
        pass: w1.bytes <= 0.3 * b.bytes && misses.length === 0,
        note: `each time ${changedCount} releases (1%) given a new package version and argument list, then a warm refresh: ${w1.requests} requests, ${w1.ms.toFixed(0)} ms, median of ${repeats}; ${misses.length === 0 ? 'every changed release showed its new version' : misses.join('; ')}`,
      },
      {
        name: 'catalog.refresh.vs-lower-bound',
        value: b.ms,
        unit: 'ms',
        baseline: lowerBound,
        ratio: ratioOf(b.ms, lowerBound),
        budget: null,
        pass: null,
        note: `information only (no client can reach it: the bytes must be built, sent and parsed); lower bound = ${lowerBoundTrips} round trips × ${LATENCY_MS} ms (first pages with counts, then every other page at once)`,
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
        budget: '≥ 20× faster (ratio ≤ 0.05)',
        pass: b.ms * 20 <= s.ms,
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

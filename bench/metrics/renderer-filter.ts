import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { launchChromium } from '../../test/support/chromium';
import type { Metric, MetricResult } from '../lib/result';
import { buildRendererToTemp, initialJsSize } from '../lib/renderer-build';
import { median, quantile, ratioOf } from '../lib/stats';

const QUERY = 'invoice approval emea';

/** The renderer's filter module as a classic script that sets `window.catalogFilter` (it has type-only imports). */
async function filterScript(projectRoot: string): Promise<string> {
  const source = await readFile(join(projectRoot, 'src/renderer/features/processes/catalog-filter.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  // tsx compiles this file with esbuild's keepNames, which wraps the page functions below in `__name(...)`.
  return `window.__name = window.__name || ((fn) => fn);\n(function (exports) {\n${outputText}\n})(window.catalogFilter = {});`;
}

interface PageTimings {
  baton: number[];
  naive: number[];
  indexMs: number;
  matches: number;
}

export const rendererFilter: Metric = {
  id: '3-renderer-filter',
  title: 'renderer: filter 10,000 processes per keystroke in Chromium; initial JS size',
  async run({ isQuick, projectRoot, log }) {
    const results: MetricResult[] = [];
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: await filterScript(projectRoot) });
      const timings = await page.evaluate(
        ({ query, repeats }): PageTimings => {
          type Filter = {
            indexCatalog(processes: unknown[]): unknown[];
            filterProcesses(index: unknown[], filter: { query: string; folderPath: string }): unknown[];
          };
          // Runs in the page (the page's window is the global object there).
          const filter = (globalThis as unknown as { catalogFilter: Filter }).catalogFilter;
          const verbs = ['Invoice', 'Vendor', 'Payroll', 'Report', 'Backup', 'Ticket', 'Order', 'Customer', 'Ledger', 'Expense'];
          const nouns = ['Approval', 'Intake', 'Sync', 'Validation', 'Export', 'Cleanup', 'Reconciliation', 'Upload', 'Digest', 'Audit'];
          const regions = ['EMEA', 'Americas', 'APAC', 'Shared', 'Finance', 'HR', 'IT Ops', 'Sales'];
          const processes = Array.from({ length: 10_000 }, (_, i) => {
            const folder = Math.floor(i / 50);
            const name = `${verbs[i % 10]} ${nouns[Math.floor(i / 10) % 10]} ${Math.floor(i / 100)}`;
            const folderPath = `${regions[folder % 8]}/Team ${folder}`;
            return {
              id: `${folder}:${i}`,
              name,
              description: `${name} for ${folderPath}: reads the queue, checks each item and posts the result.`,
              version: '1.0.0',
              releaseId: i,
              releaseKey: `k${i}`,
              processKey: name,
              folderId: folder,
              folderPath,
              isRunnable: true,
              prefersLocal: false,
              inputArguments: [],
              isFavorite: i % 97 === 0,
            };
          });
          let start = performance.now();
          const index = filter.indexCatalog(processes);
          const indexMs = performance.now() - start;
          // The baseline: what a list filter does without an index, lowercasing every field on every keystroke.
          const naive = (q: string) => {
            const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
            return processes.filter((p) =>
              terms.every(
                (t) =>
                  p.name.toLowerCase().includes(t) || p.folderPath.toLowerCase().includes(t) || p.description.toLowerCase().includes(t),
              ),
            );
          };
          const baton: number[] = [];
          const naiveTimes: number[] = [];
          let matches = 0;
          for (let r = 0; r < repeats + 1; r += 1) {
            for (let n = 1; n <= query.length; n += 1) {
              const typed = query.slice(0, n);
              start = performance.now();
              matches = filter.filterProcesses(index, { query: typed, folderPath: '' }).length;
              const b = performance.now() - start;
              start = performance.now();
              naive(typed);
              const v = performance.now() - start;
              if (r > 0) {
                baton.push(b);
                naiveTimes.push(v);
              }
            }
          }
          return { baton, naive: naiveTimes, indexMs, matches };
        },
        { query: QUERY, repeats: isQuick ? 5 : 20 },
      );
      const p50 = median(timings.baton);
      const p95 = quantile(timings.baton, 0.95);
      log(
        `filter p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (naive p50 ${median(timings.naive).toFixed(3)}); index ${timings.indexMs.toFixed(1)} ms; ${timings.matches} matches for "${QUERY}"`,
      );
      results.push(
        {
          name: 'renderer.filter.keystroke.p50',
          value: p50,
          unit: 'ms',
          baseline: median(timings.naive),
          ratio: ratioOf(p50, median(timings.naive)),
          budget: null,
          pass: null,
          note: `filterProcesses over 10,000 indexed processes for each prefix of "${QUERY}" in Chromium (performance.now); baseline: lowercasing every field per keystroke; indexing once costs ${timings.indexMs.toFixed(1)} ms`,
        },
        {
          name: 'renderer.filter.keystroke.p95',
          value: p95,
          unit: 'ms',
          baseline: quantile(timings.naive, 0.95),
          ratio: ratioOf(p95, quantile(timings.naive, 0.95)),
          budget: '≤ 8 ms',
          pass: p95 <= 8,
        },
      );
      await page.close();
    } finally {
      await browser.close();
    }

    const rendererDir = await buildRendererToTemp(projectRoot);
    try {
      const size = await initialJsSize(rendererDir);
      const kb = size.gzip / 1024;
      log(`initial JS: ${size.files.join(', ')} — ${(size.raw / 1024).toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzip`);
      results.push({
        name: 'renderer.initial-js.gzip',
        value: kb,
        unit: 'KB',
        baseline: null,
        ratio: null,
        budget: '≤ 250 KB gzip',
        pass: kb <= 250,
        note: `scripts index.html loads at start, from a fresh production build of the current sources (${(size.raw / 1024).toFixed(0)} KB before gzip)`,
      });
    } finally {
      await rm(rendererDir, { recursive: true, force: true });
    }
    return results;
  },
};

import type { Page } from 'playwright-core';
import { startSignedInWebApp } from '../../test/support/signed-in-web-app';
import type { Metric } from '../lib/result';
import { median, ratioOf } from '../lib/stats';

const FOLDERS = 200;
const PER_FOLDER = 50;

/**
 * Opens the processes page and answers how long after the page's script started (the
 * `baton:script-start` mark in main.tsx) the first frame showing process rows was painted: a
 * MutationObserver notes the first row, the next animation frame's callback runs before that
 * frame is painted, and the one after it once it has been. Also how many processes the list holds.
 */
async function firstPaint(page: Page, url: string): Promise<{ ms: number; listed: number }> {
  // Page code as text: it runs in the browser, and this file is compiled for Node (no DOM types).
  await page.addInitScript({
    content: `window.__rowsPaintedAt = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.process-row')) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    });`,
  });
  await page.goto(url);
  return (await page.evaluate(`(async () => {
    const paintedAt = await window.__rowsPaintedAt;
    const started = performance.getEntriesByName('baton:script-start')[0]?.startTime;
    if (started === undefined) throw new Error('the page has no baton:script-start mark (an old out/renderer?)');
    // The virtual list's canvas is as tall as every row together.
    const canvas = document.querySelector('.processes-list .virtual-list-canvas');
    const row = document.querySelector('.processes-list .virtual-list-row');
    const listed = canvas && row ? Math.round(canvas.offsetHeight / row.offsetHeight) : document.querySelectorAll('.process-row').length;
    return { ms: paintedAt - started, listed };
  })()`)) as { ms: number; listed: number };
}

export const rendererFirstPaint: Metric = {
  id: '9-renderer-first-paint',
  title: `renderer: ${FOLDERS * PER_FOLDER} processes from the core's catalog on screen after the page's script starts, in Chromium`,
  async run({ isQuick, log }) {
    const app = await startSignedInWebApp({
      sandbox: { folders: FOLDERS, processesPerFolder: PER_FOLDER },
      // The catalog is in the core before the page opens, as after a start from the cache.
      prepare: async (core) => {
        const catalog = await core.handlers['catalog.refresh']({});
        if (catalog.error || catalog.processes.length < 9_000) throw new Error(`the catalog holds ${catalog.processes.length} processes`);
      },
    });
    const full: number[] = [];
    const empty: number[] = [];
    let listed = 0;
    try {
      for (let i = 0; i < (isQuick ? 3 : 9); i += 1) {
        const page = await app.context.newPage();
        try {
          const shown = await firstPaint(page, app.url('#/processes'));
          full.push(shown.ms);
          listed = shown.listed;
        } finally {
          await page.close();
        }
      }
    } finally {
      await app.close();
    }
    // Baseline: the same code path with one folder's processes (50 rows instead of 10,000).
    const small = await startSignedInWebApp({
      sandbox: { folders: 1, processesPerFolder: PER_FOLDER },
      prepare: async (core) => void (await core.handlers['catalog.refresh']({})),
    });
    try {
      for (let i = 0; i < (isQuick ? 3 : 9); i += 1) {
        const page = await small.context.newPage();
        try {
          empty.push((await firstPaint(page, small.url('#/processes'))).ms);
        } finally {
          await page.close();
        }
      }
    } finally {
      await small.close();
    }
    log(
      `rows painted ${full.map((x) => x.toFixed(0)).join(', ')} ms (${listed} listed); one folder ${empty.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    return [
      {
        name: `renderer.first-paint@${FOLDERS * PER_FOLDER}`,
        value: median(full),
        unit: 'ms',
        baseline: median(empty),
        ratio: ratioOf(median(full), median(empty)),
        budget: '≤ 150 ms',
        pass: median(full) <= 150,
        note: `median of ${full.length}: the baton:script-start mark to the frame painted with process rows, ${listed} processes in the list (the core's catalog over the web host's WebSocket, as after a cached start); baseline: the same page with one folder's ${PER_FOLDER} processes, same run`,
      },
    ];
  },
};

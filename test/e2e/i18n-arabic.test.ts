import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findAccessibilityViolations, formatViolations, WCAG_AA_TAGS } from '../support/axe';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// Arabic lays out right to left: the document says so, the navigation stands on the right of
// the content, and every main screen passes axe-core's WCAG 2 A/AA rules. Screenshots of each
// main screen in German and Arabic go beside the themes' set: test-results/screens/<locale>/.

const AREAS = ['processes', 'runs', 'jobs', 'robot', 'diagnostics', 'settings'] as const;
let app: WebAppWithSandbox;
let page: Page;

beforeAll(async () => {
  app = await startSignedInWebApp();
  const { processes } = await app.core.handlers['catalog.refresh']({});
  const hello = processes.find((process) => process.name === 'Hello World' && process.folderPath === 'Shared')!;
  const run = await app.core.handlers['runs.start']({ target: 'remote', processId: hello.id, inputArguments: { in_Name: 'Ada' } });
  await vi.waitFor(async () => expect((await app.core.handlers['runs.get']({ runId: run.id })).state).toBe('successful'), {
    timeout: 30_000,
    interval: 250,
  });
  page = await app.openPage('#/processes');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function show(locale: string, area: string): Promise<void> {
  await page.goto(app.url(`&locale=${locale}#/${area}`));
  await page.getByTestId('about-version').waitFor();
  if (area === 'processes') await page.locator('.processes-list [role="listitem"]').first().waitFor({ timeout: 15_000 });
  if (area === 'runs') await page.locator('.run-item').first().waitFor();
  if (area === 'jobs') await page.locator('.jobs-table, .jobs-empty').first().waitFor({ timeout: 15_000 });
}

async function box(selector: string): Promise<{ x: number; right: number }> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on the page.`);
  return { x: found.x, right: found.x + found.width };
}

describe.each(AREAS)('the %s screen in Arabic', (area) => {
  it('is right to left, with the navigation on the right of the content, and passes axe', async () => {
    await show('ar', area);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const nav = await box('nav.app-nav');
    const main = await box('main');
    expect(nav.x).toBeGreaterThanOrEqual(main.right - 1);
    // The skip link and the heading start at the right edge of their boxes, as Arabic reads.
    expect(await page.locator('main > h1').evaluate((heading) => getComputedStyle(heading).direction)).toBe('rtl');
    await app.screenshot(`screens/ar/${area}.png`, { page, fullPage: true });
    expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');
  });
});

describe.each(['de', 'fr'] as const)('%s, 30 to 40%% longer than English', (locale) => {
  it.each(AREAS)('shows %s left to right, nothing cut off in the navigation and toolbar', async (area) => {
    await show(locale, area);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, 'ltr']);
    const nav = await box('nav.app-nav');
    const main = await box('main');
    expect(nav.right).toBeLessThanOrEqual(main.x + 1);
    // Text wider than its box (clipped or running out of it) in the controls people read first.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('nav a, button, label, legend, th, h1, h2, .processes-toolbar *')]
        .filter((element) => element.checkVisibility() && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
        .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 60)}`),
    );
    expect(overflowing).toEqual([]);
    if (locale === 'de') await app.screenshot(`screens/de/${area}.png`, { page, fullPage: true });
  });
});

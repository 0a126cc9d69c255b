import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../src/main/platform/memory';
import type { Run } from '../../src/shared/contract/runs';
import { localRun } from '../support/runs';
import { startWebApp, type WebApp } from '../support/web-app';

let app: WebApp;

const run = (id: string, processName: string, minute: number): Run =>
  localRun({
    id,
    processKey: `local:${id}`,
    processName,
    state: 'successful',
    createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
  });

beforeAll(async () => {
  const settings = createMemorySettings();
  const runs = Array.from({ length: 30 }, (_, i) => run(`run-${i}`, `Process ${i}`, 59 - i));
  settings.set('runs.history', { local: runs });
  app = await startWebApp({ platform: { settings } });
});

afterAll(async () => {
  await app?.close();
});

describe('a link to one run (notifications, baton://open?run=ID)', () => {
  it('brings that run forward in the Runs area: marked current, scrolled to and focused', async () => {
    const page = await app.openPage('#/runs?run=run-27');
    const item = page.locator('li[aria-current="true"]');
    await item.waitFor();
    expect(await item.getByRole('heading').textContent()).toBe('Process 27');
    expect(await item.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true');
    expect(await item.boundingBox()).not.toBeNull();
    const inView = await item.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('says so when the run is no longer in the history', async () => {
    const page = await app.openPage('#/runs?run=gone');
    await page.getByRole('status').filter({ hasText: 'no longer in the history' }).waitFor();
    expect(await page.locator('li[aria-current="true"]').count()).toBe(0);
  });
});

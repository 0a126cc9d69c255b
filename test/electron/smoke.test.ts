import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronSkipReason, launchBaton, type LaunchedBaton } from '../support/electron-runtime';

const skipReason = electronSkipReason();
if (skipReason) console.warn(`[test/electron] Skipping the Electron smoke test: ${skipReason}.`);

describe.skipIf(skipReason !== undefined)('the desktop app on the real Electron runtime', () => {
  let baton: LaunchedBaton;

  beforeAll(async () => {
    baton = await launchBaton();
  });

  afterAll(async () => {
    await baton?.close();
  });

  it('opens the window and answers window.baton.app.info()', async () => {
    const page = await baton.app.firstWindow();
    await page.waitForFunction(() => window.baton !== undefined);
    const info = await page.evaluate(() => window.baton!.app.info());
    expect(info).toMatchObject({ name: 'Baton', host: 'electron' });
  });

  it('shows a tray icon', async () => {
    const hasTray = await baton.app.evaluate(
      () => (globalThis as { batonDesktop?: { hasTray(): boolean } }).batonDesktop?.hasTray() ?? false,
    );
    expect(hasTray).toBe(true);
  });
});

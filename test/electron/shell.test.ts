import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronSkipReason, launchBaton, type LaunchedBaton } from '../support/electron-runtime';

const reason = electronSkipReason();
if (reason) console.warn(`[test/electron] Skipping the desktop shell tests: ${reason}.`);

describe.skipIf(reason !== undefined)('the desktop shell on the real Electron runtime', () => {
  let baton: LaunchedBaton;

  beforeAll(async () => {
    baton = await launchBaton();
  });

  afterAll(async () => {
    await baton?.close();
  });

  it('hides the window on close and keeps the tray', async () => {
    const page = await baton.app.firstWindow();
    await page.waitForFunction(() => window.baton !== undefined);
    const mainWindow = await baton.app.browserWindow(page);
    await mainWindow.evaluate((w) => w.close());
    expect(await mainWindow.evaluate((w) => w.isVisible())).toBe(false);
    expect(await baton.app.evaluate(() => (globalThis as { batonDesktop?: { hasTray(): boolean } }).batonDesktop?.hasTray())).toBe(true);
  });

  it('keeps one instance: a second launch ends at once and brings the first window back', async () => {
    const page = await baton.app.firstWindow();
    const mainWindow = await baton.app.browserWindow(page);
    await mainWindow.evaluate((w) => w.hide());
    const second = spawn(baton.command.binary, baton.command.args, { env: baton.command.env, stdio: 'ignore' });
    const [code] = (await once(second, 'exit')) as [number | null];
    expect(code).toBe(0);
    await expect.poll(() => mainWindow.evaluate((w) => w.isVisible())).toBe(true);
  });

  it('refuses a run link with an unknown parameter, and runs nothing', async () => {
    const shown = await baton.app.evaluate(async ({ dialog }) => {
      const boxes: string[] = [];
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = (args.length > 1 ? args[1] : args[0]) as { message: string; detail?: string };
        boxes.push(`${options.message}\n${options.detail ?? ''}`);
        return { response: 1, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      const desktop = (globalThis as { batonDesktop?: { openDeepLink(url: string): Promise<void> } }).batonDesktop;
      await desktop?.openDeepLink('baton://run?process=Invoices&folder=Finance&extra=1');
      return boxes;
    });
    expect(shown.join('\n')).toContain('Unknown parameter "extra"');
  });

  it('has the preferences in the window', async () => {
    const page = await baton.app.firstWindow();
    const view = await page.evaluate(() => window.baton!.preferences.get());
    expect(view.capabilities).toEqual({ startAtLogin: true, globalShortcut: true });
  });
});

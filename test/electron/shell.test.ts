import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/** Same detection as smoke.test.ts: the runtime binary, without electron's download-on-require. */
function skipReason(): string | undefined {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return 'the Electron runtime is not installed (node_modules/electron/path.txt is missing)';
  const binary = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return `the Electron runtime is not installed (${binary} is missing)`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'Linux without DISPLAY (run under xvfb-run)';
  return undefined;
}

const reason = skipReason();
if (reason) console.warn(`[test/electron] Skipping the desktop shell tests: ${reason}.`);

describe.skipIf(reason !== undefined)('the desktop shell on the real Electron runtime', () => {
  let app: ElectronApplication;
  let userData: string;

  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'baton-shell-'));
    const binary = join(
      ROOT,
      'node_modules',
      'electron',
      'dist',
      readFileSync(join(ROOT, 'node_modules', 'electron', 'path.txt'), 'utf8').trim(),
    );
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await _electron.launch({
      executablePath: binary,
      args: [...rootArgs, `--user-data-dir=${userData}`, ROOT],
      env: { ...(process.env as Record<string, string>), BATON_E2E: '1', BATON_HOME: userData },
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('hides the window on close and keeps the tray', async () => {
    const page = await app.firstWindow();
    await page.waitForFunction(() => window.baton !== undefined);
    const mainWindow = await app.browserWindow(page);
    await mainWindow.evaluate((w) => w.close());
    expect(await mainWindow.evaluate((w) => w.isVisible())).toBe(false);
    expect(await app.evaluate(() => (globalThis as { batonDesktop?: { hasTray(): boolean } }).batonDesktop?.hasTray())).toBe(true);
  });

  it('opens the confirm dialog for a run link and runs nothing when cancelled', async () => {
    const shown = await app.evaluate(async ({ dialog }) => {
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
    const page = await app.firstWindow();
    const view = await page.evaluate(() => window.baton!.settings.get());
    expect(view.capabilities).toEqual({ startAtLogin: true, globalShortcut: true });
  });
});

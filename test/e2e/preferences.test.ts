import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { PREFERENCES_KEY, readStoredPreferences } from '../../src/main/preferences';
import { startWebHost, type WebHost } from '../../src/main/web';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { buildRenderer } from './build-renderer';

const projectRoot = resolve(import.meta.dirname, '../..');
const rendererDir = join(projectRoot, 'out', 'renderer');
const screensDir = join(projectRoot, 'test-results', 'screens');

let platform: ReturnType<typeof createMemoryPlatform>;
let core: ReturnType<typeof createCore>;
let host: WebHost;
let browser: ChromiumSession;
let page: Page;

beforeAll(async () => {
  if (isRendererBuildStale()) await buildRenderer(projectRoot);
  await mkdir(screensDir, { recursive: true });
  platform = createMemoryPlatform({ host: 'web', dataDir: '/home/ada/.baton' });
  core = createCore({ platform, version: '0.0.0-e2e' });
  host = await startWebHost({ core, rendererDir, logger: createRecordingLogger() });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await core?.dispose();
});

afterEach(async () => {
  await page?.close();
  await core.handlers['settings.reset']({ confirm: 'RESET BATON' });
});

const stored = () => readStoredPreferences(platform.settings.get(PREFERENCES_KEY)).preferences;

async function openPreferences(): Promise<Page> {
  page = await browser.context.newPage();
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('group', { name: 'Notifications' }).waitFor();
  return page;
}

describe('the Preferences screen in the web host', () => {
  it('saves a choice made with the keyboard alone', async () => {
    await openPreferences();
    const pause = page.getByRole('checkbox', { name: 'Pause all notifications' });
    await pause.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => stored().notifications.isPaused).toBe(true);
    // The screen follows the saved preference: wait for it rather than read it once.
    await expect.poll(() => page.getByRole('checkbox', { name: 'A run faulted' }).isDisabled()).toBe(true);
  });

  it('applies the theme at once and keeps it after a reload', async () => {
    await openPreferences();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 18, 22)');
  });

  it('refuses a shortcut without a modifier and shows why', async () => {
    await openPreferences();
    const field = page.getByRole('textbox', { name: 'Global shortcut' });
    await field.fill('B');
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'modifiers' }).waitFor();
    expect(stored().shortcut).toBe('CommandOrControl+Alt+B');
  });

  it('says where the data lives and that start at login belongs to the desktop app', async () => {
    await openPreferences();
    expect(await page.getByTestId('data-location').textContent()).toBe('/home/ada/.baton');
    expect(await page.getByRole('checkbox', { name: /Start Baton when I sign in/ }).isDisabled()).toBe(true);
  });

  it('resets Baton only after the person confirms', async () => {
    await core.handlers['settings.update']({ theme: 'light' });
    await openPreferences();
    await page.getByRole('button', { name: 'Reset Baton…' }).click();
    const question = page.getByRole('alertdialog', { name: 'Reset Baton?' });
    await question.waitFor();
    await page.keyboard.press('Enter'); // focus starts on Cancel
    await question.waitFor({ state: 'detached' });
    expect(stored().theme).toBe('light');
    await page.getByRole('button', { name: 'Reset Baton…' }).click();
    await page.getByRole('button', { name: 'Yes, reset Baton' }).click();
    await page.getByRole('status').filter({ hasText: 'Baton was reset' }).waitFor();
    expect(stored().theme).toBe('system');
  });

  it('saves screenshots of the main screens in both themes', async () => {
    page = await browser.context.newPage();
    for (const theme of ['light', 'dark'] as const) {
      await core.handlers['settings.update']({ theme });
      for (const area of ['processes', 'runs', 'robot', 'diagnostics', 'settings']) {
        await page.goto(`${host.url}#/${area}`);
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.getByTestId('about-version').waitFor();
        await page.screenshot({ path: join(screensDir, `${area}-${theme}.png`), fullPage: true });
        expect(existsSync(join(screensDir, `${area}-${theme}.png`))).toBe(true);
      }
    }
  });
});

function isRendererBuildStale(): boolean {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return [join(projectRoot, 'src', 'renderer'), join(projectRoot, 'src', 'shared')].some((dir) => newestMtime(dir) > builtAt);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, readStoredPreferences } from '../../src/main/preferences';
import { startWebApp, type WebApp } from '../support/web-app';

let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp({ platform: { dataDir: '/home/ada/.baton' } });
});

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.closePage();
  await app.core.handlers['preferences.reset']({ confirm: 'RESET BATON' });
});

const stored = () => readStoredPreferences(app.platform.settings.get(PREFERENCES_KEY)).preferences;

async function openPreferences(): Promise<Page> {
  page = await app.openPage('#/settings');
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
    // The radio follows the saved preference (the core's answer), so click and wait rather than check().
    await page.getByRole('radio', { name: 'Dark' }).click();
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
    await app.core.handlers['preferences.update']({ theme: 'light' });
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
    page = await app.openPage();
    for (const theme of ['light', 'dark'] as const) {
      await app.core.handlers['preferences.update']({ theme });
      for (const area of ['processes', 'runs', 'robot', 'diagnostics', 'settings']) {
        await page.goto(app.url(`#/${area}`));
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.getByTestId('about-version').waitFor();
        const saved = await app.screenshot(`screens/${area}-${theme}.png`, { fullPage: true });
        expect(existsSync(saved)).toBe(true);
      }
    }
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, readStoredPreferences } from '../../src/main/preferences';
import { startWebApp, type WebApp } from '../support/web-app';

// The Language choice in Preferences changes the open window at once: no reload, no restart.

let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp();
  page = await app.openPage('#/settings');
  await page.getByRole('group', { name: 'Notifications' }).waitFor();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const stored = () => readStoredPreferences(app.platform.settings.get(PREFERENCES_KEY)).preferences;
const document = () => page.evaluate(() => [window.document.documentElement.lang, window.document.documentElement.dir]);
const firstArea = () => page.locator('nav.app-nav a').first().textContent();

describe('choosing a language in Preferences', () => {
  it('changes the open window at once, keeps it, and follows the system again when asked', async () => {
    // A mark on the page: a reload would drop it.
    await page.evaluate(() => Object.assign(window, { unreloaded: true }));
    expect(await firstArea()).toBe('Processes');

    await page.getByLabel('Language').selectOption('de');
    await expect.poll(firstArea).toBe('Prozesse');
    expect(await document()).toEqual(['de', 'ltr']);
    expect(stored().language).toBe('de');
    await page.getByLabel('Sprache').waitFor();

    await page.getByLabel('Sprache').selectOption('ar');
    await expect.poll(firstArea).toBe('العمليات');
    expect(await document()).toEqual(['ar', 'rtl']);

    await page.getByLabel('اللغة').selectOption('system');
    await expect.poll(firstArea).toBe('Processes');
    expect(await document()).toEqual(['en', 'ltr']);
    expect(stored().language).toBe('system');
    expect(await page.evaluate(() => (window as { unreloaded?: boolean }).unreloaded)).toBe(true);
  });

  it('opens in the chosen language the next time, before and after the preferences arrive', async () => {
    await app.core.handlers['preferences.update']({ language: 'ja' });
    await page.reload();
    await expect.poll(firstArea).toBe('プロセス');
    await app.core.handlers['preferences.update']({ language: 'fr' });
    await expect.poll(firstArea).toBe('Processus');
    await app.core.handlers['preferences.update']({ language: 'system' });
    await expect.poll(firstArea).toBe('Processes');
  });
});

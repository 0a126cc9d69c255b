import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost } from '../../src/main/web';
import { RENDERER_DIR, startWebApp, type WebApp } from '../support/web-app';

let coreSessionListeners = 0;
let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp({
    version: packageJson.version,
    // Measured before any page: an earlier test's page may still be unsubscribing later on.
    prepare: (core) => void (coreSessionListeners = core.hub.listenerCount('session.changed')),
  });
});

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.closePage();
});

// CSP violations and uncaught errors surface in app.pageProblems; the shell must produce none.
async function openPage(target: string): Promise<Page> {
  page = await app.openPage(target);
  return page;
}

describe('the shell in Chromium through the web host', () => {
  it('renders the shell and shows app.info fetched through the contract', async () => {
    await openPage('');
    await expect.poll(() => page.getByText('Baton', { exact: true }).first().isVisible()).toBe(true);

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Processes', 'Runs', 'Robot', 'Diagnostics', 'Settings']) {
      expect(await nav.getByRole('link', { name: label }).isVisible()).toBe(true);
    }
    const footer = page.getByRole('contentinfo', { name: 'About Baton' });
    await footer.getByTestId('about-version').waitFor();
    expect(await footer.getByTestId('about-version').textContent()).toBe(packageJson.version);
    expect(await footer.getByTestId('about-host').getAttribute('data-host')).toBe('web');
    expect(await page.getByRole('status', { name: 'Account' }).textContent()).toContain('Not signed in');

    await app.screenshot('e2e-shell.png', { fullPage: true });
    expect(app.pageProblems).toEqual([]);
  });

  it('takes the launch token out of the address bar', async () => {
    await openPage('');
    await page.getByTestId('about-version').waitFor();
    expect(page.url()).not.toContain('token');
    expect(page.url()).not.toContain(app.host.token);
  });

  it('moves between areas with the keyboard', async () => {
    await openPage('');
    await page.getByTestId('about-version').waitFor();
    const runs = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' });
    await runs.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Runs' }).waitFor();
    expect(await runs.getAttribute('aria-current')).toBe('page');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Runs');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('shows the About panel with the runtimes under Diagnostics', async () => {
    await openPage('#/diagnostics');
    const about = page.getByRole('region', { name: 'About this Baton' });
    await about.waitFor();
    expect(await about.textContent()).toContain(packageJson.version);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('e2e-shell-diagnostics-dark.png', { fullPage: true });
  });

  it('follows session.changed pushed by the core', async () => {
    // The core's own services listen too; the page adds its subscription on top of them.
    const coreListeners = coreSessionListeners;
    await openPage('');
    const badge = page.getByRole('status', { name: 'Account' });
    await expect.poll(() => badge.textContent()).toContain('Not signed in');
    await expect.poll(() => app.core.hub.listenerCount('session.changed')).toBeGreaterThan(coreListeners);
    app.core.hub.emit('session.changed', {
      state: 'signed-in',
      profileId: 'p1',
      profileName: 'Demo tenant',
      user: { name: 'Ada Lovelace' },
    });
    await expect.poll(() => badge.textContent()).toContain('Ada Lovelace · Demo tenant');
  });

  it('says the connection is lost and recovers when the host comes back', async () => {
    await openPage('');
    await page.getByTestId('about-version').waitFor();
    const listenersWhileConnected = app.core.hub.listenerCount('session.changed');
    const { port, token } = app.host;
    await app.host.close();
    const lost = page.getByRole('status').filter({ hasText: 'Connection to Baton lost - reconnecting' });
    await lost.waitFor();
    await app.screenshot('e2e-shell-reconnecting.png');

    app.host = await startWebHost({ core: app.core, rendererDir: RENDERER_DIR, port, token, logger: createRecordingLogger() });
    await lost.waitFor({ state: 'detached' });
    // Re-subscribed once, and the closed socket's subscriptions are gone: no duplicates, no leak.
    await expect.poll(() => app.core.hub.listenerCount('session.changed')).toBe(listenersWhileConnected);
  });

  it('explains what to do when opened without the launch token', async () => {
    await openPage(app.host.origin + '/');
    const alert = page.getByRole('alert').filter({ hasText: 'without its launch token' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('baton web');
  });
});

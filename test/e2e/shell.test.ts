import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { startWebHost, type WebHost } from '../../src/main/web';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { buildRenderer } from './build-renderer';

const projectRoot = resolve(import.meta.dirname, '../..');
const rendererDir = join(projectRoot, 'out', 'renderer');
const resultsDir = join(projectRoot, 'test-results');

let coreSessionListeners = 0;
let core: ReturnType<typeof createCore>;
let host: WebHost;
let browser: ChromiumSession;
let page: Page;
let pageProblems: string[];

beforeAll(async () => {
  if (isRendererBuildStale()) await buildRenderer(projectRoot);
  await mkdir(resultsDir, { recursive: true });
  core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: packageJson.version });
  // Measured before any page: an earlier test's page may still be unsubscribing later on.
  coreSessionListeners = core.hub.listenerCount('session.changed');
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
});

async function openPage(url: string): Promise<Page> {
  page = await browser.context.newPage();
  pageProblems = [];
  // CSP violations and uncaught errors surface here; the shell must produce none.
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(message.text());
  });
  page.on('pageerror', (error) => pageProblems.push(error.message));
  await page.goto(url);
  return page;
}

describe('the shell in Chromium through the web host', () => {
  it('renders the shell and shows app.info fetched through the contract', async () => {
    await openPage(host.url);
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

    await page.screenshot({ path: join(resultsDir, 'e2e-shell.png'), fullPage: true });
    expect(pageProblems).toEqual([]);
  });

  it('takes the launch token out of the address bar', async () => {
    await openPage(host.url);
    await page.getByTestId('about-version').waitFor();
    expect(page.url()).not.toContain('token');
    expect(page.url()).not.toContain(host.token);
  });

  it('moves between areas with the keyboard', async () => {
    await openPage(host.url);
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
    await openPage(`${host.url}#/diagnostics`);
    const about = page.getByRole('region', { name: 'About this Baton' });
    await about.waitFor();
    expect(await about.textContent()).toContain(packageJson.version);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(resultsDir, 'e2e-shell-diagnostics-dark.png'), fullPage: true });
  });

  it('follows session.changed pushed by the core', async () => {
    // The core's own services listen too; the page adds its subscription on top of them.
    const coreListeners = coreSessionListeners;
    await openPage(host.url);
    const badge = page.getByRole('status', { name: 'Account' });
    await expect.poll(() => badge.textContent()).toContain('Not signed in');
    await expect.poll(() => core.hub.listenerCount('session.changed')).toBeGreaterThan(coreListeners);
    core.hub.emit('session.changed', { state: 'signed-in', profileId: 'p1', profileName: 'Demo tenant', user: { name: 'Ada Lovelace' } });
    await expect.poll(() => badge.textContent()).toContain('Ada Lovelace · Demo tenant');
  });

  it('says the connection is lost and recovers when the host comes back', async () => {
    await openPage(host.url);
    await page.getByTestId('about-version').waitFor();
    const listenersWhileConnected = core.hub.listenerCount('session.changed');
    const { port, token } = host;
    await host.close();
    const lost = page.getByRole('status').filter({ hasText: 'Connection to Baton lost - reconnecting' });
    await lost.waitFor();
    await page.screenshot({ path: join(resultsDir, 'e2e-shell-reconnecting.png') });

    host = await startWebHost({ core, rendererDir, port, token, logger: createRecordingLogger() });
    await lost.waitFor({ state: 'detached' });
    // Re-subscribed once, and the closed socket's subscriptions are gone: no duplicates, no leak.
    await expect.poll(() => core.hub.listenerCount('session.changed')).toBe(listenersWhileConnected);
  });

  it('explains what to do when opened without the launch token', async () => {
    await openPage(host.origin + '/');
    const alert = page.getByRole('alert').filter({ hasText: 'without its launch token' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('baton web');
  });
});

/** True when out/renderer is missing or older than any renderer or contract source. */
function isRendererBuildStale(): boolean {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  const sources = [join(projectRoot, 'src', 'renderer'), join(projectRoot, 'src', 'shared')];
  return sources.some((dir) => newestMtime(dir) > builtAt);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

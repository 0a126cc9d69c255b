import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createMemorySettings, createRecordingLogger } from '../../src/main/platform/memory';
import type { Clock } from '../../src/main/platform/types';
import { startWebHost, type WebHost } from '../../src/main/web';
import { createManualClock, startSandbox, type Sandbox } from '../../src/sandbox';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { buildRenderer } from './build-renderer';

// J6 in Chromium: Orchestrator goes away while the window is open and comes back; the banner
// follows on its own (connectivity.changed), with no reload. "Going away" is every connection
// to the sandbox being reset, so the jobs and tokens on the server survive the outage.

const projectRoot = resolve(import.meta.dirname, '../..');
const rendererDir = join(projectRoot, 'out', 'renderer');
const resultsDir = join(projectRoot, 'test-results');

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

let sandbox: Sandbox;
let core: ReturnType<typeof createCore>;
let host: WebHost;
let browser: ChromiumSession;
let page: Page | undefined;

beforeAll(async () => {
  if (isRendererBuildStale()) await buildRenderer(projectRoot);
  await mkdir(resultsDir, { recursive: true });
  sandbox = await startSandbox({ clock: createManualClock() });
  core = createCore({ platform: createMemoryPlatform({ host: 'web', clock: realClock, settings: createMemorySettings() }), version: '0.0.0-e2e' });
  const app = sandbox.clients.confidential;
  await core.handlers['session.profiles.add']({
    name: 'Sandbox',
    orchestratorUrl: sandbox.orchestratorUrl,
    tenant: sandbox.tenant,
    authMethod: 'client-credentials',
    clientId: app.clientId,
    makeActive: true,
  });
  expect((await core.handlers['session.signIn']({ clientSecret: app.clientSecret })).state).toBe('signed-in');
  host = await startWebHost({ core, rendererDir, logger: createRecordingLogger() });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await host?.close();
  await core?.dispose();
  await sandbox?.close();
});

describe('offline banner', () => {
  it('appears when Orchestrator goes away and disappears when it returns, without a reload', async () => {
    page = await browser.context.newPage();
    await page.goto(`${host.url}#/processes`);
    const rows = page.getByRole('list', { name: 'Processes' }).getByRole('listitem');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const banner = page.getByTestId('offline-banner');
    expect(await banner.count()).toBe(0);
    let loads = 0;
    page.on('load', () => (loads += 1));

    sandbox.faults.add({ path: '.*', reset: true });
    // Something real has to fail for Baton to notice, as it would in use.
    await core.handlers['catalog.refresh']({});
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(await banner.textContent()).toMatch(/Offline since \d\d:\d\d\s*(AM|PM)? — showing processes from \d\d:\d\d/);
    expect(await rows.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'e2e-offline-banner.png') });

    sandbox.faults.reset();
    // The next probe (2 s, 4 s, 8 s … apart) finds it back.
    await expect.poll(() => banner.count(), { timeout: 45_000, interval: 250 }).toBe(0);
    expect(loads).toBe(0);
  }, 90_000);
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

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createMemorySettings, createRecordingLogger } from '../../src/main/platform/memory';
import type { Clock } from '../../src/main/platform/types';
import { startWebHost, type WebHost } from '../../src/main/web';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { buildRenderer } from './build-renderer';

const projectRoot = resolve(import.meta.dirname, '../..');
const rendererDir = join(projectRoot, 'out', 'renderer');

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
  sandbox = await startSandbox();
  const settings = createMemorySettings();
  settings.set('robot.url', sandbox.robotBridgeUrl);
  core = createCore({ platform: createMemoryPlatform({ host: 'web', clock: realClock, settings }), version: '0.0.0-e2e' });
  await core.handlers['session.profiles.add']({ name: 'Sandbox', orchestratorUrl: sandbox.orchestratorUrl } as never);
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

describe('the Diagnostics screen in Chromium', () => {
  it('runs the checks and shows the sign-in failure with its fix, next to the passing network checks', async () => {
    page = await browser.context.newPage();
    await page.goto(`${host.url}#/diagnostics`);
    await page.getByRole('button', { name: 'Run checks' }).click();
    const checks = page.getByRole('list', { name: 'Checks' });
    const credentials = checks.locator('[data-check="credentials"]');
    await expect.poll(() => credentials.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await credentials.textContent()).toContain('Not signed in');
    expect(await credentials.locator('.diagnostics-fix').textContent()).toMatch(/Fix: .*Sign in/);
    expect(await checks.locator('[data-check="orchestrator"]').getAttribute('data-status')).toBe('pass');
    expect(await checks.locator('[data-check="robot"]').getAttribute('data-status')).toBe('fail');
    await expect.poll(() => page!.getByRole('status').filter({ hasText: 'Problems found' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Copy report' }).isVisible()).toBe(true);
    // About stays in the Diagnostics area.
    expect(await page.getByText('0.0.0-e2e').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(projectRoot, 'test-results', 'e2e-diagnostics.png'), fullPage: true });
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

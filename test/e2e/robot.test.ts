import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
  host = await startWebHost({ core, rendererDir, logger: createRecordingLogger() });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await core?.dispose();
  await sandbox?.close();
});

afterEach(async () => {
  await page?.close();
});

async function pendingCode(): Promise<string> {
  const answer = await fetch(`${sandbox.adminUrl}/robot/pairing-code`, { headers: { Authorization: `Bearer ${sandbox.adminToken}` } });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { code: string }).code;
}

describe('the robot in Chromium', () => {
  it('explains a wrong code, then pairs with the sandbox robot and shows it ready with its processes', async () => {
    page = await browser.context.newPage();
    await page.goto(host.url);
    const indicator = page.getByRole('status', { name: 'Robot' });
    await expect.poll(() => indicator.textContent()).toContain('Robot: pairing required');

    await indicator.getByRole('link').click();
    await page.getByRole('button', { name: 'Pair', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Pair with the robot' });
    const input = dialog.getByLabel('Enter the code shown by the robot');

    await input.fill('00000000');
    await dialog.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('4 attempts left');

    await input.fill(await pendingCode());
    await dialog.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect.poll(() => indicator.textContent()).toContain('Robot: ready');
    await expect.poll(() => page!.getByRole('list', { name: 'Local processes' }).textContent()).toContain('Hello World');
    expect(await page.getByRole('heading', { level: 2, name: 'Robot: ready' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(projectRoot, 'test-results', 'e2e-robot.png'), fullPage: true });
  });

  it('runs a local process on the paired robot and shows its log lines and final state as they come', async () => {
    // Independent of the test above: pair through the core if that one did not.
    if ((await core.handlers['robot.status']({})).state === 'pairing-required')
      await core.handlers['robot.pair']({ code: await pendingCode() });
    page = await browser.context.newPage();
    await page.goto(`${host.url}#/robot`);
    await page.getByRole('button', { name: 'Run Hello World locally' }).click();
    const panel = page.getByRole('region', { name: 'Run “Hello World” on this machine' });
    await panel.getByLabel('in_Name').fill('Ada');
    await panel.getByRole('button', { name: 'Run locally' }).click();

    const state = panel.getByRole('status', { name: 'Local run state' });
    const log = panel.getByRole('list', { name: 'Run log' });
    await expect.poll(() => log.textContent()).toContain('Starting Hello World on this machine');
    await expect.poll(() => page!.getByRole('status', { name: 'Robot' }).textContent()).toContain('Robot: busy');
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toContain('State: successful');
    expect(await log.textContent()).toContain('Almost done');
    expect(await panel.textContent()).toContain('out_Greeting');
    await page.screenshot({ path: join(projectRoot, 'test-results', 'e2e-robot-local-run.png'), fullPage: true });
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

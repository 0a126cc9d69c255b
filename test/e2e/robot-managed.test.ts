import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRobotClient } from '../../src/main/robot';
import { createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { realClock } from '../support/auth-harness';
import { writeGreetProcess } from '../support/command-processes';
import { startWebApp, type WebApp } from '../support/web-app';

// A fresh profile on a machine with a folder of command processes: nobody starts a bridge by hand.
let app: WebApp;
let page: Page;
let dir: string;
const stops: (() => unknown)[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-e2e-managed-'));
  writeGreetProcess(join(dir, 'processes'));
  const settings = createMemorySettings();
  settings.set('robot.processesDir', join(dir, 'processes'));
  settings.set('robot.executor', 'command');
  app = await startWebApp({ platform: { clock: realClock, settings, dataDir: join(dir, 'home') } });
}, 120_000);

afterAll(async () => {
  for (const stop of stops.splice(0)) await stop();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Baton's own robot bridge in Chromium", () => {
  it('starts by itself, is paired without a code, and runs a process with inputs to Successful with its log', async () => {
    page = await app.openPage('#/robot');
    const indicator = page.getByRole('status', { name: 'Robot' });
    await expect.poll(() => indicator.textContent(), { timeout: 30_000 }).toContain('Robot: ready');
    expect(await page.getByText('Baton, paired with it automatically').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Pair', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Run Greet locally' }).click();
    const panel = page.getByRole('region', { name: 'Run “Greet” on this machine' });
    await panel.getByLabel('Name').fill('Ada');
    await panel.getByRole('button', { name: 'Run locally' }).click();
    const state = panel.getByRole('status', { name: 'Local run state' });
    await expect.poll(() => state.textContent(), { timeout: 20_000 }).toContain('State: successful');
    expect(await panel.getByRole('list', { name: 'Run log' }).textContent()).toContain('greeting Ada');
    expect(await panel.textContent()).toContain('Hello, Ada!');
    await app.screenshot('e2e-robot-managed.png', { fullPage: true });
  });

  it("shows the code another client must type, and that client's name", async () => {
    page = await app.openPage('#/robot');
    const { url } = await app.core.handlers['robot.status']({});
    const other = createRobotClient({
      url,
      vault: createMemoryVault(),
      clock: realClock,
      logger: createRecordingLogger(),
      clientInfo: { name: 'Other tool', version: '2', machine: 'pc' },
    });
    other.start();
    stops.push(() => other.dispose());
    const request = page.getByRole('alert', { name: 'Pairing request' });
    await expect.poll(() => request.textContent(), { timeout: 20_000 }).toContain('Other tool 2 on pc');
    const code = (await app.core.handlers['robot.status']({})).pairingRequest?.code;
    expect(code).toMatch(/^\d+$/);
    expect(await request.textContent()).toContain(code);
  });
});

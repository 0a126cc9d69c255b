import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../support/auth-harness';
import { settingsWithSandboxRobot, startWebApp, type WebAppWithSandbox } from '../support/web-app';

let app: WebAppWithSandbox;
let page: Page | undefined;

beforeAll(async () => {
  app = await startWebApp({
    sandbox: {},
    platform: (sandbox) => ({ clock: realClock, settings: settingsWithSandboxRobot(sandbox) }),
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.closePage();
});

async function pendingCode(): Promise<string> {
  const { adminUrl, adminToken } = app.sandbox;
  const answer = await fetch(`${adminUrl}/robot/pairing-code`, { headers: { Authorization: `Bearer ${adminToken}` } });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { code: string }).code;
}

describe('the robot in Chromium', () => {
  it('explains a wrong code, then pairs with the sandbox robot and shows it ready with its processes', async () => {
    page = await app.openPage();
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
    await app.screenshot('e2e-robot.png', { fullPage: true });
  });

  it('runs a local process on the paired robot and shows its log lines and final state as they come', async () => {
    // Independent of the test above: pair through the core if that one did not.
    if ((await app.core.handlers['robot.status']({})).state === 'pairing-required')
      await app.core.handlers['robot.pair']({ code: await pendingCode() });
    page = await app.openPage('#/robot');
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
    await app.screenshot('e2e-robot-local-run.png', { fullPage: true });
  });
});

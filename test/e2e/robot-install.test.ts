import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../src/main/platform/memory';
import { realClock } from '../support/auth-harness';
import { startWebApp, type WebApp } from '../support/web-app';

// Baton's own bridge with the simulated executor's demo catalog, where Expense Sync is not
// installed yet: its form comes only after the install, as with RobotJS.
let app: WebApp;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-e2e-install-'));
  const settings = createMemorySettings();
  settings.set('robot.executor', 'simulated');
  app = await startWebApp({ platform: { clock: realClock, settings, dataDir: join(dir, 'home') } });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a local process the robot has not installed', () => {
  it('is installed first, with progress, and then its form is shown', async () => {
    const page = await app.openPage('#/robot');
    await expect.poll(() => page.getByRole('status', { name: 'Robot' }).textContent(), { timeout: 30_000 }).toContain('Robot: ready');
    await page.getByRole('button', { name: 'Run Expense Sync locally' }).click();
    const panel = page.getByRole('region', { name: 'Run “Expense Sync” on this machine' });
    await expect.poll(() => panel.getByRole('button', { name: 'Run locally' }).count(), { timeout: 15_000 }).toBe(1);
    const processes = await app.core.handlers['robot.processes']({});
    expect(processes.find((process) => process.name === 'Expense Sync')?.installed).toBe(true);
    await panel.getByRole('button', { name: 'Run locally' }).click();
    await expect
      .poll(() => panel.getByRole('status', { name: 'Local run state' }).textContent(), { timeout: 20_000 })
      .toContain('State: successful');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../src/main/platform/memory';
import { DEFAULT_USER_SCOPES } from '../../src/main/profiles';
import { SANDBOX_USERS } from '../../src/sandbox';
import { realClock } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { writeWaitProcess } from '../support/command-processes';
import { getFreePort } from '../support/free-port';
import { settingsWithSandboxRobot, startWebApp, type WebApp, type WebAppWithSandbox } from '../support/web-app';

// The Runs page in Chromium: a remote run's log lines as the robot writes them, Resume on a
// suspended job, and Pause/Resume of a local run on Baton's own bridge with the command executor.
// The sandbox runs in real time here: its jobs move as a person would see them.
const apps: WebApp<never>[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** alice signed in with the scope remote log lines need (not among the defaults, see docs/compatibility.md). */
async function signedInWithLogs(): Promise<WebAppWithSandbox> {
  const redirectUri = `http://localhost:${await getFreePort()}/callback`;
  const alice = SANDBOX_USERS.find((user) => user.username === 'alice')!;
  const app = await startWebApp({
    sandbox: { redirectUris: [redirectUri] },
    platform: (sandbox) => ({
      clock: realClock,
      settings: settingsWithSandboxRobot(sandbox),
      browser: createDrivingBrowser({ username: alice.username, password: alice.password, redirectUri }),
    }),
    prepare: async (core, sandbox) => {
      await core.handlers['session.profiles.add']({
        name: 'Sandbox',
        orchestratorUrl: sandbox.orchestratorUrl,
        redirectUri,
        makeActive: true,
        scopes: [...DEFAULT_USER_SCOPES, 'OR.Monitoring.Read'],
      });
      const status = await core.handlers['session.signIn']({});
      if (status.state !== 'signed-in') throw new Error(`alice could not sign in: ${status.state}`);
    },
  });
  apps.push(app as WebApp<never>);
  return app;
}

function runCard(page: Page, processName: string): Locator {
  return page
    .getByRole('region', { name: 'Runs' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: processName, exact: true }) })
    .first();
}

async function processId(app: WebAppWithSandbox, name: string): Promise<string> {
  const { processes } = await app.core.handlers['catalog.refresh']({});
  return processes.find((p) => p.name === name)!.id;
}

describe('remote runs on the Runs page', () => {
  it('shows a remote run’s log lines while it runs, Report Status marked', { timeout: 120_000 }, async () => {
    const app = await signedInWithLogs();
    const page = await app.openPage('#/runs');
    const started = await app.core.handlers['runs.start']({ target: 'remote', processId: await processId(app, 'Log Stream Demo') });
    const card = runCard(page, 'Log Stream Demo');
    const log = card.getByRole('list', { name: 'Log' });
    await expect.poll(() => log.textContent(), { timeout: 30_000 }).toContain('Item 3 done');
    // Still running while the lines come: they are live, not read at the end.
    expect(await card.getByTestId('run-state').textContent()).toBe('Running');
    await expect.poll(() => log.textContent(), { timeout: 30_000 }).toContain('Processed 10 of 120 items');
    const status = log.getByRole('listitem').filter({ hasText: 'Processed 10 of 120 items' });
    expect(await status.locator('.run-log-status').textContent()).toBe('Status');
    const lines = await log.getByRole('listitem').allTextContents();
    const items = lines
      .map((line) => /Item (\d+) done/.exec(line)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(items).toEqual([...items].sort((a, b) => a - b));
    expect(new Set(items).size).toBe(items.length);
    await app.screenshot('e2e-runs-remote-log.png', { fullPage: true });
    await app.core.handlers['runs.stop']({ runId: started.id, mode: 'kill' });
  });

  it('shows the lines written before the page opened, then the new ones', { timeout: 120_000 }, async () => {
    const app = await signedInWithLogs();
    const started = await app.core.handlers['runs.start']({ target: 'remote', processId: await processId(app, 'Log Stream Demo') });
    await expect
      .poll(async () => (await app.core.handlers['runs.logs']({ runId: started.id })).lines.length, { timeout: 30_000 })
      .toBeGreaterThan(4);
    const page = await app.openPage(`#/runs?run=${started.id}`);
    const log = runCard(page, 'Log Stream Demo').getByRole('list', { name: 'Log' });
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toContain('Item 1 done');
    const seen = await log.getByRole('listitem').count();
    await expect.poll(() => log.getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(seen);
    const items = (await log.getByRole('listitem').allTextContents())
      .map((line) => /Item (\d+) /.exec(line)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(new Set(items).size).toBe(items.length);
    await app.core.handlers['runs.stop']({ runId: started.id, mode: 'kill' });
  });

  it('resumes a suspended job from its Resume button, and it ends Successful', { timeout: 120_000 }, async () => {
    const app = await signedInWithLogs();
    const page = await app.openPage('#/runs');
    await app.core.handlers['runs.start']({ target: 'remote', processId: await processId(app, 'Invoice Approval') });
    const card = runCard(page, 'Invoice Approval');
    await expect.poll(() => card.getByTestId('run-state').textContent(), { timeout: 30_000 }).toBe('Suspended');
    expect(await card.textContent()).toContain('Waiting for a task: Approve invoice');
    expect(await card.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => card.getByTestId('run-state').textContent(), { timeout: 30_000 }).toBe('Successful');
    expect(await card.getByRole('button', { name: 'Resume' }).count()).toBe(0);
  });
});

describe.skipIf(process.platform === 'win32')('a local run on the Runs page', () => {
  it('pauses and resumes from its buttons (command executor)', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-e2e-pause-'));
    dirs.push(dir);
    writeWaitProcess(join(dir, 'processes'));
    const settings = createMemorySettings();
    settings.set('robot.processesDir', join(dir, 'processes'));
    settings.set('robot.executor', 'command');
    const app = await startWebApp({ platform: { clock: realClock, settings, dataDir: join(dir, 'home') } });
    apps.push(app as WebApp<never>);
    const page = await app.openPage('#/runs');
    await expect.poll(async () => (await app.core.handlers['robot.status']({})).state, { timeout: 30_000 }).toBe('ready');
    const started = await app.core.handlers['runs.start']({ target: 'local', processKey: 'wait' });
    const card = runCard(page, started.processName);
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('waiting');
    await card.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => card.getByTestId('run-state').textContent(), { timeout: 15_000 }).toBe('Running (paused)');
    await card.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => card.getByTestId('run-state').textContent(), { timeout: 15_000 }).toBe('Running');
    expect(await card.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await card.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => card.getByTestId('run-state').textContent(), { timeout: 30_000 }).toMatch(/Stopping|Stopped/);
  });
});

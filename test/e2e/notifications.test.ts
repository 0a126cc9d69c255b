import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings, createRecordingNotifier } from '../../src/main/platform/memory';
import { createManualClock } from '../../src/sandbox';
import { realClock } from '../support/auth-harness';
import { findAccessibilityViolations, formatViolations, WCAG_AA_TAGS } from '../support/axe';
import { startWebApp, type WebAppWithSandbox } from '../support/web-app';

// Issue 21 through the web host in Chromium: runs that end while Orchestrator is unreachable are
// told in exactly one notification when it answers again, shown in the page, and its click leads
// to the run on the Runs page. "Unreachable" is every connection to the sandbox being reset, so
// the job goes on on the server (its clock moved by the test) while Baton cannot see it.

const notifier = createRecordingNotifier();
const sandboxClock = createManualClock();
let app: WebAppWithSandbox;

beforeAll(async () => {
  app = await startWebApp({
    sandbox: { clock: sandboxClock },
    platform: { clock: realClock, settings: createMemorySettings(), notifier },
    prepare: async (core, sandbox) => {
      const client = sandbox.clients.confidential;
      await core.handlers['session.profiles.add']({
        name: 'Sandbox',
        orchestratorUrl: sandbox.orchestratorUrl,
        tenant: sandbox.tenant,
        authMethod: 'client-credentials',
        clientId: client.clientId,
        makeActive: true,
      });
      expect((await core.handlers['session.signIn']({ clientSecret: client.clientSecret })).state).toBe('signed-in');
      await core.handlers['catalog.refresh']({});
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const runNotifications = () => notifier.sent.filter((sent) => sent.kind === 'run-finished' || sent.kind === 'runs-caught-up');

describe('the offline catch-up', () => {
  it('tells a run that ended while offline in one notification, whose click opens that run', async () => {
    const page = await app.openPage('#/processes');
    const processId = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Hello World')!.id;
    const run = await app.core.handlers['runs.start']({ target: 'remote', processId, inputArguments: { in_Name: 'Ada' } });
    const jobId = run.jobId as number;

    app.sandbox.faults.add({ path: '.*', reset: true });
    // Something real has to fail for Baton to notice, as it would in use.
    await app.core.handlers['catalog.refresh']({});
    await expect.poll(async () => (await app.core.handlers['connectivity.status']({})).state, { timeout: 15_000 }).toBe('offline');
    // The job ends on the server while Baton cannot see it.
    await expect
      .poll(
        () => {
          sandboxClock.advance(1_000);
          return app.sandbox.orchestrator.state.jobs.get(jobId)?.state;
        },
        { timeout: 15_000, interval: 20 },
      )
      .toBe('Successful');
    expect(runNotifications()).toEqual([]);

    app.sandbox.faults.reset();
    const notifications = page.getByRole('region', { name: 'Notifications' });
    const told = notifications.getByRole('button', { name: 'A run finished while you were offline', exact: true });
    // The next probe (2 s, 4 s, 8 s … up to 60 s apart) finds it back.
    await told.waitFor({ timeout: 90_000 });
    expect(await notifications.getByRole('listitem').count()).toBe(1);
    expect(await notifications.getByText('Hello World: successful').count()).toBe(1);
    expect(runNotifications()).toHaveLength(1);
    await app.screenshot('e2e-offline-catch-up-notification.png');
    for (const theme of ['light', 'dark'] as const) {
      await app.core.handlers['preferences.update']({ theme });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');
    }

    await told.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/runs?run=${encodeURIComponent(run.id)}`);
    const current = page.locator('li[aria-current="true"]');
    await current.waitFor();
    expect(await current.getByRole('heading').textContent()).toBe('Hello World');
    expect(await notifications.getByRole('listitem').count()).toBe(0);
    // Nothing more comes of it: the run's end was told once.
    expect(runNotifications()).toHaveLength(1);
  }, 180_000);
});

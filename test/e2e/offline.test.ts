import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../src/main/platform/memory';
import { createManualClock } from '../../src/sandbox';
import { realClock } from '../support/auth-harness';
import { startWebApp, type WebAppWithSandbox } from '../support/web-app';

// J6 in Chromium: Orchestrator goes away while the window is open and comes back; the banner
// follows on its own (connectivity.changed), with no reload. "Going away" is every connection
// to the sandbox being reset, so the jobs and tokens on the server survive the outage.

let app: WebAppWithSandbox;

beforeAll(async () => {
  app = await startWebApp({
    sandbox: { clock: createManualClock() },
    platform: { clock: realClock, settings: createMemorySettings() },
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
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('offline banner', () => {
  it('appears when Orchestrator goes away and disappears when it returns, without a reload', async () => {
    const page = await app.openPage('#/processes');
    const rows = page.getByRole('list', { name: 'Processes' }).getByRole('listitem');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const banner = page.getByTestId('offline-banner');
    expect(await banner.count()).toBe(0);
    let loads = 0;
    page.on('load', () => (loads += 1));

    app.sandbox.faults.add({ path: '.*', reset: true });
    // Something real has to fail for Baton to notice, as it would in use.
    await app.core.handlers['catalog.refresh']({});
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(await banner.textContent()).toMatch(/Offline since \d\d:\d\d\s*(AM|PM)? — showing processes from \d\d:\d\d/);
    expect(await rows.count()).toBeGreaterThan(0);
    await app.screenshot('e2e-offline-banner.png');

    app.sandbox.faults.reset();
    // The next probe (2 s, 4 s, 8 s … apart) finds it back.
    await expect.poll(() => banner.count(), { timeout: 45_000, interval: 250 }).toBe(0);
    expect(loads).toBe(0);
  }, 90_000);
});

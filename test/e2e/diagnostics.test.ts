import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../support/auth-harness';
import { getFreePort } from '../support/free-port';
import { settingsWithSandboxRobot, startWebApp, type WebApp, type WebAppWithSandbox } from '../support/web-app';

let app: WebAppWithSandbox;

beforeAll(async () => {
  app = await startWebApp({
    sandbox: {},
    platform: (sandbox) => ({ clock: realClock, settings: settingsWithSandboxRobot(sandbox) }),
    prepare: async (core, sandbox) => {
      await core.handlers['session.profiles.add']({ name: 'Sandbox', orchestratorUrl: sandbox.orchestratorUrl } as never);
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the Diagnostics screen in Chromium', () => {
  it('runs the checks and shows the sign-in failure with its fix, next to the passing network checks', async () => {
    const page = await app.openPage('#/diagnostics');
    await page.getByRole('button', { name: 'Run checks' }).click();
    const checks = page.getByRole('list', { name: 'Checks' });
    const credentials = checks.locator('[data-check="credentials"]');
    await expect.poll(() => credentials.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await credentials.textContent()).toContain('Not signed in');
    expect(await credentials.locator('.diagnostics-fix').textContent()).toMatch(/Fix: .*Sign in/);
    expect(await checks.locator('[data-check="orchestrator"]').getAttribute('data-status')).toBe('pass');
    expect(await checks.locator('[data-check="robot"]').getAttribute('data-status')).toBe('fail');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Problems found' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Copy report' }).isVisible()).toBe(true);
    // About stays in the Diagnostics area.
    expect(await page.getByText('0.0.0-e2e').count()).toBeGreaterThan(0);
    await app.screenshot('e2e-diagnostics.png', { fullPage: true });
  });

  it('shows a check’s evidence in the window’s language, with the request and the status as they were', async () => {
    const page = await app.openPage('&locale=de#/diagnostics');
    await page.getByRole('button', { name: 'Prüfungen ausführen' }).click();
    const tcp = page.getByRole('list', { name: 'Prüfungen' }).locator('[data-check="tcp"]');
    await expect.poll(() => tcp.getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    const orchestrator = page.getByRole('list', { name: 'Prüfungen' }).locator('[data-check="orchestrator"]');
    await expect.poll(() => orchestrator.getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    await tcp.locator('summary').click();
    expect(await tcp.locator('details li').first().textContent()).toMatch(/^Verbindung zu 127\.0\.0\.1:\d+ in \d+ ms$/);
    await orchestrator.locator('summary').click();
    expect(await orchestrator.locator('details li').first().textContent()).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/api\/status\/version → 200 in \d+ ms: \{"version":/,
    );
  });
});

// Self-contained: its own core (no profile, so the setup screen shows), web host and browser.
describe('diagnostics from the connection setup screen and from an error, in Chromium', () => {
  let setup: WebApp;
  let closedUrl: string;

  beforeAll(async () => {
    // Free a moment ago and closed now: connections to it are refused.
    closedUrl = `http://127.0.0.1:${await getFreePort()}`;
    setup = await startWebApp({ platform: { clock: realClock } });
  }, 60_000);

  afterAll(async () => {
    await setup?.close();
  });

  it('tests a closed port from the form, then links the sign-in error to the TCP check in Diagnostics', async () => {
    const tab = await setup.openPage();
    const form = tab.getByRole('form', { name: 'Connect to Orchestrator' });
    await form.getByLabel('Orchestrator URL').fill(closedUrl);
    await form.getByRole('button', { name: 'Test connection' }).click();

    const results = form.getByRole('list', { name: 'Connection test results' });
    const tcp = results.locator('[data-check="tcp"]');
    await expect.poll(() => tcp.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await tcp.textContent()).toContain('refused the connection');
    expect(await tcp.locator('.diagnostics-fix').textContent()).toMatch(/^Fix: Check the port in the URL/);
    expect(await results.locator('[data-check="url"]').getAttribute('data-status')).toBe('pass');
    expect(await results.locator('[data-check="credentials"]').count()).toBe(0);
    expect(await form.getByRole('status').textContent()).toContain('cannot reach');
    await setup.screenshot('e2e-diagnostics-connection-test.png', { fullPage: true });

    await form.getByRole('button', { name: 'Sign in' }).click();
    const check = tab.getByRole('link', { name: 'Check Port reachable (TCP)' });
    await check.waitFor({ timeout: 20_000 });
    expect(await tab.getByRole('alert').textContent()).toContain('NETWORK_UNREACHABLE');
    await check.click();

    expect(new URL(tab.url()).hash).toBe('#/diagnostics?check=tcp');
    const target = tab.getByRole('list', { name: 'Checks' }).locator('[data-check="tcp"]');
    await expect.poll(() => target.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await target.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.getAttribute('data-check'))).toBe('tcp');
    expect(await tab.getByRole('link', { name: 'Diagnostics' }).getAttribute('aria-current')).toBe('page');
    await setup.screenshot('e2e-diagnostics-from-error.png', { fullPage: true });
    await setup.closePage();
  });
});

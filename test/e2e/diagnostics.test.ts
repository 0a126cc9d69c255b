import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../src/main/platform/memory';
import { realClock } from '../support/auth-harness';
import { startWebApp, type WebApp } from '../support/web-app';

let app: WebApp<object>;

beforeAll(async () => {
  app = await startWebApp({
    sandbox: {},
    platform: (sandbox) => {
      const settings = createMemorySettings();
      settings.set('robot.url', sandbox.robotBridgeUrl);
      return { clock: realClock, settings };
    },
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
});

import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { realClock } from '../support/auth-harness';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';
import { ensureRendererBuilt } from '../support/renderer-build';
import { startWebApp, type WebApp } from '../support/web-app';

let env: SignInSandbox;
let app: WebApp;
let page: Page;

function alice() {
  const user = env.sandbox.users.find((candidate) => candidate.username === 'alice');
  if (!user) throw new Error('The sandbox seed has no alice.');
  return user;
}

beforeAll(async () => {
  await ensureRendererBuilt();
  env = await startSignInSandbox();
});

afterAll(async () => {
  await env?.close();
});

// A fresh core and browser per test: each journey starts on first run, with no profile and no
// Identity Server session cookie left by the one before.
beforeEach(async () => {
  app = await startWebApp({ platform: { clock: realClock }, version: packageJson.version });
  page = await app.openPage();
});

afterEach(async () => {
  await app?.close();
});

const connectForm = () => page.getByRole('form', { name: 'Connect to Orchestrator' });

/** First run: the sandbox URL, the test's redirect URI under Advanced, then "Sign in". */
async function startSignIn(): Promise<void> {
  const form = connectForm();
  await form.waitFor();
  await form.getByLabel('Orchestrator URL').fill(env.sandbox.orchestratorUrl);
  await form.getByRole('button', { name: 'Advanced' }).click();
  await form.getByLabel('Redirect URI').fill(env.redirectUri);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Waiting for sign-in…' }).waitFor();
}

/** Clicks "Open the sign-in page" and returns the new tab, on the sandbox login page. */
async function openSignInTab(): Promise<Page> {
  const link = page.getByRole('link', { name: 'Open the sign-in page' });
  const [tab] = await Promise.all([app.context.waitForEvent('page'), link.click()]);
  await tab.getByLabel('Username or email').waitFor();
  return tab;
}

describe('signing in through the sandbox Identity Server in Chromium (web host)', () => {
  it('connects on first run, signs alice in in a new tab, shows her in the account menu, and signs her out', async () => {
    const form = connectForm();
    await form.waitFor();
    expect(await form.getByLabel('Sign in method').inputValue()).toBe('interactive');
    await form.getByLabel('Orchestrator URL').fill(env.sandbox.orchestratorUrl);
    await form.getByRole('button', { name: 'Advanced' }).click();
    expect(await form.getByRole('button', { name: 'Advanced' }).getAttribute('aria-expanded')).toBe('true');
    await form.getByLabel('Redirect URI').fill(env.redirectUri);
    await app.screenshot('e2e-sign-in-form.png', { fullPage: true });
    await form.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Waiting for sign-in…' }).waitFor();
    const link = page.getByRole('link', { name: 'Open the sign-in page' });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(new URL((await link.getAttribute('href')) ?? '').pathname).toBe('/identity/connect/authorize');
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await app.screenshot('e2e-sign-in-waiting.png', { fullPage: true });

    const tab = await openSignInTab();
    await tab.getByLabel('Username or email').fill('alice');
    await tab.getByLabel('Password').fill(alice().password);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await tab.getByText('You can close this tab').waitFor();
    await app.screenshot('e2e-sign-in-tab-done.png', { page: tab });

    const account = page.getByRole('status', { name: 'Account' });
    await expect.poll(() => account.textContent()).toContain(alice().name);
    await page.getByRole('button', { name: 'Account menu' }).click();
    const menu = page.getByRole('region', { name: 'Account menu' });
    expect(await menu.textContent()).toContain(alice().email);
    expect(await menu.getByRole('list', { name: 'Connections' }).getByRole('button').count()).toBe(1);
    await app.screenshot('e2e-sign-in-account-menu.png', { fullPage: true });

    await menu.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => account.textContent()).toContain('Not signed in');
    expect((await app.core.handlers['session.status']({})).state).toBe('signed-out');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Sign in again' }).isVisible()).toBe(true);
    await app.screenshot('e2e-sign-in-signed-out.png', { fullPage: true });
    expect(app.pageProblems).toEqual([]);
  });

  it('keeps the login page with its error on a wrong password while the app goes on waiting', async () => {
    await startSignIn();
    const tab = await openSignInTab();
    await tab.getByLabel('Username or email').fill('alice');
    await tab.getByLabel('Password').fill('not-her-password');
    await tab.getByRole('button', { name: 'Sign in' }).click();

    await tab.getByRole('alert').filter({ hasText: 'The username or password is incorrect.' }).waitFor();
    expect(await tab.getByLabel('Password').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Waiting for sign-in…' }).isVisible()).toBe(true);
    expect(await page.getByRole('status', { name: 'Account' }).textContent()).toContain('Signing in…');
  });

  it('goes back to the form with the profile kept when the person cancels', async () => {
    await startSignIn();
    await page.getByRole('button', { name: 'Cancel' }).click();

    const form = connectForm();
    await form.waitFor();
    expect(await form.getByLabel('Orchestrator URL').inputValue()).toBe(env.sandbox.orchestratorUrl);
    expect(await form.getByRole('alert').count()).toBe(0);
    const { profiles } = await app.core.handlers['session.profiles.list']({});
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ redirectUri: env.redirectUri, state: 'signed-out' });
    await app.screenshot('e2e-sign-in-cancelled.png', { fullPage: true });
  });

  it("shows the core's validation message and its hint next to the form, saving nothing", async () => {
    const form = connectForm();
    await form.waitFor();
    await form.getByLabel('Orchestrator URL').fill('http://orchestrator.example.com');
    await form.getByRole('button', { name: 'Sign in' }).click();

    const alert = form.getByRole('alert');
    await alert.waitFor();
    const problem = (await app.core.handlers['session.profiles.add']({
      name: 'probe',
      orchestratorUrl: 'http://orchestrator.example.com',
    }).catch((error: unknown) => error)) as { message: string; hint?: string };
    expect(await alert.textContent()).toContain(problem.message);
    expect(problem.hint).toBeTruthy();
    expect(await alert.textContent()).toContain(problem.hint);
    expect((await app.core.handlers['session.profiles.list']({})).profiles).toEqual([]);
    await app.screenshot('e2e-sign-in-invalid-url.png', { fullPage: true });
  });

  it('asks for a missing URL next to the field when the form is submitted from the keyboard', async () => {
    const form = connectForm();
    await form.waitFor();
    await form.getByLabel('Orchestrator URL').focus();
    await page.keyboard.press('Enter');
    const url = form.getByLabel('Orchestrator URL');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('orchestratorUrl');
    expect(await form.textContent()).toContain('Enter the Orchestrator URL.');
  });
});

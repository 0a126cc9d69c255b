import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { shortTypeName } from '../../src/renderer/features/processes/argument-values';
import { createTranslator, PSEUDO_LOCALE } from '../../src/shared/i18n';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import { findUntranslated, messageValuesIn, stringsIn } from '../support/untranslated';
import type { WebAppWithSandbox } from '../support/web-app';

// Every screen in the pseudo-locale (en-XA: accented, lengthened, bracketed), against the
// sandbox with alice signed in: a visible text node, option, accessible name, title or
// placeholder with plain English in it did not come from the catalog. Allowed are only data
// from the server and the core (process, folder and user names, versions, log lines,
// addresses; gathered from the core's own answers below), language names in the Language
// select (each in its own language, so a person can find theirs), and technical words handed
// to messages as values (permission and key names).
//
// Screens the core i18n helper owns (sign-in, account menu, robot, diagnostics, reminders,
// connectivity, notifications) are checked here too, in tests of their own, so they are
// reported by name until they are translated.

const pseudo = createTranslator(PSEUDO_LOCALE);
let app: WebAppWithSandbox;
let page: Page;
let allowed: string[] = [];

const TECHNICAL = [
  'Jobs.Create',
  'Jobs.View',
  'Ctrl+Alt+B',
  'Ctrl+K',
  'CommandOrControl+Alt+B',
  '`baton web`',
  '?token=…',
  '["a", "b"]',
  'ws://127.0.0.1:2424/robot',
];
const LANGUAGE_NAMES = ['English', 'Deutsch', 'français', 'español', '日本語', 'العربية'];
/** What the other helper's components render, left out of this helper's screens and checked on their own. */
const THEIRS = ['.account-menu', '.robot-indicator', '.reminders-section', '.process-reminders', '.reminder-prompts', '.offline-banner'];

beforeAll(async () => {
  app = await startSignedInWebApp();
  const { processes } = await app.core.handlers['catalog.refresh']({});
  const hello = processes.find((process) => process.name === 'Hello World' && process.folderPath === 'Shared')!;
  const run = await app.core.handlers['runs.start']({ target: 'remote', processId: hello.id, inputArguments: { in_Name: 'Ada' } });
  await vi.waitFor(async () => expect((await app.core.handlers['runs.get']({ runId: run.id })).state).toBe('successful'), {
    timeout: 30_000,
    interval: 250,
  });
  page = await app.openPage(`&locale=${PSEUDO_LOCALE}#/processes`);
  await page.locator('.processes-list [role="listitem"]').first().waitFor({ timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** The data the screens show, as the core answers it now. */
async function gatherAllowed(): Promise<string[]> {
  const { handlers } = app.core;
  const catalog = await handlers['catalog.get']({});
  const runs = await handlers['runs.list']({ limit: 200 });
  const logs = await Promise.all(runs.map((run) => handlers['runs.logs']({ runId: run.id }).catch(() => ({}))));
  const jobs = await handlers['jobs.list']({ period: 'day', limit: 50 }).catch(() => ({}));
  const info = await handlers['app.info']({});
  const settings = await handlers['preferences.get']({});
  const session = await handlers['session.status']({});
  const typeNames = catalog.processes.flatMap((process) => process.inputArguments.map((arg) => shortTypeName(arg.typeName)));
  return [
    ...stringsIn([catalog, runs, logs, jobs, session]),
    ...typeNames,
    info.name,
    info.version,
    info.platform,
    ...Object.keys(info.runtimes),
    ...stringsIn(info.runtimes),
    settings.dataLocation,
    settings.robotBridgeUrl,
    ...TECHNICAL,
    ...LANGUAGE_NAMES,
  ];
}

async function show(hash: string): Promise<void> {
  await page.goto(app.url(`&locale=${PSEUDO_LOCALE}${hash}`));
  await page.getByTestId('about-version').waitFor();
  allowed = await gatherAllowed();
}

/** The untranslated strings found, one a line ('' when none), so a failure lists them all. */
const untranslated = async (within: string, exclude: readonly string[] = THEIRS) =>
  (await findUntranslated(page, { within, exclude, allowed })).join('\n');

describe('the pseudo-locale', () => {
  it('marks the page as en-XA, so a person knows what they are looking at', async () => {
    await show('#/processes');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-XA', 'ltr']);
    expect(await page.locator('nav.app-nav a').first().textContent()).toBe(pseudo.t('app.areaProcesses'));
  });

  it('finds English that skipped the catalog, so a clean result means something', async () => {
    await show('#/processes');
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.className = 'untranslated-probe';
      probe.textContent = 'Hard-coded English';
      probe.title = 'Also English';
      document.querySelector('main')?.append(probe);
    });
    try {
      expect(await untranslated('main')).toBe('p: "Hard-coded English"\np[title]: "Also English"');
    } finally {
      await page.evaluate(() => document.querySelector('.untranslated-probe')?.remove());
    }
  });
});

describe('every screen of this helper has no text outside the catalog', () => {
  it('the shell: skip link, navigation, heading and About footer', async () => {
    await show('#/processes');
    expect(await untranslated('.skip-link, nav.app-nav, main > h1, footer.app-footer')).toBe('');
  });

  it('Processes, with its favourites, recent runs, toolbar, list and runs beside it', async () => {
    await show('#/processes');
    await page.locator('.process-star').first().click();
    await page.locator('.home-tile').first().waitFor();
    await page.locator('.processes-list [role="listitem"]').first().waitFor();
    expect(await untranslated('main')).toBe('');
  });

  it('Processes grouped by folder, and a search that matches nothing', async () => {
    await show('#/processes');
    await page.locator('.processes-group input').check();
    await page.locator('[role="tree"]').waitFor();
    expect(await untranslated('main')).toBe('');
    await page.locator('.processes-search').fill('zzz-nothing');
    await page.locator('.processes-empty').waitFor();
    allowed.push('zzz-nothing'); // what the person typed, shown back to them
    expect(await untranslated('main')).toBe('');
    await page.locator('.processes-search').fill('');
    await page.locator('.processes-group input').uncheck();
  });

  it('a process’s details', async () => {
    await show('#/processes');
    await page.locator('.processes-search').fill('Invoice Intake');
    await page.locator('.process-name-button', { hasText: 'Invoice Intake' }).first().click();
    await page.locator('dialog.process-details').waitFor();
    expect(await untranslated('dialog.process-details')).toBe('');
    await page.keyboard.press('Escape');
  });

  it('the run dialog, with its validation messages', async () => {
    await show('#/processes');
    await page.locator('.processes-search').fill('Invoice Intake');
    await page
      .getByRole('button', { name: pseudo.t('processes.runProcess', { name: 'Invoice Intake' }) })
      .first()
      .click();
    const dialog = page.locator('dialog.run-dialog');
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('.field-error').first().waitFor();
    expect(await untranslated('dialog.run-dialog')).toBe('');
    await page.keyboard.press('Escape');
  });

  it('the palette, before and after typing', async () => {
    await show('#/processes');
    await page.keyboard.press('Control+k');
    await page.locator('.palette [role="option"]').first().waitFor();
    expect(await untranslated('.palette')).toBe('');
    await page.keyboard.type('inv');
    await page.locator('.palette [role="option"]').first().waitFor();
    expect(await untranslated('.palette')).toBe('');
    await page.keyboard.press('Escape');
  });

  it('Runs, with a successful run, its output and its log', async () => {
    await show('#/runs');
    await page.locator('.run-item').first().waitFor();
    expect(await untranslated('main')).toBe('');
  });

  it('Jobs, with its filters and table', async () => {
    await show('#/jobs');
    await page.locator('.jobs-table, .jobs-empty').first().waitFor({ timeout: 15_000 });
    expect(await untranslated('main')).toBe('');
  });

  it('Settings, with the language choice and the reset question', async () => {
    await show('#/settings');
    await page.locator('.preferences fieldset').first().waitFor();
    await page.locator('.preference-reset').first().click();
    await page.locator('[role="alertdialog"]').waitFor();
    expect(await untranslated('main')).toBe('');
  });

  it('the About panel in Diagnostics', async () => {
    await show('#/diagnostics');
    await page.locator('#about-heading').waitFor();
    expect(await untranslated('section[aria-labelledby="about-heading"]')).toBe('');
  });
});

// The core i18n helper's screens: reported by name until their strings are in the catalog.
describe('the core i18n helper’s screens have no text outside the catalog', () => {
  it('the header: account menu (open) and robot indicator', async () => {
    await show('#/processes');
    await page.locator('.account-trigger').click();
    await page.locator('.account-panel').waitFor();
    expect(await untranslated('header.app-header', [])).toBe('');
    await page.keyboard.press('Escape');
  });

  it('Robot', async () => {
    await show('#/robot');
    expect(await untranslated('main', [])).toBe('');
  });

  it('Diagnostics, with the checks run', async () => {
    await show('#/diagnostics');
    await page.locator('main button').first().click();
    await page.locator('main li').first().waitFor();
    // The values the checks put in their sentences (server versions, addresses, the server's own words).
    allowed.push(...messageValuesIn(await app.core.handlers['diagnostics.run']({})));
    expect(await untranslated('main', [])).toBe('');
  });

  it('reminders in Settings and in a process’s details', async () => {
    await show('#/settings');
    expect(await untranslated('.reminders-section', [])).toBe('');
    await show('#/processes');
    await page.locator('.processes-search').fill('Invoice Intake');
    await page.locator('.process-name-button', { hasText: 'Invoice Intake' }).first().click();
    await page.locator('.process-reminders').waitFor();
    expect(await untranslated('.process-reminders', [])).toBe('');
  });

  it('the sign-in screen, signed out', async () => {
    await app.core.handlers['session.signOut']({});
    try {
      await show('#/processes');
      await page.locator('main form, main .card').first().waitFor();
      expect(await untranslated('main', [])).toBe('');
    } finally {
      await app.core.handlers['session.signIn']({});
    }
  });
});

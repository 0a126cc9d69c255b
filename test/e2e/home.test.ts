import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createManualClock, type Sandbox } from '../../src/sandbox';
import type { Theme } from '../../src/shared/contract/preferences';
import { findAccessibilityViolations, formatViolations, WCAG_AA_TAGS } from '../support/axe';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// J11 in Chromium against the sandbox: Favourites and Recent at the top of Processes and in the
// palette, "Run again" (a sensitive input asked again), remembered inputs, Group by folder, sort,
// and a process's details. One sandbox, one core for the file; the sandbox runs on a manual
// clock, so jobs move only when the test says.

const sandboxClock = createManualClock();
let app: WebAppWithSandbox;
let page: Page;

/** Send Status Email also takes a SecureString, so a run of it has a sensitive input. */
function addSensitiveInput(sandbox: Sandbox): void {
  const state = sandbox.orchestrator.state;
  for (const [id, release] of state.releases) {
    if (release.name !== 'Send Status Email') continue;
    const secret = { name: 'in_SmtpPassword', type: 'System.Security.SecureString, mscorlib', required: true, hasDefault: false };
    state.releases.set(id, { ...release, inputs: [...release.inputs, secret] });
  }
  // Listings are cached by revision (touchCatalog in the sandbox's state).
  state.catalogRevision += 1;
  state.releaseListings.clear();
}

beforeAll(async () => {
  app = await startSignedInWebApp({
    sandbox: { clock: sandboxClock },
    prepare: async (core, sandbox) => {
      addSensitiveInput(sandbox);
      await core.handlers['catalog.refresh']({});
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.closePage();
});

async function openProcesses(): Promise<void> {
  page = await app.openPage('#/processes');
  // A locator that never resolves fails at its own line, not at the test's timeout.
  page.setDefaultTimeout(10_000);
  await expect
    .poll(() => page.getByRole('list', { name: 'Processes' }).getByRole('listitem').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

const favourites = () => page.getByRole('region', { name: 'Favourites' });
const recent = () => page.getByRole('region', { name: 'Recent' });
const recentItem = (name: string): Locator => recent().getByRole('listitem').filter({ hasText: name }).first();

async function search(text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search processes' }).fill(text);
}

/** Moves the sandbox's jobs on until every run Baton knows has ended. */
async function finishRuns(): Promise<void> {
  await vi.waitFor(
    async () => {
      sandboxClock.advance(5_000);
      const runs = await app.core.handlers['runs.list']({ isActive: true, isFresh: true });
      expect(runs).toEqual([]);
    },
    { timeout: 30_000, interval: 250 },
  );
}

describe('Favourites and Recent (J11)', () => {
  it('puts a favourite on top as a tile that runs in one click, then in Recent and in the palette', async () => {
    await openProcesses();
    await search('health');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Favourite Daily Health Check' }).click();
    const tile = favourites().getByRole('button', { name: 'Run Daily Health Check' });
    await tile.waitFor();

    await tile.click();
    // No inputs to ask for: no dialog, the run is on its way.
    await recentItem('Daily Health Check').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText('Started Daily Health Check (Remote)').waitFor();
    await finishRuns();
    await expect.poll(() => recentItem('Daily Health Check').textContent()).toContain('Successful');

    await page.keyboard.press('Control+KeyK');
    const palette = page.getByRole('dialog', { name: 'Quick launch' });
    await palette.waitFor();
    const paletteFavourites = palette.getByRole('group', { name: 'Favourites' });
    await paletteFavourites.getByRole('option', { name: /Daily Health Check/ }).waitFor();
    // Before the search results: the first option is the favourite.
    expect(await palette.getByRole('option').first().textContent()).toContain('Daily Health Check');
    await app.screenshot('home-palette.png', { page });
    await page.keyboard.press('Escape');
  });

  it('opens the inputs dialog from a favourite tile when the process needs an input nobody gave yet', async () => {
    await openProcesses();
    await search('invoice intake');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Favourite Invoice Intake' }).first().click();
    await favourites().getByRole('button', { name: 'Run Invoice Intake' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run Invoice Intake' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('in_Mailbox').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Favourite Invoice Intake' }).first().click();
    await favourites().getByRole('button', { name: 'Run Invoice Intake' }).waitFor({ state: 'detached' });
  });

  it('remembers the inputs, runs again with the same ones and asks for the sensitive one again', async () => {
    await openProcesses();
    await search('send status');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Run Send Status Email' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Run Send Status Email' });
    await dialog.getByLabel('in_To').fill('team@sandbox.test');
    await dialog.getByLabel('in_SmtpPassword').fill('hunter2');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'detached' });
    const first = await vi.waitFor(async () => {
      const [run] = (await app.core.handlers['runs.list']({ limit: 1 })).filter((r) => r.processName === 'Send Status Email');
      expect(run).toBeDefined();
      return run!;
    });
    expect(first.inputArguments).toEqual({ in_To: 'team@sandbox.test', in_Subject: 'Status update' });

    await recentItem('Send Status Email').getByRole('button', { name: 'Run again' }).click();
    dialog = page.getByRole('dialog', { name: 'Run Send Status Email' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('in_To').inputValue()).toBe('team@sandbox.test');
    expect(await dialog.getByLabel('in_SmtpPassword').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => dialog.getByText('in_SmtpPassword is required.').isVisible()).toBe(true);
    await dialog.getByLabel('in_SmtpPassword').fill('hunter3');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'detached' });
    await vi.waitFor(async () => {
      const runs = (await app.core.handlers['runs.list']({})).filter((r) => r.processName === 'Send Status Email');
      expect(runs).toHaveLength(2);
      expect(runs[0]!.inputArguments).toEqual(first.inputArguments);
      expect(runs[0]!.sensitiveArguments).toEqual(['in_SmtpPassword']);
    });

    // Opened afresh from the list, the form has the values from last time, but never the secret.
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Run Send Status Email' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Run Send Status Email' });
    await dialog.getByText('Filled in with the values you used last time.').waitFor();
    expect(await dialog.getByLabel('in_To').inputValue()).toBe('team@sandbox.test');
    expect(await dialog.getByLabel('in_SmtpPassword').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Reset to defaults' }).click();
    expect(await dialog.getByLabel('in_To').inputValue()).toBe('');
    expect(await dialog.getByLabel('in_Subject').inputValue()).toBe('Status update');
    expect(JSON.stringify(app.platform.settings.get('rememberedInputs'))).not.toContain('hunter');
    await page.keyboard.press('Escape');
    await finishRuns();
  });
});

describe('folders, order and details (J11)', () => {
  it("groups by folder: a tree with counts, open folders kept after a reload, a chosen folder's processes in the list", async () => {
    await openProcesses();
    await page.getByRole('checkbox', { name: 'Group by folder' }).check();
    const tree = page.getByRole('tree', { name: 'Folders' });
    await tree.waitFor({ timeout: 5_000 });
    const finance = tree.getByRole('treeitem', { name: /^Finance \(\d+\)$/ });
    expect(await finance.getAttribute('aria-expanded')).toBe('false');
    await finance.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => finance.getAttribute('aria-expanded')).toBe('true');
    const invoices = tree.getByRole('treeitem', { name: /^Invoices \(\d+\)$/ });
    // Finance's subfolders by name: Close, then Invoices.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => invoices.getAttribute('aria-selected')).toBe('true');
    const list = page.getByRole('list', { name: 'Processes' });
    await expect.poll(() => list.getByText('Invoice Intake', { exact: true }).count()).toBe(1);
    expect(await list.getByText('Hello World', { exact: true }).count()).toBe(0);
    await app.screenshot('home-group-by-folder.png', { page });

    await page.reload();
    await page
      .getByRole('tree', { name: 'Folders' })
      .getByRole('treeitem', { name: /^Invoices \(\d+\)$/ })
      .waitFor();
    await page.getByRole('checkbox', { name: 'Group by folder' }).uncheck();
  });

  it('sorts by last run and marks what the search matched', async () => {
    await openProcesses();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Last run' });
    const list = page.getByRole('list', { name: 'Processes' });
    // Send Status Email ran last (the test above).
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toContain('Send Status Email');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name' });

    await search('intake');
    await expect.poll(() => list.locator('mark').first().textContent()).toBe('Intake');
    // The description counts too: "mailbox" is only in Invoice Intake's.
    await search('mailbox');
    await expect.poll(() => list.getByText('Invoice Intake', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('opens the details from the name or with Enter on a row: version, inputs and the last runs', async () => {
    await openProcesses();
    await search('send status');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Send Status Email', exact: true }).click();
    const details = page.getByRole('dialog', { name: 'Send Status Email' });
    await details.waitFor();
    expect(await details.getByLabel('Version').textContent()).toBe('1.4.1');
    const lastRuns = details.getByRole('list', { name: 'Last runs' }).getByRole('listitem');
    await expect.poll(() => lastRuns.count()).toBe(2);
    expect(await lastRuns.first().textContent()).toContain('Successful');
    expect(await details.getByRole('rowheader', { name: 'in_SmtpPassword' }).count()).toBe(1);
    expect(await details.getByRole('link', { name: 'Open in Orchestrator' }).getAttribute('href')).toMatch(/\/processes\?fid=\d+$/);
    await app.screenshot('home-details.png', { page });
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });

    // From the keyboard: the row, then Enter.
    await page.getByRole('searchbox', { name: 'Search processes' }).press('ArrowDown');
    await page.keyboard.press('Enter');
    await details.waitFor();
    await details.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('dialog', { name: 'Run Send Status Email' }).waitFor();
    await page.keyboard.press('Escape');
  });
});

describe('the new screens pass axe in both themes', () => {
  const RULE_TAGS = [...WCAG_AA_TAGS, 'best-practice'];
  async function useTheme(theme: Exclude<Theme, 'system'>): Promise<void> {
    await app.core.handlers['preferences.update']({ theme });
    await vi.waitFor(async () => expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme));
  }
  async function expectNoViolations(name: string, theme: string): Promise<void> {
    await app.screenshot(`screens/${theme}/${name}.png`, { page });
    expect(formatViolations(await findAccessibilityViolations(page, { tags: RULE_TAGS }))).toBe('');
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`home, the folder tree, a search with marks and the details (${theme})`, async () => {
      await openProcesses();
      await useTheme(theme);
      await favourites().getByRole('button', { name: 'Run Daily Health Check' }).waitFor();
      await recent().getByRole('button', { name: 'Run again' }).first().waitFor();
      await expectNoViolations('processes-home', theme);

      await search('invoice');
      await page.getByRole('checkbox', { name: 'Group by folder' }).check();
      await page
        .getByRole('tree', { name: 'Folders' })
        .getByRole('treeitem', { name: /^Invoices/ })
        .waitFor();
      await expectNoViolations('processes-tree', theme);
      await page.getByRole('checkbox', { name: 'Group by folder' }).uncheck();

      await search('send status');
      await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Send Status Email', exact: true }).click();
      await page.getByRole('dialog', { name: 'Send Status Email' }).getByRole('list', { name: 'Last runs' }).waitFor();
      await expectNoViolations('process-details', theme);
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+KeyK');
      const palette = page.getByRole('dialog', { name: 'Quick launch' });
      await palette.getByRole('group', { name: 'Favourites' }).waitFor();
      // Recent: the processes run last that are not favourites already.
      await palette
        .getByRole('group', { name: 'Recent' })
        .getByRole('option', { name: /Send Status Email/ })
        .waitFor();
      await expectNoViolations('palette-home', theme);
      await page.keyboard.press('Escape');
    });
  }
});

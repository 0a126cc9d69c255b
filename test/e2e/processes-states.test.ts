import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Folder, Process } from '../../src/shared/contract/catalog';
import { BatonError } from '../../src/shared/errors';
import { startWebApp, type WebApp } from '../support/web-app';

// The catalog states J2 and J6 name that the sandbox cannot produce on demand in a browser test
// (a stale cache from 10:40 while a refresh runs, ten thousand processes, a core that cannot
// answer): the real core and web host, with catalog.get answering what each test sets. The
// journey itself, against the sandbox, is processes.test.ts.

let app: WebApp;
let answer: (() => Promise<Catalog>) | undefined;

beforeAll(async () => {
  app = await startWebApp({
    prepare: async (core) => {
      // The sign-in gate shows Processes only when signed in: a profile, and a status saying so.
      const profile = await core.handlers['session.profiles.add']({
        name: 'Demo',
        orchestratorUrl: 'https://orchestrator.invalid',
        makeActive: true,
      });
      core.handlers['session.status'] = async () => ({
        state: 'signed-in',
        profileId: profile.id,
        profileName: 'Demo',
        user: { name: 'Ada Lovelace' },
      });
      const real = core.handlers['catalog.get'];
      core.handlers['catalog.get'] = (params) => (answer ? answer() : real(params));
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  answer = undefined;
  await app.closePage();
});

const open = (): Promise<Page> => app.openPage('#/processes');

function process(i: number): Process {
  const folderId = i % 200;
  return {
    id: `${folderId}:release-${i}`,
    name: `Process ${String(i).padStart(5, '0')}`,
    description: i % 7 === 0 ? 'Reads invoices from the mailbox.' : 'Builds the weekly report.',
    version: '1.0.0',
    releaseId: i,
    releaseKey: `release-${i}`,
    processKey: `Process.${i}`,
    folderId,
    folderPath: `Region ${folderId % 10}/Team ${folderId}`,
    isRunnable: i % 5 !== 0,
    prefersLocal: false,
    inputArguments: [],
    isFavorite: false,
  };
}

function bigCatalog(overrides: Partial<Catalog> = {}): Catalog {
  const folders: Folder[] = Array.from({ length: 200 }, (_, id) => ({
    id,
    path: `Region ${id % 10}/Team ${id}`,
    displayName: `Team ${id}`,
  }));
  folders[7] = {
    ...folders[7]!,
    error: {
      code: 'FORBIDDEN',
      message: 'Your account lacks Releases.View in folder Region 7/Team 7.',
      hint: 'Ask an Orchestrator administrator for the Releases.View permission in that folder.',
    },
  };
  const at = new Date();
  at.setHours(10, 40, 0, 0);
  return {
    profileId: 'p1',
    folders,
    processes: Array.from({ length: 10_000 }, (_, i) => process(i)),
    refreshedAt: at.toISOString(),
    source: 'cache',
    isRefreshing: true,
    ...overrides,
  };
}

describe('catalog states in Chromium', () => {
  it('asks to sign in when the catalog says the sign-in is gone', async () => {
    answer = async () => ({
      profileId: null,
      folders: [],
      processes: [],
      refreshedAt: null,
      source: 'empty',
      isRefreshing: false,
      error: { code: 'AUTH_REQUIRED', message: 'Sign in first.', hint: 'Add a connection profile and sign in to see your processes.' },
    });
    const current = await open();
    await current.getByRole('heading', { name: 'Sign in to see your processes' }).waitFor();
    expect(await current.getByRole('list', { name: 'Processes' }).count()).toBe(0);
    expect(await current.getByRole('button', { name: 'Refresh' }).isDisabled()).toBe(true);
    await app.screenshot('e2e-processes-signed-out.png');
  });

  it('shows the core’s error with its hint and a way to try again', async () => {
    answer = async () => {
      throw new BatonError('INTERNAL', 'This part of Baton is not available in this build yet.', { hint: 'Update Baton.' });
    };
    const current = await open();
    const alert = current.getByRole('alert').filter({ hasText: 'not available in this build yet' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('INTERNAL');
    answer = async () => bigCatalog({ source: 'server', isRefreshing: false });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor({ state: 'detached' });
    await current.getByRole('list', { name: 'Processes' }).waitFor();
  });

  it('shows 10,000 cached processes at once, virtualized, with the stale time and the folder that failed', async () => {
    answer = async () => bigCatalog();
    const current = await open();
    const list = current.getByRole('list', { name: 'Processes' });
    await list.waitFor();
    const status = current.locator('.processes-status');
    await expect.poll(() => status.textContent()).toMatch(/^10,000 processes · showing processes from 10:40.* · refreshing…$/);
    expect(await current.getByRole('button', { name: 'Refresh' }).isDisabled()).toBe(true);
    const folderErrors = current.getByRole('list', { name: 'Folders that could not be listed' });
    expect(await folderErrors.textContent()).toContain('Region 7/Team 7: Your account lacks Releases.View');

    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe('10000');
    await app.screenshot('e2e-processes-stale-partial.png');

    // Jump to the end: the last rows are rendered, the first ones are gone.
    await list.getByRole('listitem').first().focus();
    await current.keyboard.press('End');
    await expect.poll(() => current.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Process 09999');
    expect(await list.getByText('Process 00000', { exact: true }).count()).toBe(0);
    expect(await list.getByRole('listitem').count()).toBeLessThan(40);

    // A view-only process says why it cannot be run.
    const viewOnly = list.getByRole('listitem').filter({ hasText: 'Process 09995' });
    expect(await viewOnly.getByRole('button', { name: 'Run Process 09995' }).isDisabled()).toBe(true);
    expect(await viewOnly.textContent()).toContain('View only: your account lacks Jobs.Create in Region 5/Team 195.');

    // The refresh lands: the list is current, the stale note goes.
    app.core.hub.emit('catalog.changed', bigCatalog({ source: 'server', isRefreshing: false, refreshedAt: new Date().toISOString() }));
    await expect.poll(() => status.textContent()).toMatch(/^10,000 processes · updated /);

    await current.getByRole('searchbox', { name: 'Search processes' }).fill('09996');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await current.getByRole('combobox', { name: 'Folder' }).selectOption('Region 6/Team 6');
    await current.getByRole('heading', { name: 'No process matches' }).waitFor();
    await current.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^10,000 processes/);
  });

  it('marks favourites with a toggle and lists them first', async () => {
    const catalog = bigCatalog({ source: 'server', isRefreshing: false });
    catalog.processes = catalog.processes.slice(0, 50);
    answer = async () => catalog;
    app.core.handlers['catalog.setFavorite'] = async ({ processId, isFavorite }) => {
      catalog.processes = catalog.processes.map((p) => (p.id === processId ? { ...p, isFavorite } : p));
      app.core.hub.emit('catalog.changed', { ...catalog });
      return catalog.processes.find((p) => p.id === processId)!;
    };
    const current = await open();
    const list = current.getByRole('list', { name: 'Processes' });
    const star = list.getByRole('button', { name: 'Favourite Process 00003' });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toContain('Process 00003');
    expect(await list.getByRole('button', { name: 'Favourite Process 00003' }).getAttribute('aria-pressed')).toBe('true');
  });
});

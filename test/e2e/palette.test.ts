import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ShowAreaParams } from '../../src/shared/contract/app';
import type { Catalog, Process } from '../../src/shared/contract/catalog';
import type { Run, StartRunParams } from '../../src/shared/contract/runs';
import { BatonError } from '../../src/shared/errors';
import { startWebApp, type WebApp } from '../support/web-app';

const process = (name: string, folderPath: string, extra: Partial<Process> = {}): Process => ({
  id: `${folderPath}:${name}`,
  name,
  description: '',
  version: '1.0.0',
  releaseId: 1,
  releaseKey: name,
  processKey: name,
  folderId: 1,
  folderPath,
  isRunnable: true,
  prefersLocal: false,
  inputArguments: [],
  isFavorite: false,
  ...extra,
});
const catalog: Catalog = {
  profileId: 'p1',
  folders: [],
  processes: [
    process('Invoice Processing', 'Finance'),
    process('Payroll Export', 'HR', { isFavorite: true }),
    process('Vendor Onboarding', 'Finance/AP', {
      inputArguments: [{ name: 'VendorId', kind: 'string', typeName: 'System.String', isRequired: true, hasDefault: false }],
    }),
    // Listed as runnable, but Orchestrator refuses to start it.
    process('Month-End Close', 'Finance/Closing'),
  ],
  refreshedAt: '2026-01-01T00:00:00Z',
  source: 'server',
  isRefreshing: false,
};

let app: WebApp;
let page: Page;
const started: StartRunParams[] = [];
const runs = new Map<string, Run>();
const shownAreas: ShowAreaParams[] = [];

beforeAll(async () => {
  app = await startWebApp({
    prepare: (core) => {
      // The catalog and runs domains are exercised against the sandbox elsewhere; here the core
      // answers with a fixed catalog, and a started run ends Successful, so only the palette is under test.
      core.handlers['catalog.get'] = async () => catalog;
      core.handlers['runs.start'] = async (params) => {
        if (params.target === 'remote' && params.processId === 'Finance/Closing:Month-End Close')
          throw new BatonError('FORBIDDEN', 'Orchestrator refused to start Month-End Close.', {
            hint: 'Ask an administrator for the Jobs.Create permission in Finance/Closing.',
          });
        started.push(params);
        const entry = params.target === 'remote' ? catalog.processes.find((p) => p.id === params.processId)! : undefined;
        const id = `run-${started.length}`;
        const common = { id, inputArguments: params.inputArguments ?? {}, state: 'running' as const, createdAt: new Date().toISOString() };
        const run: Run = entry
          ? {
              ...common,
              target: 'remote',
              profileId: 'p1',
              processId: entry.id,
              folderId: entry.folderId,
              processName: entry.name,
              jobId: started.length,
            }
          : { ...common, target: 'local', profileId: null, processKey: 'local', processName: 'Local', jobId: id };
        const ended: Run = { ...run, state: 'successful', endedAt: new Date().toISOString() };
        runs.set(run.id, ended);
        setImmediate(() => core.hub.emit('run.updated', ended));
        return run;
      };
      core.handlers['runs.get'] = async ({ runId }) => runs.get(runId)!;
      // The desktop host brings its main window forward; here the call is only recorded.
      core.handlers['app.showArea'] = async (params) => {
        shownAreas.push(params);
        return { isShown: true };
      };
    },
  });
});

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.closePage();
  started.length = 0;
  shownAreas.length = 0;
});

async function runRefusedProcess(): Promise<void> {
  await page.getByRole('combobox', { name: 'Find a process to run' }).pressSequentially('month');
  await page.getByRole('option', { name: /Month-End Close/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Orchestrator refused to start Month-End Close.' }).waitFor();
}

const focusedText = () => page.evaluate(() => document.activeElement?.textContent);

async function openPalette(): Promise<void> {
  page = await app.openPage();
  await page.getByTestId('about-version').waitFor();
  await page.keyboard.press('Control+Alt+KeyB');
  await page.getByRole('dialog', { name: 'Quick launch' }).waitFor();
}

describe('the quick-launch palette in the web host', () => {
  it('finds a process by typing and runs it with Enter, following it to Successful', async () => {
    await openPalette();
    const search = page.getByRole('combobox', { name: 'Find a process to run' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Find a process to run');
    await page.getByRole('option', { name: /Invoice Processing/ }).waitFor();
    await search.pressSequentially('invpro');
    const options = page.getByRole('listbox').getByRole('option');
    expect(await options.first().textContent()).toContain('Invoice Processing');
    await page.keyboard.press('Enter');
    const status = page.getByTestId('palette-run');
    await expect.poll(() => status.getAttribute('data-state')).toBe('successful');
    expect(started).toEqual([{ target: 'remote', processId: 'Finance:Invoice Processing' }]);
    await app.screenshot('screens/palette-light.png');
  });

  it('asks for required inputs before running, and Esc goes back then closes', async () => {
    await openPalette();
    await page.getByRole('combobox', { name: 'Find a process to run' }).pressSequentially('vendor');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Inputs for Vendor Onboarding' });
    await form.waitFor();
    await page.keyboard.type('V-42');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => started)
      .toEqual([{ target: 'remote', processId: 'Finance/AP:Vendor Onboarding', inputArguments: { VendorId: 'V-42' } }]);
    // The server has the job before the page has its answer: wait for the palette to show it.
    await form.waitFor({ state: 'detached' });

    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Quick launch' }).waitFor({ state: 'detached' });
  });

  it('switches Remote/Local with Tab and says when the robot is not there', async () => {
    await openPalette();
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Tab');
    await page.getByRole('listbox', { name: 'Local (this machine) processes' }).waitFor({ state: 'attached' });
    await page.getByRole('alert').getByRole('link', { name: 'Check Robot bridge' }).waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('screens/palette-local-dark.png');
    // Tab visits the error's Check link first, then goes on to the other target.
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('Check Robot bridge');
    await page.keyboard.press('Tab');
    await page.getByRole('listbox', { name: 'Remote (Orchestrator) processes' }).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Find a process to run');
  });

  it('offers the Check link of a refused run, and Enter on it closes the palette on Diagnostics at that check', async () => {
    await openPalette();
    await runRefusedProcess();
    const alert = page.getByRole('alert').filter({ hasText: 'Orchestrator refused to start Month-End Close.' });
    expect(await alert.textContent()).toContain('Ask an administrator for the Jobs.Create permission in Finance/Closing.');
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('Check Permission to run the process');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Quick launch' }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Diagnostics' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/diagnostics?check=run-permission');
  });

  it('in its own window (#/palette) asks the host to show Diagnostics at the check of a refused run', async () => {
    page = await app.openPage('#/palette');
    await page.getByRole('dialog', { name: 'Quick launch' }).waitFor();
    await runRefusedProcess();
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('Check Permission to run the process');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownAreas).toEqual([{ target: { kind: 'check', checkId: 'run-permission' } }]);
    // The palette window stays on its own page; the host puts it away.
    expect(await page.evaluate(() => location.hash)).toBe('#/palette');
  });

  it('in its own window starts afresh each time the window is shown again: empty query, no old run', async () => {
    page = await app.openPage('#/palette');
    const search = page.getByRole('combobox', { name: 'Find a process to run' });
    await page.getByRole('option', { name: /Invoice Processing/ }).waitFor();
    await search.pressSequentially('invpro');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('palette-run').getAttribute('data-state')).toBe('successful');

    // The desktop host hides the palette window between uses and shows it again: the page sees its visibility change.
    await page.evaluate(() => {
      let state: DocumentVisibilityState = 'hidden';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => page.getByTestId('palette-run').count()).toBe(0);
    expect(await search.inputValue()).toBe('');
    await page.getByRole('option', { name: /Invoice Processing/ }).waitFor();
  });

  it('also opens with Ctrl+K and closes with Esc, giving focus back', async () => {
    page = await app.openPage();
    const runsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Runs' });
    await runsLink.focus();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Quick launch' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Quick launch' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Runs');
  });
});

import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/sandbox';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// J2 in Chromium: alice signs in (the core's real PKCE flow, the browser leg played by the
// driver), finds a process, runs it with arguments and follows it to its end. The sandbox runs
// on a manual clock, so the test decides when a job moves; Baton itself polls in real time.

const sandboxClock = createManualClock();
let app: WebAppWithSandbox;

beforeAll(async () => {
  app = await startSignedInWebApp({ sandbox: { clock: sandboxClock } });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  await app.closePage();
});

async function openProcesses(): Promise<Page> {
  const page = await app.openPage('#/processes');
  // Only the rows in view exist in the page (the list is virtualized), so wait for any.
  await expect
    .poll(() => page.getByRole('list', { name: 'Processes' }).getByRole('listitem').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  return page;
}

/** The run's card in the "Runs" region (newest first). */
function runCard(current: Page, processName: string): Locator {
  return current
    .getByRole('region', { name: 'Runs' })
    .getByRole('listitem')
    .filter({ has: current.getByRole('heading', { name: processName, exact: true }) })
    .first();
}

/** Moves the sandbox's jobs forward in steps until Baton's UI shows `state` (Baton polls about every second). */
async function advanceUntil(card: Locator, state: string): Promise<void> {
  await expect
    .poll(
      async () => {
        sandboxClock.advance(2_000);
        return card.getByTestId('run-state').textContent();
      },
      { timeout: 20_000, interval: 250 },
    )
    .toBe(state);
}

describe('find and run a process remotely (J2) in Chromium', () => {
  it('searches, runs Invoice Intake with its arguments and follows it to Successful with its output', async () => {
    const current = await openProcesses();
    const list = current.getByRole('list', { name: 'Processes' });

    await current.getByRole('searchbox', { name: 'Search processes' }).fill('inv');
    // Both at once: the list is virtualized, so a row may be missing only because it is not rendered yet.
    const shown = async () => ({
      helloWorld: await list.getByText('Hello World', { exact: true }).count(),
      hasInvoiceIntake: (await list.getByText('Invoice Intake', { exact: true }).count()) > 0,
    });
    await expect.poll(shown).toEqual({ helloWorld: 0, hasInvoiceIntake: true });
    await app.screenshot('e2e-processes-search.png');

    await list.getByRole('button', { name: 'Run Invoice Intake' }).first().click();
    const dialog = current.getByRole('dialog', { name: 'Run Invoice Intake' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Remote' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Local' }).isDisabled()).toBe(true);

    // A required argument left empty is named before anything is sent.
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => dialog.getByText('in_Mailbox is required.').isVisible()).toBe(true);
    expect(await dialog.getByLabel('in_Mailbox').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('in_Mailbox').fill('ap@sandbox.test');
    await dialog.getByLabel('in_MaxInvoices').fill('7');
    await app.screenshot('e2e-processes-run-dialog.png');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = runCard(current, 'Invoice Intake');
    await expect.poll(() => card.getByTestId('run-state').textContent()).toMatch(/Pending|Running/);
    expect(await card.textContent()).toContain('Remote');
    expect(await card.getByRole('button', { name: 'Stop' }).isVisible()).toBe(true);
    await advanceUntil(card, 'Successful');
    await expect.poll(() => card.textContent()).toContain('Queued 7 invoices from ap@sandbox.test');
    expect(await card.getByRole('button', { name: 'Stop' }).count()).toBe(0);
    await app.screenshot('e2e-processes-successful.png', { fullPage: true });
    expect(app.pageProblems).toEqual([]);
  });

  it('shows the message of a process that faults', async () => {
    const current = await openProcesses();
    await current.getByRole('searchbox', { name: 'Search processes' }).fill('always faults');
    await current.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Run Always Faults Demo' }).first().click();
    const dialog = current.getByRole('dialog', { name: 'Run Always Faults Demo' });
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = runCard(current, 'Always Faults Demo');
    await advanceUntil(card, 'Faulted');
    await expect.poll(() => card.textContent()).toContain('Simulated failure');
    await app.screenshot('e2e-processes-faulted.png', { fullPage: true });
  });

  it('works from the keyboard: / to search, arrows to move, Enter for the details, Esc to close', async () => {
    const current = await openProcesses();
    await current.getByRole('heading', { level: 1, name: 'Processes' }).click();
    await current.keyboard.press('/');
    expect(await current.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search processes');
    await current.keyboard.type('health');
    await expect.poll(() => current.getByRole('list', { name: 'Processes' }).getByRole('listitem').count()).toBe(1);
    await current.keyboard.press('ArrowDown');
    expect(await current.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listitem');
    await current.keyboard.press('Enter');
    const dialog = current.getByRole('dialog', { name: 'Daily Health Check' });
    await dialog.waitFor();
    await current.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await current.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listitem');
  });

  it('stops a long run with "Stop" and shows it Stopped', async () => {
    const current = await openProcesses();
    await current.getByRole('searchbox', { name: 'Search processes' }).fill('long wait');
    await current.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Run Long Wait Demo' }).first().click();
    const dialog = current.getByRole('dialog', { name: 'Run Long Wait Demo' });
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = runCard(current, 'Long Wait Demo');
    await advanceUntil(card, 'Running');
    await card.getByRole('button', { name: 'Stop' }).click();
    await advanceUntil(card, 'Stopped');
  });
});

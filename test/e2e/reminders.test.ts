import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRecordingNotifier } from '../../src/main/platform/memory';
import { findAccessibilityViolations, formatViolations, WCAG_AA_TAGS } from '../support/axe';
import { createMovableClock } from '../support/movable-clock';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// J11.3 in Chromium against the sandbox: a reminder added from a process's details comes at its
// time as a notification and a prompt; nothing runs until Start. Baton's clock is real time plus
// an offset the test moves forward, firing the timers that fall due (no sleeps, no waiting minutes).

const MINUTE = 60_000;

const clock = createMovableClock();
const notifier = createRecordingNotifier();
let app: WebAppWithSandbox;
let page: Page;

beforeAll(async () => {
  app = await startSignedInWebApp({
    platform: { clock, notifier },
    prepare: (core) => core.handlers['catalog.refresh']({}),
  });
  page = await app.openPage('#/processes');
  page.setDefaultTimeout(10_000);
  await page.getByRole('list', { name: 'Processes' }).getByRole('listitem').first().waitFor({ timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** Local date and time (what the person types) `ms` from Baton's now. */
function localInputs(ms: number): { date: string; time: string } {
  const at = new Date(clock.now() + ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

const runsOf = async (name: string) => (await app.core.handlers['runs.list']({})).filter((run) => run.processName === name);

describe('reminders (J11)', () => {
  it('notifies at the time, snoozes for 10 minutes, and starts the run only on Start', async () => {
    await page.getByRole('searchbox', { name: 'Search processes' }).fill('health');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Daily Health Check', exact: true }).click();
    const details = page.getByRole('dialog', { name: 'Daily Health Check' });
    const form = details.getByRole('form', { name: 'Remind me to run Daily Health Check' });
    await form.getByRole('combobox', { name: 'Repeat' }).selectOption({ label: 'Once' });
    const { date, time } = localInputs(2 * MINUTE);
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Time').fill(time);
    await form.getByRole('button', { name: 'Add reminder' }).click();
    await form.getByText(`Reminder added: On ${date} at ${time}.`).waitFor();
    await app.screenshot('reminders-details.png', { page });
    await page.keyboard.press('Escape');

    const prompts = page.getByRole('region', { name: 'Reminders due' });
    expect(await prompts.count()).toBe(0);
    clock.advance(3 * MINUTE);
    const prompt = prompts.getByRole('alert').filter({ hasText: 'Time to run Daily Health Check' });
    await prompt.waitFor();
    expect(notifier.sent.map((sent) => sent.title)).toContain('Time to run Daily Health Check');
    expect(await runsOf('Daily Health Check')).toEqual([]);
    await app.screenshot('reminders-prompt.png', { page });

    await prompt.getByRole('button', { name: 'Snooze 10 min' }).click();
    await prompt.waitFor({ state: 'detached' });
    clock.advance(9 * MINUTE);
    expect(await prompts.getByRole('alert').count()).toBe(0);
    clock.advance(MINUTE);
    await prompt.waitFor();
    expect(await runsOf('Daily Health Check')).toEqual([]);

    await prompt.getByRole('button', { name: 'Start' }).click();
    await page.getByText('Started Daily Health Check; follow it under Runs.').waitFor();
    await vi.waitFor(async () => expect(await runsOf('Daily Health Check')).toHaveLength(1));
    expect(await prompts.getByRole('alert').count()).toBe(0);
  });

  it('lists every reminder in Settings, where one is removed', async () => {
    await app.core.handlers['reminders.add']({
      processId: (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Hello World')!.id,
      rule: { kind: 'weekdays', time: '09:00' },
    });
    await page.goto(app.url('#/settings'));
    const list = page.getByRole('list', { name: 'Reminders' });
    await list.getByText('Weekdays at 09:00').waitFor();
    await list.getByRole('button', { name: 'Remove reminder for Hello World' }).click();
    await expect.poll(() => list.getByText('Weekdays at 09:00').count()).toBe(0);
    expect((await app.core.handlers['reminders.list']({})).some((r) => r.processName === 'Hello World')).toBe(false);
  });

  it('edits a reminder in place from Settings with the keyboard: same reminder, new time, focus back on Edit', async () => {
    const processId = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Send Status Email')!.id;
    const added = await app.core.handlers['reminders.add']({ processId, rule: { kind: 'daily', time: '08:15' } });
    await page.goto(app.url('#/settings'));
    const list = page.getByRole('list', { name: 'Reminders' });
    await list.getByText('Every day at 08:15').waitFor();
    const edit = list.getByRole('button', { name: 'Edit reminder for Send Status Email' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const form = list.getByRole('form', { name: 'Edit reminder for Send Status Email' });
    const repeat = form.getByRole('combobox', { name: 'Repeat' });
    await vi.waitFor(async () => expect(await repeat.evaluate((element) => element === document.activeElement)).toBe(true));
    await repeat.selectOption({ label: 'Weekdays' });
    await form.getByLabel('Time').fill('17:30');
    for (const theme of ['light', 'dark'] as const) {
      await app.core.handlers['preferences.update']({ theme });
      await vi.waitFor(async () => expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme));
      await app.screenshot(`screens/${theme}/reminders-edit.png`, { page });
      expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');
    }
    await form.getByRole('button', { name: 'Save' }).press('Enter');
    await list.getByText('Weekdays at 17:30').waitFor();
    await vi.waitFor(async () => expect(await edit.evaluate((element) => element === document.activeElement)).toBe(true));
    const stored = (await app.core.handlers['reminders.list']({})).filter((reminder) => reminder.processId === processId);
    expect(stored).toEqual([expect.objectContaining({ id: added.id, rule: { kind: 'weekdays', time: '17:30' }, isEnabled: true })]);

    // Turned off: kept, marked off; the core holds it off.
    await edit.click();
    await form.getByRole('checkbox', { name: 'On' }).uncheck();
    await form.getByRole('button', { name: 'Save' }).click();
    await list.getByText('Weekdays at 17:30 · off').waitFor();
    expect((await app.core.handlers['reminders.list']({})).find((reminder) => reminder.id === added.id)?.isEnabled).toBe(false);
  });

  it('says why an edit is refused and keeps the reminder as it was', async () => {
    const processId = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Hello World')!.id;
    const added = await app.core.handlers['reminders.add']({ processId, rule: { kind: 'daily', time: '07:00' } });
    await page.goto(app.url('#/settings'));
    const list = page.getByRole('list', { name: 'Reminders' });
    await list.getByRole('button', { name: 'Edit reminder for Hello World' }).click();
    const form = list.getByRole('form', { name: 'Edit reminder for Hello World' });
    await form.getByRole('combobox', { name: 'Repeat' }).selectOption({ label: 'Once' });
    await form.getByLabel('Date').fill('2020-01-01');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'That time has passed.' }).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await list.getByText('Every day at 07:00').waitFor();
    expect((await app.core.handlers['reminders.list']({})).find((reminder) => reminder.id === added.id)?.rule).toEqual({
      kind: 'daily',
      time: '07:00',
    });
  });

  it("edits a reminder from a process's details too, where Escape leaves the edit and not the details", async () => {
    await page.goto(app.url('#/processes'));
    await page.getByRole('searchbox', { name: 'Search processes' }).fill('send status');
    await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Send Status Email', exact: true }).click();
    const details = page.getByRole('dialog', { name: 'Send Status Email' });
    const edit = details.getByRole('button', { name: 'Edit reminder for Weekdays at 17:30' });
    await edit.click();
    const form = details.getByRole('form', { name: 'Edit reminder for Weekdays at 17:30' });
    await form.getByRole('combobox', { name: 'Repeat' }).press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await details.isVisible()).toBe(true);
    await vi.waitFor(async () => expect(await edit.evaluate((element) => element === document.activeElement)).toBe(true));

    await edit.press('Enter');
    await form.getByLabel('Time').fill('18:05');
    await form.getByRole('checkbox', { name: 'On' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await details.getByText(/^Weekdays at 18:05 · next /).waitFor();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
  });

  it('shows the prompt and the reminder form without axe violations, in both themes', async () => {
    const processId = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Leave Balance Report')!.id;
    const { date, time } = localInputs(2 * MINUTE);
    await app.core.handlers['reminders.add']({ processId, rule: { kind: 'once', date, time } });
    await page.goto(app.url('#/processes'));
    clock.advance(3 * MINUTE);
    await page.getByRole('region', { name: 'Reminders due' }).getByRole('alert').waitFor();
    for (const theme of ['light', 'dark'] as const) {
      await app.core.handlers['preferences.update']({ theme });
      await vi.waitFor(async () => expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme));
      // The list is virtualized: search so the row is rendered.
      await page.getByRole('searchbox', { name: 'Search processes' }).fill('leave balance');
      await page.getByRole('list', { name: 'Processes' }).getByRole('button', { name: 'Leave Balance Report', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Leave Balance Report' })
        .getByRole('form', { name: /Remind me/ })
        .waitFor();
      await app.screenshot(`screens/${theme}/reminders.png`, { page });
      expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');
      await page.keyboard.press('Escape');
      await page.goto(app.url('#/processes'));
      await page.getByRole('region', { name: 'Reminders due' }).getByRole('alert').waitFor();
      expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');
    }
  });

  // Last: it changes the active profile (and puts it back).
  it("says so when a reminder's profile is not the active one, and offers to switch instead of Start", async () => {
    const processId = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === 'Daily Health Check')!.id;
    const { date, time } = localInputs(2 * MINUTE);
    const reminder = await app.core.handlers['reminders.add']({ processId, rule: { kind: 'once', date, time } });
    const sandboxId = reminder.profileId!;
    const spare = await app.core.handlers['session.profiles.add']({
      name: 'Spare',
      orchestratorUrl: app.sandbox.orchestratorUrl,
      makeActive: true,
    } as never);
    await page.goto(app.url('#/processes'));
    clock.advance(3 * MINUTE);
    const prompt = page
      .getByRole('region', { name: 'Reminders due' })
      .getByRole('alert')
      .filter({ hasText: 'Time to run Daily Health Check' })
      .filter({ hasText: 'For Sandbox, which is not the active profile.' });
    await prompt.waitFor();
    expect(await prompt.getByRole('button', { name: 'Start' }).count()).toBe(0);
    await expect(app.core.handlers['reminders.answer']({ id: reminder.id, answer: 'start' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await app.screenshot('screens/dark/reminder-other-profile.png', { page });
    expect(formatViolations(await findAccessibilityViolations(page, { tags: [...WCAG_AA_TAGS, 'best-practice'] }))).toBe('');

    await prompt.getByRole('button', { name: 'Switch to Sandbox' }).click();
    const own = page
      .getByRole('region', { name: 'Reminders due' })
      .getByRole('alert')
      .filter({ hasText: 'Time to run Daily Health Check' });
    await own.getByRole('button', { name: 'Start' }).waitFor();
    expect((await app.core.handlers['session.status']({})).profileId).toBe(sandboxId);
    expect(await own.getByText('which is not the active profile').count()).toBe(0);
    await own.getByRole('button', { name: 'Dismiss' }).click();
    await app.core.handlers['session.profiles.remove']({ id: spare.id });
  });
});

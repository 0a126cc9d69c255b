import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRecordingNotifier } from '../../src/main/platform/memory';
import { createMovableClock } from '../support/movable-clock';
import { startSignedInWebApp } from '../support/signed-in-web-app';
import type { WebAppWithSandbox } from '../support/web-app';

// A reminder's notification and prompt in Chromium against the sandbox, used from the keyboard:
// the notification carries Start, Snooze 10 min and Dismiss (buttons where the desktop can show
// them) and leads to the prompt in the page, where the same three buttons are. Snooze brings it
// back after ten minutes of Baton's clock, Dismiss ends it, and a run starts only on Start.

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
  page = await app.openPage('#/runs');
  page.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const runsOf = async (name: string) => (await app.core.handlers['runs.list']({})).filter((run) => run.processName === name);
const reminderNotifications = (name: string) =>
  notifier.sent.filter((sent) => sent.kind === 'reminder' && sent.title === `Time to run ${name}`);

/** A one-off reminder due in a minute of Baton's clock; returns its id. */
async function remindInAMinute(name: string): Promise<string> {
  const processId = (await app.core.handlers['catalog.get']({})).processes.find((p) => p.name === name)!.id;
  const at = new Date(clock.now() + 2 * MINUTE);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const reminder = await app.core.handlers['reminders.add']({
    processId,
    rule: { kind: 'once', date, time: `${pad(at.getHours())}:${pad(at.getMinutes())}` },
  });
  return reminder.id;
}

describe('a reminder’s notification and prompt', () => {
  it('leads to its prompt, where the keyboard snoozes it for 10 minutes and then dismisses it, and nothing runs', async () => {
    const id = await remindInAMinute('Leave Balance Report');
    clock.advance(3 * MINUTE);
    const prompt = page
      .getByRole('region', { name: 'Reminders due' })
      .getByRole('alert')
      .filter({ hasText: 'Time to run Leave Balance Report' });
    await prompt.waitFor();
    const [sent] = reminderNotifications('Leave Balance Report');
    expect(sent?.actions?.map((action) => action.label)).toEqual(['Start', 'Snooze 10 min', 'Dismiss']);
    expect(sent?.target).toEqual({ kind: 'reminder', reminderId: id });

    // Where a click on the notification leads: the prompt's Start has the focus.
    await page.goto(app.url(`#/processes?reminder=${id}`));
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'detached' });
    await page.getByText('Leave Balance Report: reminded again in 10 minutes.').waitFor();

    clock.advance(9 * MINUTE);
    expect(reminderNotifications('Leave Balance Report')).toHaveLength(1);
    clock.advance(MINUTE);
    await prompt.waitFor();
    expect(reminderNotifications('Leave Balance Report')).toHaveLength(2);

    await prompt.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'detached' });
    clock.advance(24 * 60 * MINUTE);
    expect(reminderNotifications('Leave Balance Report')).toHaveLength(2);
    expect(await app.core.handlers['reminders.prompts']({})).toEqual([]);
    expect(await runsOf('Leave Balance Report')).toEqual([]);
  });

  it('starts the run from the notification’s Start button, and only then', async () => {
    await remindInAMinute('Daily Health Check');
    clock.advance(3 * MINUTE);
    await vi.waitFor(() => expect(reminderNotifications('Daily Health Check')).toHaveLength(1));
    const prompt = page
      .getByRole('region', { name: 'Reminders due' })
      .getByRole('alert')
      .filter({ hasText: 'Time to run Daily Health Check' });
    await prompt.waitFor();
    expect(await runsOf('Daily Health Check')).toEqual([]);

    // What the desktop host does when the person presses Start on the notification (macOS).
    const [sent] = reminderNotifications('Daily Health Check');
    expect(await app.core.handlers['notifications.act']({ id: sent!.id, action: 'start' })).toEqual({});
    await vi.waitFor(async () => expect(await runsOf('Daily Health Check')).toHaveLength(1));
    expect(await app.core.handlers['reminders.prompts']({})).toEqual([]);
    // Back in the window, the prompt answered on the notification is gone.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await prompt.waitFor({ state: 'detached' });
    // A button answers once.
    await expect(app.core.handlers['notifications.act']({ id: sent!.id, action: 'start' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await runsOf('Daily Health Check')).toHaveLength(1);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { decideCatchUp, decideReminder, decideRunEnd, decideSessionChange } from '../../../src/main/notifications';
import { DEFAULT_PREFERENCES } from '../../../src/main/preferences';
import type { BatonNotification } from '../../../src/shared/contract/app';
import type { ReminderPrompt } from '../../../src/shared/contract/reminders';
import type { Run } from '../../../src/shared/contract/runs';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { notificationActionLabel, notificationWords } from '../../../src/shared/notification-text';
import { remoteRun } from '../../support/runs';

// The core says notifications as message ids; each host puts them into the person's language.
// The English strings beside them are pinned here by hand, so the ids cannot drift from today's words.

const choices = structuredClone(DEFAULT_PREFERENCES).notifications;
const run = (state: Run['state'], extra: Partial<Run> = {}): Run =>
  remoteRun({ profileId: 'p', processId: '1:a', processName: 'Invoices', state, createdAt: '2026-01-01T00:00:00Z', ...extra } as never);
const sent = (draft: Omit<BatonNotification, 'id' | 'sentAt'> | null): BatonNotification => ({
  ...draft!,
  id: 'n1',
  sentAt: '2026-01-01T00:00:00Z',
});
const reminder = (isMissed: boolean): ReminderPrompt =>
  ({
    reminder: {
      id: 'm1',
      profileId: 'p',
      profileName: 'Demo',
      isForActiveProfile: true,
      processId: '1:a',
      processName: 'Invoices',
      folderPath: 'Finance',
      rule: { kind: 'daily', time: '09:00' },
      isEnabled: true,
      nextAt: '2026-01-01T09:00:00Z',
    },
    dueAt: '2026-01-01T09:00:00Z',
    isMissed,
  }) as ReminderPrompt;

let en: Translator;
let de: Translator;
let ja: Translator;
beforeAll(async () => {
  [en, de, ja] = await Promise.all([loadTranslator('en'), loadTranslator('de'), loadTranslator('ja')]);
});

describe('notifications in the person’s language', () => {
  it('says a run’s end in English exactly as before, and in German from the same ids', () => {
    const notification = sent(decideRunEnd('running', run('successful'), choices));
    expect([notification.title, notification.body]).toEqual(['Invoices finished', 'Successful.']);
    expect(notificationWords(en, notification)).toEqual({ title: 'Invoices finished', body: 'Successful.' });
    expect(notificationWords(de, notification)).toEqual({ title: 'Invoices ist fertig', body: 'Erfolgreich.' });
  });

  it('keeps a fault’s own reason as it is, in every language', () => {
    const notification = sent(
      decideRunEnd('running', run('faulted', { error: { code: 'INTERNAL', message: 'Selector not found' } }), choices),
    );
    expect(notificationWords(de, notification)).toEqual({ title: 'Invoices ist fehlgeschlagen', body: 'Selector not found' });
  });

  it('counts the runs an outage hid with the language’s plural, one line each', () => {
    const notification = sent(decideCatchUp([run('successful'), run('faulted', { id: 'r2', processName: 'Payroll' })], choices));
    expect(notification.title).toBe('2 runs finished while you were offline');
    expect(notificationWords(de, notification)).toEqual({
      title: '2 Ausführungen wurden beendet, während Sie offline waren',
      body: 'Invoices: erfolgreich\nPayroll: fehlgeschlagen',
    });
    expect(notificationWords(ja, notification).title).toBe('オフラインの間に 2 件の実行が終了しました');
  });

  it('says an expired sign-in and a reminder, and labels the reminder’s buttons', () => {
    const expired = sent(
      decideSessionChange(
        { state: 'signed-in', profileId: 'p', profileName: 'Demo', user: { name: 'Ada' } },
        { state: 'signed-out', profileId: 'p', profileName: 'Demo', user: null, problem: { code: 'AUTH_REQUIRED', message: 'x' } },
        choices,
      ),
    );
    expect(expired.body).toBe('Sign in again to Demo to keep running processes.');
    expect(notificationWords(de, expired).title).toBe('Anmeldung abgelaufen');

    const missed = sent(decideReminder(reminder(true), choices));
    expect([missed.title, missed.body]).toEqual([
      'Missed: time to run Invoices',
      'It came while Baton was closed. Start it now, snooze it for 10 minutes or dismiss it.',
    ]);
    expect(missed.actions?.map((action) => action.label)).toEqual(['Start', 'Snooze 10 min', 'Dismiss']);
    expect(notificationWords(ja, missed).body).toBe(
      'Baton が閉じている間に届きました。今すぐ開始するか、10 分後に再通知するか、閉じてください。',
    );
    expect(missed.actions?.map((action) => notificationActionLabel(de, action.id))).toEqual(['Starten', '10 Min. später', 'Verwerfen']);
  });
});

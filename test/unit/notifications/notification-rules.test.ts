import { describe, expect, it } from 'vitest';
import { decideCatchUp, decideReminder, decideRobotChange, decideRunEnd, decideSessionChange } from '../../../src/main/notifications';
import { DEFAULT_PREFERENCES } from '../../../src/main/preferences';
import type { ReminderPrompt } from '../../../src/shared/contract/reminders';
import type { RemoteRun, Run } from '../../../src/shared/contract/runs';
import { remoteRun } from '../../support/runs';
import type { Preferences } from '../../../src/shared/contract/preferences';
import type { SessionStatus } from '../../../src/shared/model';

const run = (state: Run['state'], extra: Partial<RemoteRun> = {}): Run =>
  remoteRun({ profileId: 'p', processId: '1:a', processName: 'Invoices', state, createdAt: '2026-01-01T00:00:00Z', ...extra });
const choices = (change: (p: Preferences) => void = () => {}): Preferences['notifications'] => {
  const copy = structuredClone(DEFAULT_PREFERENCES);
  change(copy);
  return copy.notifications;
};
const paused = choices((p) => void (p.notifications.isPaused = true));
const signedIn: SessionStatus = { state: 'signed-in', profileId: 'p', profileName: 'Demo', user: { name: 'Ada' } };

describe('notification rules', () => {
  it('announces a successful end that this app saw, leading to the run', () => {
    expect(decideRunEnd('running', run('successful'), choices())).toMatchObject({
      kind: 'run-finished',
      title: 'Invoices finished',
      body: 'Successful.',
      target: { kind: 'run', runId: 'r1' },
    });
  });

  it('gives the reason of a fault', () => {
    const faulted = run('faulted', { error: { code: 'INTERNAL', message: 'Selector not found' } });
    expect(decideRunEnd('running', faulted, choices())?.body).toBe('Selector not found');
  });

  it('announces a stop', () => {
    expect(decideRunEnd('stopping', run('stopped'), choices())?.title).toBe('Invoices was stopped');
  });

  it('stays quiet for progress, for runs first seen finished, and for repeats', () => {
    expect(decideRunEnd('pending', run('running'), choices())).toBeNull();
    expect(decideRunEnd(undefined, run('successful'), choices())).toBeNull();
    expect(decideRunEnd('successful', run('successful'), choices())).toBeNull();
  });

  it('says nothing at all while notifications are paused', () => {
    expect(decideRunEnd('running', run('faulted'), paused)).toBeNull();
    expect(decideCatchUp([run('faulted')], paused)).toBeNull();
    const expired: SessionStatus = { ...signedIn, state: 'signed-out', user: null, problem: { code: 'AUTH_REQUIRED', message: 'Expired' } };
    expect(decideSessionChange(signedIn, expired, paused)).toBeNull();
  });

  it('respects each kind on its own', () => {
    const noSuccess = choices((p) => void (p.notifications.kinds.runSuccessful = false));
    expect(decideRunEnd('running', run('successful'), noSuccess)).toBeNull();
    expect(decideRunEnd('running', run('faulted'), noSuccess)).not.toBeNull();
  });

  it('announces an expired sign-in but not a sign-out the person chose', () => {
    const expired: SessionStatus = { ...signedIn, state: 'signed-out', user: null, problem: { code: 'AUTH_REQUIRED', message: 'Expired' } };
    expect(decideSessionChange(signedIn, expired, choices())).toMatchObject({ kind: 'sign-in-expired' });
    const chose: SessionStatus = { ...signedIn, state: 'signed-out', user: null };
    expect(decideSessionChange(signedIn, chose, choices())).toBeNull();
    expect(
      decideSessionChange(
        signedIn,
        expired,
        choices((p) => void (p.notifications.kinds.signInExpired = false)),
      ),
    ).toBeNull();
  });

  it('announces a pairing request once, leading to the Robot page', () => {
    const ready = { state: 'ready' as const, url: 'ws://127.0.0.1:2424/robot', activeJobs: 0 };
    const asking = { ...ready, state: 'pairing-required' as const };
    expect(decideRobotChange(ready, asking, choices())).toMatchObject({ kind: 'robot-pairing', target: { kind: 'area', area: 'robot' } });
    expect(decideRobotChange(asking, asking, choices())).toBeNull();
  });
});

describe('the offline catch-up', () => {
  it('tells one run that ended meanwhile, leading to it', () => {
    expect(decideCatchUp([run('successful')], choices())).toMatchObject({
      kind: 'runs-caught-up',
      title: 'A run finished while you were offline',
      body: 'Invoices: successful',
      target: { kind: 'run', runId: 'r1' },
    });
  });

  it('tells several in one notification that leads to the Runs page', () => {
    const told = decideCatchUp([run('successful'), run('faulted', { id: 'r2', processName: 'Payroll' })], choices());
    expect(told).toMatchObject({ title: '2 runs finished while you were offline', target: { kind: 'area', area: 'runs' } });
    expect(told?.body.split('\n')).toEqual(['Invoices: successful', 'Payroll: faulted']);
  });

  it('leaves out the kinds the person turned off, and says nothing when none is left', () => {
    const noSuccess = choices((p) => void (p.notifications.kinds.runSuccessful = false));
    expect(decideCatchUp([run('successful'), run('faulted', { id: 'r2' })], noSuccess)).toMatchObject({
      title: 'A run finished while you were offline',
      target: { kind: 'run', runId: 'r2' },
    });
    expect(decideCatchUp([run('successful')], noSuccess)).toBeNull();
    expect(decideCatchUp([], choices())).toBeNull();
  });
});

describe('reminders', () => {
  const prompt = (
    isMissed: boolean,
    profile: { isForActiveProfile: boolean; profileName: string } = { isForActiveProfile: true, profileName: 'Demo' },
  ): ReminderPrompt =>
    ({
      reminder: {
        id: 'm1',
        profileId: 'p',
        ...profile,
        processId: '1:a',
        processName: 'Invoices',
        folderPath: 'Finance',
        rule: { kind: 'daily', time: '09:00' },
        isEnabled: true,
      },
      dueAt: '2026-01-01T09:00:00Z',
      isMissed,
    }) as ReminderPrompt;

  it('asks Start, Snooze 10 min or Dismiss, leading to its prompt', () => {
    expect(decideReminder(prompt(false), choices())).toMatchObject({
      kind: 'reminder',
      title: 'Time to run Invoices',
      target: { kind: 'reminder', reminderId: 'm1' },
      actions: [
        { id: 'start', label: 'Start' },
        { id: 'snooze', label: 'Snooze 10 min' },
        { id: 'dismiss', label: 'Dismiss' },
      ],
    });
  });

  it('offers no Start for another profile’s reminder, and says which profile it is for', () => {
    const told = decideReminder(prompt(false, { isForActiveProfile: false, profileName: 'Production' }), choices());
    expect(told?.actions?.map((action) => action.id)).toEqual(['snooze', 'dismiss']);
    expect(told?.body).toContain('Production');
  });

  it('says a missed one was missed, and is silenced only by Pause', () => {
    expect(decideReminder(prompt(true), choices())?.title).toBe('Missed: time to run Invoices');
    expect(decideReminder(prompt(false), paused)).toBeNull();
  });
});

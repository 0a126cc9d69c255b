import { describe, expect, it } from 'vitest';
import { decideNotification, isServiceNotificationAllowed } from '../../../src/main/electron';
import { DEFAULT_PREFERENCES } from '../../../src/main/preferences';
import type { Run } from '../../../src/shared/contract/runs';
import type { Preferences } from '../../../src/shared/contract/settings';
import type { SessionStatus } from '../../../src/shared/model';

const run = (state: Run['state'], extra: Partial<Run> = {}): Run => ({
  id: 'r1',
  target: 'remote',
  profileId: 'p',
  processId: '1:a',
  processName: 'Invoices',
  inputArguments: {},
  state,
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
});
const prefs = (change: (p: Preferences) => void = () => {}): Preferences => {
  const copy = structuredClone(DEFAULT_PREFERENCES);
  change(copy);
  return copy;
};
const signedIn: SessionStatus = { state: 'signed-in', profileId: 'p', profileName: 'Demo', user: { name: 'Ada' } };

describe('notification rules', () => {
  it('announces a successful end that this app saw, opening the run on click', () => {
    expect(decideNotification({ type: 'run-updated', previousState: 'running', run: run('successful') }, prefs())).toEqual({
      kind: 'run-finished',
      title: 'Invoices finished',
      body: 'Successful.',
      target: 'run:r1',
    });
  });

  it('gives the reason of a fault', () => {
    const faulted = run('faulted', { error: { code: 'INTERNAL', message: 'Selector not found' } });
    expect(decideNotification({ type: 'run-updated', previousState: 'running', run: faulted }, prefs())?.body).toBe('Selector not found');
  });

  it('announces a stop', () => {
    expect(decideNotification({ type: 'run-updated', previousState: 'stopping', run: run('stopped') }, prefs())?.title).toBe(
      'Invoices was stopped',
    );
  });

  it('stays quiet for progress, for runs first seen finished, and for repeats', () => {
    expect(decideNotification({ type: 'run-updated', previousState: 'pending', run: run('running') }, prefs())).toBeNull();
    expect(decideNotification({ type: 'run-updated', previousState: undefined, run: run('successful') }, prefs())).toBeNull();
    expect(decideNotification({ type: 'run-updated', previousState: 'successful', run: run('successful') }, prefs())).toBeNull();
  });

  it('says nothing at all while notifications are paused', () => {
    const paused = prefs((p) => void (p.notifications.isPaused = true));
    expect(decideNotification({ type: 'run-updated', previousState: 'running', run: run('faulted') }, paused)).toBeNull();
    expect(isServiceNotificationAllowed({ kind: 'info', title: 't', body: 'b' }, paused)).toBe(false);
  });

  it('respects each kind on its own', () => {
    const noSuccess = prefs((p) => void (p.notifications.kinds.runSuccessful = false));
    expect(decideNotification({ type: 'run-updated', previousState: 'running', run: run('successful') }, noSuccess)).toBeNull();
    expect(decideNotification({ type: 'run-updated', previousState: 'running', run: run('faulted') }, noSuccess)).not.toBeNull();
  });

  it('announces an expired sign-in but not a sign-out the person chose', () => {
    const expired: SessionStatus = { ...signedIn, state: 'signed-out', user: null, problem: { code: 'AUTH_REQUIRED', message: 'Expired' } };
    expect(decideNotification({ type: 'session-changed', previous: signedIn, next: expired }, prefs())).toMatchObject({
      kind: 'sign-in-expired',
    });
    const chose: SessionStatus = { ...signedIn, state: 'signed-out', user: null };
    expect(decideNotification({ type: 'session-changed', previous: signedIn, next: chose }, prefs())).toBeNull();
  });

  it('announces a pairing request once', () => {
    const ready = { state: 'ready' as const, url: 'ws://127.0.0.1:2424/robot', activeJobs: 0 };
    const asking = { ...ready, state: 'pairing-required' as const };
    expect(decideNotification({ type: 'robot-changed', previous: ready, next: asking }, prefs())).toMatchObject({
      kind: 'robot-pairing',
      target: 'area:robot',
    });
    expect(decideNotification({ type: 'robot-changed', previous: asking, next: asking }, prefs())).toBeNull();
  });

  it('drops the run service’s own run-end notification, which the shell replaces', () => {
    expect(isServiceNotificationAllowed({ kind: 'run-finished', title: 'x', body: '' }, prefs())).toBe(false);
  });
});

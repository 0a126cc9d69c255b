import { describe, expect, it } from 'vitest';
import { events, methods } from '../../../src/shared/api';
import { accepted, refusal, x } from '../../support/contract-params';

// Where Baton leads and what a notification carries (docs/desktop-shell.md), written out by hand:
// would catch a target kind or area that is lost or let through, or a notification field dropped.

describe('app', () => {
  it('answers a notification through one of its buttons', () => {
    for (const action of ['start', 'snooze', 'dismiss'])
      expect(accepted('notifications.act', { id: 'n1', action })).toEqual({ id: 'n1', action });
    refusal('notifications.act', { id: 'n1', action: 'open' });
    refusal('notifications.act', { id: '', action: 'start' });
    refusal('notifications.act', { id: x(101), action: 'start' });
  });

  it.each([
    { kind: 'run', runId: 'r1' },
    { kind: 'area', area: 'processes' },
    { kind: 'area', area: 'runs' },
    { kind: 'area', area: 'jobs' },
    { kind: 'area', area: 'robot' },
    { kind: 'area', area: 'diagnostics' },
    { kind: 'area', area: 'settings' },
    { kind: 'check', checkId: 'tls' },
    { kind: 'process', processId: '1:k' },
    { kind: 'reminder', reminderId: 'r1' },
  ])('shows the target %j', (target) => {
    expect(accepted('app.showArea', { target })).toEqual({ target });
  });

  it.each([
    { kind: 'run', runId: '' },
    { kind: 'run', runId: x(201) },
    { kind: 'area', area: 'reports' },
    { kind: 'check', checkId: 'disk' },
    { kind: 'process', processId: '' },
    { kind: 'process', processId: x(201) },
    { kind: 'reminder', reminderId: '' },
    { kind: 'reminder', reminderId: x(101) },
    { kind: 'run', runId: 'r1', area: 'runs' },
    { kind: 'window' },
  ])('refuses the target %j', (target) => {
    refusal('app.showArea', { target });
  });
});

describe('notifications', () => {
  const notification = {
    id: 'n1',
    kind: 'reminder',
    title: 'Time to run Hello',
    body: 'Daily at 09:00',
    target: { kind: 'reminder', reminderId: 'm1' },
    actions: [
      { id: 'start', label: 'Start' },
      { id: 'snooze', label: 'Snooze 10 min' },
      { id: 'dismiss', label: 'Dismiss' },
    ],
    sentAt: '2026-01-01T09:00:00Z',
  };

  it('keeps every field of a notification', () => {
    expect(events['notification.shown'].parse(notification)).toEqual(notification);
  });

  it.each(['run-finished', 'runs-caught-up', 'sign-in-expired', 'robot-pairing', 'reminder', 'info'])('takes the kind %s', (kind) => {
    expect(events['notification.shown'].parse({ ...notification, kind })).toMatchObject({ kind });
  });

  it('refuses a notification without a required field, or with an unknown button', () => {
    for (const key of ['id', 'kind', 'title', 'body', 'sentAt']) {
      const { [key as keyof typeof notification]: _dropped, ...partial } = notification;
      expect(events['notification.shown'].safeParse(partial).success, key).toBe(false);
    }
    expect(events['notification.shown'].safeParse({ ...notification, actions: [{ id: 'open', label: 'Open' }] }).success).toBe(false);
  });

  it('answers where to go next, if anywhere', () => {
    expect(methods['notifications.act'].result.parse({ show: { kind: 'process', processId: '1:k' } })).toEqual({
      show: { kind: 'process', processId: '1:k' },
    });
    expect(methods['app.showArea'].result.parse({ isShown: true })).toEqual({ isShown: true });
    expect(methods['app.showArea'].result.safeParse({}).success).toBe(false);
  });
});

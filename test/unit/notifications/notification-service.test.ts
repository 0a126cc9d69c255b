import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createEventHub } from '../../../src/main/lib';
import { createNotificationService } from '../../../src/main/notifications';
import { createManualClock, createRecordingNotifier } from '../../../src/main/platform/memory';
import { DEFAULT_PREFERENCES } from '../../../src/main/preferences';
import type { BatonNotification } from '../../../src/shared/contract/app';
import type { ReminderPrompt } from '../../../src/shared/contract/reminders';
import type { Run } from '../../../src/shared/contract/runs';
import { remoteRun } from '../../support/runs';
import type { Preferences } from '../../../src/shared/contract/preferences';

const run = (id: string, state: Run['state'], processName = 'Invoices'): Run =>
  remoteRun({ id, profileId: 'p', processId: '1:a', processName, state, createdAt: '2026-01-01T00:00:00Z' });

const reminder = {
  id: 'm1',
  profileId: 'p',
  profileName: 'Demo',
  isForActiveProfile: true,
  isEnabled: true,
  processId: '1:a',
  processName: 'Invoices',
  folderPath: 'Finance',
  rule: { kind: 'daily', time: '09:00' },
};

function setUp(options: { activeRuns?: Run[] } = {}) {
  const hub = createEventHub();
  const notifier = createRecordingNotifier();
  const shown: BatonNotification[] = [];
  const preferences: Preferences = structuredClone(DEFAULT_PREFERENCES);
  const catchingUp = new Set<string>();
  const answerReminder = vi.fn(async () => ({}));
  let nextId = 0;
  const service = createNotificationService({
    events: hub,
    preferences: { current: () => preferences },
    notifier,
    onShown: (notification) => shown.push(notification),
    isCatchingUp: (r) => catchingUp.has(r.id),
    activeRuns: async () => options.activeRuns ?? [],
    answerReminder,
    clock: createManualClock(),
    newId: () => `n${++nextId}`,
  });
  service.start();
  onTestFinished(() => service.dispose());
  return { hub, notifier, shown, preferences, catchingUp, answerReminder, service };
}

describe('the notifications domain', () => {
  it('sends one notification when a run it saw going ends, to the host and to every page', () => {
    const { hub, notifier, shown } = setUp();
    hub.emit('run.updated', run('r1', 'pending'));
    hub.emit('run.updated', run('r1', 'running'));
    hub.emit('run.updated', run('r1', 'successful'));
    hub.emit('run.updated', run('r1', 'successful'));
    expect(notifier.sent.map((n) => [n.title, n.target])).toEqual([['Invoices finished', { kind: 'run', runId: 'r1' }]]);
    expect(shown).toEqual(notifier.sent);
  });

  it('counts runs still going when Baton started as seen', async () => {
    const { hub, notifier } = setUp({ activeRuns: [run('r1', 'running')] });
    // The runs are read once, asynchronously, at start.
    await new Promise((resolve) => setImmediate(resolve));
    hub.emit('run.updated', run('r1', 'faulted'));
    expect(notifier.sent.map((n) => n.title)).toEqual(['Invoices faulted']);
  });

  it('follows the preferences as they change', () => {
    const { hub, notifier, preferences } = setUp();
    preferences.notifications.isPaused = true;
    hub.emit('run.updated', run('r1', 'running'));
    hub.emit('run.updated', run('r1', 'successful'));
    preferences.notifications.isPaused = false;
    hub.emit('run.updated', run('r2', 'running'));
    hub.emit('run.updated', run('r2', 'successful'));
    expect(notifier.sent.map((n) => n.target)).toEqual([{ kind: 'run', runId: 'r2' }]);
  });

  it('tells the runs that ended during an outage in one notification when the connection is back', () => {
    const { hub, notifier, catchingUp } = setUp();
    for (const id of ['r1', 'r2', 'r3']) hub.emit('run.updated', run(id, 'running', id === 'r2' ? 'Payroll' : 'Invoices'));
    // r3 ended and was told before the outage; the catch-up still lists it.
    hub.emit('run.updated', run('r3', 'successful'));
    catchingUp.add('r1').add('r2');
    hub.emit('run.updated', run('r1', 'successful'));
    hub.emit('run.updated', run('r2', 'faulted', 'Payroll'));
    const finishedRuns = [run('r1', 'successful'), run('r2', 'faulted', 'Payroll'), run('r3', 'successful')];
    hub.emit('connectivity.restored', {
      profileId: 'p',
      server: 'orchestrator.example',
      offlineSince: '2026-01-01T00:00:00Z',
      restoredAt: '2026-01-01T01:00:00Z',
      finishedRuns,
    });
    expect(notifier.sent.map((n) => n.title)).toEqual(['Invoices finished', '2 runs finished while you were offline']);
    expect(notifier.sent[1]).toMatchObject({
      kind: 'runs-caught-up',
      body: 'Invoices: successful\nPayroll: faulted',
      target: { kind: 'area', area: 'runs' },
    });
  });

  it('asks Start, Snooze or Dismiss when a reminder comes, and hands the answer to the reminder', async () => {
    const { hub, notifier, answerReminder, service } = setUp();
    hub.emit('reminder.due', { reminder, dueAt: '2026-01-01T09:00:00Z', isMissed: false } as ReminderPrompt);
    const [sent] = notifier.sent;
    expect(sent?.actions?.map((action) => action.label)).toEqual(['Start', 'Snooze 10 min', 'Dismiss']);
    expect(answerReminder).not.toHaveBeenCalled();
    await service.act(sent!.id, 'snooze');
    expect(answerReminder).toHaveBeenCalledWith('m1', 'snooze');
  });

  it('answers a notification’s buttons once, and refuses a notification it does not know', async () => {
    const { hub, notifier, answerReminder, service } = setUp();
    hub.emit('reminder.due', { reminder, dueAt: '2026-01-01T09:00:00Z', isMissed: false } as ReminderPrompt);
    const id = notifier.sent[0]!.id;
    await service.act(id, 'dismiss');
    await expect(service.act(id, 'start')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.act('nothing', 'start')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(answerReminder).toHaveBeenCalledTimes(1);
  });

  it('stops listening when disposed', async () => {
    const { hub, notifier, service } = setUp();
    await service.dispose();
    hub.emit('run.updated', run('r1', 'running'));
    hub.emit('run.updated', run('r1', 'successful'));
    expect(notifier.sent).toEqual([]);
    expect(hub.listenerCount()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createManualClock, createMemorySettings, createRecordingLogger, createRecordingNotifier } from '../../../src/main/platform/memory';
import { createReminderService, REMINDERS_KEY, SNOOZE_MS, type TimeZone } from '../../../src/main/reminders';
import type { ReminderPrompt } from '../../../src/shared/contract/reminders';
import { BatonError } from '../../../src/shared/errors';

const utc: TimeZone = { offsetMinutes: () => 0 };
const MINUTE = 60_000;

function setup(start = '2026-03-02T08:00:00Z', settings = createMemorySettings()) {
  const clock = createManualClock(Date.parse(start));
  const notifier = createRecordingNotifier();
  const service = createReminderService({
    settings,
    clock,
    zone: utc,
    notifier,
    logger: createRecordingLogger(),
    findProcess: async (processId) => {
      if (processId !== 'F:Intake') throw new BatonError('NOT_FOUND', 'No such process.');
      return { id: processId, name: 'Invoice Intake', folderPath: 'Finance' };
    },
  });
  const due: ReminderPrompt[] = [];
  service.onDue((prompt) => due.push(prompt));
  return { clock, notifier, service, settings, due };
}

describe('reminders', () => {
  it('notifies at the time with the process name, and waits for an answer without starting anything', async () => {
    const { clock, notifier, service, due } = setup();
    const stop = service.start();
    await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    clock.advance(59 * MINUTE);
    expect(due).toEqual([]);
    clock.advance(MINUTE);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ dueAt: '2026-03-02T09:00:00.000Z', isMissed: false });
    expect(notifier.sent.map((n) => n.title)).toEqual(['Time to run Invoice Intake']);
    expect(service.prompts()).toHaveLength(1);
    expect(service.list()[0]!.nextAt).toBe('2026-03-03T09:00:00.000Z');
    stop();
  });

  it('comes back ten minutes after "Snooze 10 min", and not after "Dismiss"', async () => {
    const { clock, service, due } = setup('2026-03-02T08:59:00Z');
    const stop = service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    clock.advance(MINUTE);
    expect(service.answer(reminder.id, 'snooze')).toEqual([]);
    clock.advance(SNOOZE_MS - 1);
    expect(due).toHaveLength(1);
    clock.advance(1);
    expect(due).toHaveLength(2);
    service.answer(reminder.id, 'dismiss');
    clock.advance(60 * MINUTE);
    expect(due).toHaveLength(2);
    expect(service.prompts()).toEqual([]);
    stop();
  });

  it('shows a reminder missed while Baton was closed once, at the next start', async () => {
    const settings = createMemorySettings();
    const first = setup('2026-03-02T08:00:00Z', settings);
    await first.service.add({ processId: 'F:Intake', rule: { kind: 'weekdays', time: '09:00' } });
    // Closed over the whole day and the next; started on Wednesday at 10:00.
    const later = setup('2026-03-04T10:00:00Z', settings);
    later.service.start()();
    expect(later.due.map((prompt) => prompt.isMissed)).toEqual([true]);
    expect(later.notifier.sent[0]!.title).toBe('Missed: time to run Invoice Intake');
    expect(later.service.list()[0]!.nextAt).toBe('2026-03-05T09:00:00.000Z');
    const again = setup('2026-03-04T10:05:00Z', settings);
    again.service.start()();
    expect(again.due).toEqual([]);
  });

  it('refuses a one-off time that has passed, and an unknown process, and keeps nothing', async () => {
    const { service, settings } = setup();
    await expect(service.add({ processId: 'F:Intake', rule: { kind: 'once', date: '2026-03-01', time: '09:00' } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(service.add({ processId: 'X', rule: { kind: 'daily', time: '09:00' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(settings.data.has(REMINDERS_KEY)).toBe(false);
  });

  it('removes a reminder so it never comes, and says when there is no such reminder', async () => {
    const { clock, service, due } = setup();
    const stop = service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    expect(service.remove(reminder.id)).toEqual([]);
    clock.advance(2 * 60 * MINUTE);
    expect(due).toEqual([]);
    expect(() => service.remove(reminder.id)).toThrow(/no such reminder/);
    stop();
  });

  it('sets aside a stored list of the wrong shape and starts with none', () => {
    const settings = createMemorySettings();
    settings.data.set(REMINDERS_KEY, [{ id: 1 }]);
    const { service } = setup(undefined, settings);
    expect(service.list()).toEqual([]);
    expect(settings.setAside.has(REMINDERS_KEY)).toBe(true);
  });
});

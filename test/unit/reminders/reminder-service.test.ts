import { describe, expect, it, onTestFinished } from 'vitest';
import { createManualClock, createMemorySettings, createRecordingLogger } from '../../../src/main/platform/memory';
import { createReminderService, otherProfileNote, REMINDERS_KEY, SNOOZE_MS, type TimeZone } from '../../../src/main/reminders';
import type { ReminderPrompt } from '../../../src/shared/contract/reminders';
import { BatonError } from '../../../src/shared/errors';

const utc: TimeZone = { offsetMinutes: () => 0 };
const MINUTE = 60_000;

const PROFILE_NAMES: Record<string, string> = { work: 'Work', test: 'Test' };

function setup(start = '2026-03-02T08:00:00Z', settings = createMemorySettings()) {
  const clock = createManualClock(Date.parse(start));
  const profiles = { active: 'work' as string | null };
  const service = createReminderService({
    settings,
    clock,
    zone: utc,
    logger: createRecordingLogger(),
    profiles: { activeId: () => profiles.active, nameOf: (id) => PROFILE_NAMES[id] },
    findProcess: async (processId) => {
      if (processId !== 'F:Intake') throw new BatonError('NOT_FOUND', 'No such process.');
      return { id: processId, name: 'Invoice Intake', folderPath: 'Finance' };
    },
  });
  const due: ReminderPrompt[] = [];
  service.onDue((prompt) => due.push(prompt));
  onTestFinished(() => service.dispose());
  return { clock, service, settings, due, profiles };
}

describe('reminders', () => {
  it('comes at the time with the process, and waits for an answer without starting anything', async () => {
    const { clock, service, due } = setup();
    service.start();
    await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    clock.advance(59 * MINUTE);
    expect(due).toEqual([]);
    clock.advance(MINUTE);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ dueAt: '2026-03-02T09:00:00.000Z', isMissed: false });
    expect(due[0]!.reminder.processName).toBe('Invoice Intake');
    expect(service.prompts()).toHaveLength(1);
    expect(service.list()[0]!.nextAt).toBe('2026-03-03T09:00:00.000Z');
  });

  it('comes back ten minutes after "Snooze 10 min", and not after "Dismiss"', async () => {
    const { clock, service, due } = setup('2026-03-02T08:59:00Z');
    service.start();
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
  });

  it('shows a reminder missed while Baton was closed once, at the next start', async () => {
    const settings = createMemorySettings();
    const first = setup('2026-03-02T08:00:00Z', settings);
    await first.service.add({ processId: 'F:Intake', rule: { kind: 'weekdays', time: '09:00' } });
    // Closed over the whole day and the next; started on Wednesday at 10:00.
    const later = setup('2026-03-04T10:00:00Z', settings);
    later.service.start();
    expect(later.due.map((prompt) => prompt.isMissed)).toEqual([true]);
    expect(later.service.list()[0]!.nextAt).toBe('2026-03-05T09:00:00.000Z');
    const again = setup('2026-03-04T10:05:00Z', settings);
    again.service.start();
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
    service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    expect(service.remove(reminder.id)).toEqual([]);
    clock.advance(2 * 60 * MINUTE);
    expect(due).toEqual([]);
    expect(() => service.remove(reminder.id)).toThrow(/no such reminder/);
  });

  it('sets aside a stored list of the wrong shape and starts with none', () => {
    const settings = createMemorySettings();
    settings.data.set(REMINDERS_KEY, [{ id: 1 }]);
    const { service } = setup(undefined, settings);
    expect(service.list()).toEqual([]);
    expect(settings.setAside.has(REMINDERS_KEY)).toBe(true);
  });

  it('keeps a reminder with the profile it was made in, and refuses Start while another profile is active', async () => {
    const { clock, service, profiles } = setup();
    service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    expect(reminder).toMatchObject({ profileId: 'work', profileName: 'Work', isForActiveProfile: true });
    profiles.active = 'test';
    expect(service.list()[0]).toMatchObject({ profileId: 'work', isForActiveProfile: false });
    clock.advance(60 * MINUTE);
    const [prompt] = service.prompts();
    expect(prompt!.reminder).toMatchObject({ profileName: 'Work', isForActiveProfile: false });
    expect(otherProfileNote(prompt!.reminder)).toContain('It is for the profile Work, which is not the active one');
    expect(() => service.answer(reminder.id, 'start')).toThrow(/for the profile Work, not the active one/);
    expect(service.prompts()).toHaveLength(1);
    profiles.active = 'work';
    expect(service.answer(reminder.id, 'start')).toEqual([]);
  });

  it('refuses a reminder when there is no profile, and keeps nothing', async () => {
    const { service, settings, profiles } = setup();
    profiles.active = null;
    await expect(service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } })).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
    });
    expect(settings.data.has(REMINDERS_KEY)).toBe(false);
  });

  it('loads a reminder stored before reminders had a profile as "profile unknown", still on, and lets it start', async () => {
    const settings = createMemorySettings();
    settings.data.set(REMINDERS_KEY, [
      {
        id: 'old',
        processId: 'F:Intake',
        processName: 'Invoice Intake',
        folderPath: 'Finance',
        rule: { kind: 'daily', time: '09:00' },
        nextAt: '2026-03-02T09:00:00.000Z',
        createdAt: '2026-03-01T08:00:00.000Z',
      },
    ]);
    const { clock, service, due } = setup(undefined, settings);
    service.start();
    expect(service.list()).toMatchObject([{ id: 'old', profileId: null, profileName: null, isEnabled: true, isForActiveProfile: false }]);
    clock.advance(60 * MINUTE);
    expect(due).toHaveLength(1);
    expect(service.answer('old', 'start')).toEqual([]);
  });

  it('changes the time in place: the old time no longer comes, the new one does', async () => {
    const { clock, service, due } = setup();
    service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    const updated = service.update(reminder.id, { rule: { kind: 'weekdays', time: '10:30' } });
    expect(updated).toMatchObject({ id: reminder.id, rule: { kind: 'weekdays', time: '10:30' }, nextAt: '2026-03-02T10:30:00.000Z' });
    expect(service.list()).toHaveLength(1);
    clock.advance(2 * 60 * MINUTE);
    expect(due).toEqual([]);
    clock.advance(30 * MINUTE);
    expect(due.map((prompt) => prompt.dueAt)).toEqual(['2026-03-02T10:30:00.000Z']);
  });

  it('does not come while turned off, and on again it comes at its next time without the ones it missed', async () => {
    const { clock, service, due } = setup();
    service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    expect(service.update(reminder.id, { isEnabled: false })).toMatchObject({ isEnabled: false });
    clock.advance(26 * 60 * MINUTE);
    expect(due).toEqual([]);
    expect(service.update(reminder.id, { isEnabled: true }).nextAt).toBe('2026-03-04T09:00:00.000Z');
    expect(due).toEqual([]);
  });

  it('refuses to move a one-off reminder into the past, or to change one that does not exist, and changes nothing', async () => {
    const { service } = setup();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    expect(() => service.update(reminder.id, { rule: { kind: 'once', date: '2026-03-01', time: '09:00' } })).toThrow(
      /That time has passed/,
    );
    expect(() => service.update('nope', { isEnabled: false })).toThrow(/no such reminder/);
    expect(service.list()).toMatchObject([{ rule: { kind: 'daily', time: '09:00' }, isEnabled: true }]);
  });

  it("forgets a removed profile's reminders and their waiting prompts, and keeps the others'", async () => {
    const { clock, service, profiles } = setup();
    service.start();
    await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    profiles.active = 'test';
    const kept = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '12:00' } });
    clock.advance(60 * MINUTE);
    expect(service.prompts()).toHaveLength(1);
    expect(service.forgetProfile('work')).toBe(1);
    expect(service.prompts()).toEqual([]);
    expect(service.list().map((reminder) => reminder.id)).toEqual([kept.id]);
  });
});

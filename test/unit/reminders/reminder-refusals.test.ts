import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createManualClock, createMemorySettings, createRecordingLogger } from '../../../src/main/platform/memory';
import { createReminderService, type TimeZone } from '../../../src/main/reminders';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusal } from '../../support/refusal';

// A reminder's refusals are message ids with values: the English beside them is pinned here by
// hand, and the same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => void ([de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')])));

const utc: TimeZone = { offsetMinutes: () => 0 };
const NAMES: Record<string, string> = { work: 'Work' };

function setup() {
  const clock = createManualClock(Date.parse('2026-03-02T08:00:00Z'));
  const profiles = { active: 'work' as string | null };
  const service = createReminderService({
    settings: createMemorySettings(),
    clock,
    zone: utc,
    logger: createRecordingLogger(),
    profiles: { activeId: () => profiles.active, nameOf: (id) => NAMES[id] },
    findProcess: async (processId) => ({ id: processId, name: 'Invoice Intake', folderPath: 'Finance' }),
  });
  onTestFinished(() => service.dispose());
  return { clock, service, profiles };
}

describe('what reminders say when they refuse', () => {
  it('refuses a time that has passed, in English and in German', async () => {
    const { service } = setup();
    const error = await refusal(() => service.add({ processId: 'F:Intake', rule: { kind: 'once', date: '2026-03-01', time: '09:00' } }));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'That time has passed.',
      'Choose a time in the future, or a repeat.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Diese Zeit ist bereits vorbei.');
    expect(service.list()).toEqual([]);
  });

  it('will not start a reminder of another profile, and names that profile', async () => {
    const { clock, service, profiles } = setup();
    service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    profiles.active = 'test';
    clock.advance(60 * 60_000);
    const error = await refusal(() => service.answer(reminder.id, 'start'));
    expect([error.code, error.message, error.hint]).toEqual([
      'CONFLICT',
      'This reminder is for the profile Work, not the active one.',
      'Switch to Work, then press Start.',
    ]);
    expect(renderParts(de, error.hintText!)).toBe('Wechseln Sie zu Work und drücken Sie dann Starten.');
    expect(service.prompts()).toHaveLength(1);
  });

  it('says a reminder of a removed profile is for a removed one', async () => {
    const { clock, service, profiles } = setup();
    service.start();
    const reminder = await service.add({ processId: 'F:Intake', rule: { kind: 'daily', time: '09:00' } });
    delete NAMES.work;
    onTestFinished(() => void (NAMES.work = 'Work'));
    profiles.active = 'test';
    clock.advance(60 * 60_000);
    const error = await refusal(() => service.answer(reminder.id, 'start'));
    expect([error.message, error.hint]).toEqual([
      'This reminder is for the profile (removed), not the active one.',
      'Switch to its profile, then press Start.',
    ]);
    expect(renderParts(ar, error.messageText!)).toBe('هذا التذكير يخص ملف التعريف (محذوف)، وليس الملف النشط.');
  });

  it('names no reminder it does not have', async () => {
    const { service } = setup();
    const error = await refusal(() => service.remove('nope'));
    expect([error.code, error.message, error.hint]).toEqual([
      'NOT_FOUND',
      'There is no such reminder.',
      'List them with `baton reminders list`.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Diese Erinnerung gibt es nicht.');
  });
});

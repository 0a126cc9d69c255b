import { useState } from 'react';
import type { ReminderRule } from '../../../shared/contract/reminders';
import { useT } from '../../app/i18n';
import { WEEKDAYS } from './reminder-text';

type Repeat = ReminderRule['kind'];
const REPEATS: readonly Repeat[] = ['once', 'daily', 'weekdays', 'weekly'];

export interface RuleDraft {
  repeat: Repeat;
  time: string;
  date: string;
  days: number[];
}

/** The fields of a rule as typed: what a new reminder starts with, or an existing one's rule to edit. */
export function draftOf(rule?: ReminderRule): RuleDraft {
  if (!rule) return { repeat: 'weekdays', time: '09:00', date: '', days: [1] };
  return {
    repeat: rule.kind,
    time: rule.time,
    date: rule.kind === 'once' ? rule.date : '',
    days: rule.kind === 'weekly' ? rule.days : [1],
  };
}

/** The rule the fields describe; the core checks the time and the date. */
export function ruleOf(draft: RuleDraft): ReminderRule {
  const { repeat, time, date, days } = draft;
  if (repeat === 'once') return { kind: 'once', date, time };
  if (repeat === 'weekly') return { kind: 'weekly', time, days };
  return { kind: repeat, time };
}

/** The rule's state and its setter, for a form that shows `RuleFields`. */
export const useRuleDraft = (rule?: ReminderRule) => useState<RuleDraft>(() => draftOf(rule));

/** "Repeat", "Date" (once), "Time" and the group "Days" (weekly): the fields of the add and edit forms. */
export function RuleFields({ draft, onChange }: { draft: RuleDraft; onChange(draft: RuleDraft): void }) {
  const t = useT();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <label>
        {t.t('reminders.repeat')}{' '}
        <select value={draft.repeat} onChange={(event) => set({ repeat: event.target.value as Repeat })}>
          {REPEATS.map((kind) => (
            <option key={kind} value={kind}>
              {t.t('reminders.repeatKind', { kind })}
            </option>
          ))}
        </select>
      </label>
      {draft.repeat === 'once' ? (
        <label>
          {t.t('reminders.date')} <input type="date" required value={draft.date} onChange={(event) => set({ date: event.target.value })} />
        </label>
      ) : null}
      <label>
        {t.t('reminders.time')} <input type="time" required value={draft.time} onChange={(event) => set({ time: event.target.value })} />
      </label>
      {draft.repeat === 'weekly' ? (
        <fieldset className="reminder-days">
          <legend>{t.t('reminders.days')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={draft.days.includes(day)}
                onChange={(event) =>
                  set({ days: event.target.checked ? [...draft.days, day] : draft.days.filter((chosen) => chosen !== day) })
                }
              />
              {t.t('reminders.dayShort', { day: String(day) })}
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

import type { ReminderRule } from '../../../shared/contract/reminders';
import { PSEUDO_LOCALE, type Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';

/** Sunday first, as `Date.getDay()` and the rule's `days` count them. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** "Every day at 09:00", "Weekdays at 09:00", "Mondays and Fridays at 09:00", "On 2026-03-02 at 09:00", in the translator's language. */
export function describeRule(rule: ReminderRule, t: Translator = englishTranslator): string {
  switch (rule.kind) {
    case 'once':
      return t.t('reminders.ruleOnce', { date: rule.date, time: rule.time });
    case 'daily':
      return t.t('reminders.ruleDaily', { time: rule.time });
    case 'weekdays':
      return t.t('reminders.ruleWeekdays', { time: rule.time });
    case 'weekly': {
      const days = [...rule.days].sort().map((day) => t.t('reminders.dayPlural', { day: String(day) }));
      // The language's own way to list ("A, B and C", "A、B、C"): Intl, not words glued together
      // (British English for English: no serial comma, as Baton has always written it).
      const listLocale = t.locale === 'en' || t.locale === PSEUDO_LOCALE ? 'en-GB' : t.locale;
      const list = new Intl.ListFormat(listLocale, { type: 'conjunction' }).format(days);
      return t.t('reminders.ruleWeekly', { days: list, time: rule.time });
    }
  }
}

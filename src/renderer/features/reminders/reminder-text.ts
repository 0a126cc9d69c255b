import type { ReminderRule } from '../../../shared/contract/reminders';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Every day at 09:00", "Weekdays at 09:00", "Mondays and Fridays at 09:00", "On 2026-03-02 at 09:00". */
export function describeRule(rule: ReminderRule): string {
  switch (rule.kind) {
    case 'once':
      return `On ${rule.date} at ${rule.time}`;
    case 'daily':
      return `Every day at ${rule.time}`;
    case 'weekdays':
      return `Weekdays at ${rule.time}`;
    case 'weekly': {
      const days = [...rule.days].sort().map((day) => `${WEEKDAY_NAMES[day]}s`);
      const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? '');
      return `${list} at ${rule.time}`;
    }
  }
}

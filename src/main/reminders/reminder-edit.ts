import type { Reminder, ReminderRule } from '../../shared/contract/reminders';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { nextOccurrence, type TimeZone } from './schedule';

/**
 * A reminder changed in place. A new rule, or turning it back on, works its next time out again
 * from now: the times that passed while it was off do not come as missed. A snooze ends with a new
 * rule or when it is turned off. Refused, changing nothing, when it would be on with no time left.
 */
export function editReminder(
  reminder: Reminder,
  patch: { rule?: ReminderRule; isEnabled?: boolean },
  nowMs: number,
  zone: TimeZone,
): Reminder {
  const rule = patch.rule ?? reminder.rule;
  const isEnabled = patch.isEnabled ?? reminder.isEnabled;
  const isRescheduled = patch.rule !== undefined || (isEnabled && !reminder.isEnabled);
  const nextAt = isRescheduled ? nextOccurrence(rule, nowMs, zone) : reminder.nextAt === null ? null : Date.parse(reminder.nextAt);
  if (isEnabled && nextAt === null) {
    throw BatonError.said('VALIDATION', said('errors.reminderTimePassed'), { hint: said('errors.reminderTimePassedHint') });
  }
  const { snoozedUntil, ...rest } = reminder;
  const keepsSnooze = snoozedUntil !== undefined && isEnabled && patch.rule === undefined;
  return {
    ...rest,
    rule,
    isEnabled,
    nextAt: nextAt === null ? null : new Date(nextAt).toISOString(),
    ...(keepsSnooze ? { snoozedUntil } : {}),
  };
}

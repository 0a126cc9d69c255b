import type { ReminderRule } from '../../shared/contract/reminders';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A time zone as the schedule needs it: the offset from UTC, in minutes, at an instant. The host's
 * own zone comes from `Date#getTimezoneOffset`, which knows its daylight-saving rules; tests pass
 * zones of their own, so every rule is checked in zones with and without DST.
 */
export interface TimeZone {
  offsetMinutes(utcMs: number): number;
}

/** The zone of the machine Baton runs on. */
export const systemTimeZone: TimeZone = { offsetMinutes: (utcMs) => -new Date(utcMs).getTimezoneOffset() };

/**
 * The UTC instant at which the local wall clock shows `wallMs` (a local date and time written as
 * if it were UTC). In the hour skipped when clocks go forward, the time is read with the offset
 * before the change, so 02:30 becomes 03:30: the reminder still comes that day, just after the
 * gap. In the hour that happens twice when clocks go back, the first one counts, so it comes once.
 */
export function wallToUtc(wallMs: number, zone: TimeZone): number {
  // Any transition near this wall time lies within a day of it, whatever the zone's offset.
  const before = zone.offsetMinutes(wallMs - DAY);
  const after = zone.offsetMinutes(wallMs + DAY);
  const valid = [...new Set([before, after])]
    .map((offset) => wallMs - offset * MINUTE)
    .filter((utc) => wallMs - zone.offsetMinutes(utc) * MINUTE === utc);
  return valid.length > 0 ? Math.min(...valid) : wallMs - before * MINUTE;
}

function parseTime(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return (hours * 60 + minutes) * MINUTE;
}

const isDayOf: Record<Exclude<ReminderRule['kind'], 'once'>, (rule: ReminderRule, weekday: number) => boolean> = {
  daily: () => true,
  weekdays: (_rule, weekday) => weekday >= 1 && weekday <= 5,
  weekly: (rule, weekday) => rule.kind === 'weekly' && rule.days.includes(weekday),
};

/**
 * The first time strictly after `afterUtcMs` that the rule comes, in UTC milliseconds, or null when
 * a one-off reminder's time has passed. Computed on the local calendar of `zone`: "daily at 09:00"
 * stays at 09:00 on the wall clock across daylight-saving changes.
 */
export function nextOccurrence(rule: ReminderRule, afterUtcMs: number, zone: TimeZone): number | null {
  const timeOfDay = parseTime(rule.time);
  if (rule.kind === 'once') {
    const [y, m, d] = rule.date.split('-').map(Number) as [number, number, number];
    const at = wallToUtc(Date.UTC(y, m - 1, d) + timeOfDay, zone);
    return at > afterUtcMs ? at : null;
  }
  const wallNow = afterUtcMs + zone.offsetMinutes(afterUtcMs) * MINUTE;
  const today = wallNow - (((wallNow % DAY) + DAY) % DAY);
  // Eight days cover every weekly rule, including "today, but the time has passed".
  for (let day = 0; day <= 8; day += 1) {
    const midnight = today + day * DAY;
    if (!isDayOf[rule.kind](rule, new Date(midnight).getUTCDay())) continue;
    const at = wallToUtc(midnight + timeOfDay, zone);
    if (at > afterUtcMs) return at;
  }
  return null;
}

import { describe, expect, it } from 'vitest';
import { nextOccurrence, wallToUtc, type TimeZone } from '../../../src/main/reminders/schedule';
import type { ReminderRule } from '../../../src/shared/contract/reminders';

// Zones written out by hand (the oracle is independent of the code): offsets and the instants
// they change, from the 2026 rules of each place.
function zone(base: number, changes: { at: string; offset: number }[] = []): TimeZone {
  return {
    offsetMinutes(utcMs) {
      let offset = base;
      for (const change of changes) if (utcMs >= Date.parse(change.at)) offset = change.offset;
      return offset;
    },
  };
}
// EU: CET +1, CEST +2 from 29 March 01:00 UTC to 25 October 01:00 UTC.
const berlin = zone(60, [
  { at: '2026-03-29T01:00:00Z', offset: 120 },
  { at: '2026-10-25T01:00:00Z', offset: 60 },
]);
// US: EST -5, EDT -4 from 8 March 07:00 UTC to 1 November 06:00 UTC.
const newYork = zone(-300, [
  { at: '2026-03-08T07:00:00Z', offset: -240 },
  { at: '2026-11-01T06:00:00Z', offset: -300 },
]);
// Southern hemisphere: AEDT +11 until 5 April 16:00 UTC, AEST +10, AEDT again from 3 October 16:00 UTC.
const sydney = zone(660, [
  { at: '2026-04-04T16:00:00Z', offset: 600 },
  { at: '2026-10-03T16:00:00Z', offset: 660 },
]);
const kolkata = zone(330);
const utc = zone(0);

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const next = (rule: ReminderRule, after: string, tz: TimeZone) => iso(nextOccurrence(rule, Date.parse(after), tz));

/** The first `count` occurrences after `after`. */
function series(rule: ReminderRule, after: string, tz: TimeZone, count: number): (string | null)[] {
  const out: (string | null)[] = [];
  let at = Date.parse(after);
  for (let i = 0; i < count; i += 1) {
    const found = nextOccurrence(rule, at, tz);
    out.push(iso(found));
    if (found === null) break;
    at = found;
  }
  return out;
}

describe('reminder schedule', () => {
  it('keeps "daily at 09:00" at nine on the wall clock when Berlin moves to summer time', () => {
    expect(series({ kind: 'daily', time: '09:00' }, '2026-03-27T12:00:00Z', berlin, 3)).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('comes just after the gap for a time the spring change skips (02:30 → 03:30)', () => {
    expect(next({ kind: 'daily', time: '02:30' }, '2026-03-28T12:00:00Z', berlin)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('comes once, at the first 02:30, on the night that hour happens twice', () => {
    expect(series({ kind: 'daily', time: '02:30' }, '2026-10-24T12:00:00Z', berlin, 2)).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('skips the weekend for "weekdays", across New York\'s change to daylight time', () => {
    expect(series({ kind: 'weekdays', time: '09:00' }, '2026-03-06T10:00:00Z', newYork, 2)).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
  });

  it('comes on the chosen days of a weekly rule, in the southern hemisphere as its clocks go back', () => {
    // Wednesday 1 and Sunday 5 April 2026, 08:00 in Sydney; AEST from the 5th at 03:00 local.
    expect(series({ kind: 'weekly', time: '08:00', days: [0, 3] }, '2026-03-31T00:00:00Z', sydney, 3)).toEqual([
      '2026-03-31T21:00:00.000Z',
      '2026-04-04T22:00:00.000Z',
      '2026-04-07T22:00:00.000Z',
    ]);
  });

  it('uses the local date, not the UTC one, in a zone ahead of UTC', () => {
    // 20:00 UTC on 1 January is already 01:30 on the 2nd in Kolkata: "daily 09:00" is that morning.
    expect(next({ kind: 'daily', time: '09:00' }, '2026-01-01T20:00:00Z', kolkata)).toBe('2026-01-02T03:30:00.000Z');
  });

  it('comes later the same day when the time has not passed yet, and tomorrow when it has', () => {
    expect(next({ kind: 'daily', time: '18:00' }, '2026-05-05T17:59:00Z', utc)).toBe('2026-05-05T18:00:00.000Z');
    expect(next({ kind: 'daily', time: '18:00' }, '2026-05-05T18:00:00Z', utc)).toBe('2026-05-06T18:00:00.000Z');
  });

  it('comes once for a one-off reminder and never after', () => {
    const once: ReminderRule = { kind: 'once', date: '2026-06-01', time: '07:15' };
    expect(next(once, '2026-05-01T00:00:00Z', berlin)).toBe('2026-06-01T05:15:00.000Z');
    expect(next(once, '2026-06-01T05:15:00Z', berlin)).toBeNull();
  });

  it('reads a wall time the same way in a zone without changes', () => {
    expect(iso(wallToUtc(Date.parse('2026-07-01T09:00:00Z'), kolkata))).toBe('2026-07-01T03:30:00.000Z');
  });
});

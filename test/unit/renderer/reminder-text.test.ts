import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../src/renderer/features/reminders/reminder-text';

describe('how a reminder reads', () => {
  it('says each kind of rule in words', () => {
    expect(describeRule({ kind: 'once', date: '2026-03-02', time: '07:15' })).toBe('On 2026-03-02 at 07:15');
    expect(describeRule({ kind: 'daily', time: '09:00' })).toBe('Every day at 09:00');
    expect(describeRule({ kind: 'weekdays', time: '09:00' })).toBe('Weekdays at 09:00');
  });

  it('lists the days of a weekly rule from Sunday on, joined with "and"', () => {
    expect(describeRule({ kind: 'weekly', time: '18:30', days: [5, 1, 3] })).toBe('Mondays, Wednesdays and Fridays at 18:30');
    expect(describeRule({ kind: 'weekly', time: '18:30', days: [0] })).toBe('Sundays at 18:30');
  });
});

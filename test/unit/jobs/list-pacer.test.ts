import { describe, expect, it } from 'vitest';
import { createListPacer } from '../../../src/main/jobs/list-pacer';
import { isBatonError } from '../../../src/shared/errors';

const clockAt = (start: number) => {
  let now = start;
  return { now: () => now, setTimeout: () => () => {}, advance: (ms: number) => (now += ms) };
};

describe('pacing job listings (Cloud counts them per tenant and minute)', () => {
  it('refuses the listing past the budget, says when to try again, and allows it once a minute has passed', () => {
    const clock = clockAt(1_000_000);
    const pacer = createListPacer({ clock, perMinute: 3 });
    for (let i = 0; i < 3; i += 1) {
      pacer.take('p1');
      clock.advance(10_000);
    }
    const refused = (() => {
      try {
        pacer.take('p1');
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(isBatonError(refused) && refused.code).toBe('RATE_LIMITED');
    // The first of the three leaves the window 30 s from now.
    expect(isBatonError(refused) && refused.hint).toBe('Wait 30 seconds and refresh.');
    expect(() => pacer.take('p2')).not.toThrow();
    clock.advance(30_000);
    expect(() => pacer.take('p1')).not.toThrow();
  });
});

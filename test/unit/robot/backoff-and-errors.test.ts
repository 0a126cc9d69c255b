import { describe, expect, it } from 'vitest';
import { createBackoff, robotErrorToBatonError } from '../../../src/main/robot';

describe('reconnect backoff', () => {
  it('doubles up to the ceiling with jitter between half and all of the step, and resets', () => {
    const low = createBackoff({ initialMs: 100, maxMs: 1000, random: () => 0 });
    expect([low.next(), low.next(), low.next(), low.next(), low.next()]).toEqual([50, 100, 200, 400, 500]);
    const high = createBackoff({ initialMs: 100, maxMs: 1000, random: () => 1 });
    expect([high.next(), high.next()]).toEqual([100, 200]);
    high.reset();
    expect(high.next()).toBe(100);
  });
});

describe('bridge error mapping', () => {
  it('maps each bridge reason to a Baton error code with a hint', () => {
    const cases: [string, string][] = [
      ['NOT_PAIRED', 'ROBOT_PAIRING_REQUIRED'],
      ['PAIRING_EXPIRED', 'ROBOT_PAIRING_REQUIRED'],
      ['PAIRING_REJECTED', 'ROBOT_REJECTED'],
      ['RATE_LIMITED', 'RATE_LIMITED'],
      ['INVALID_ARGUMENTS', 'VALIDATION'],
      ['PROCESS_NOT_FOUND', 'NOT_FOUND'],
      ['BUSY', 'CONFLICT'],
      ['EXECUTOR_FAILED', 'ROBOT_UNAVAILABLE'],
      ['INTERNAL', 'INTERNAL'],
    ];
    for (const [reason, code] of cases) {
      const error = robotErrorToBatonError({ code: -32000, message: 'x', data: { reason } });
      expect([reason, error.code]).toEqual([reason, code]);
      expect(error.hint).toBeTruthy();
    }
  });

  it('treats an answer without a known reason as INTERNAL without echoing its message', () => {
    const error = robotErrorToBatonError({ code: -32000, message: 'C:\\secret\\path exploded', data: { reason: 'WHAT' } });
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('secret');
  });
});

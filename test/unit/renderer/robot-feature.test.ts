import { describe, expect, it } from 'vitest';
import { explainPairingError, localAvailabilityFor } from '../../../src/renderer/features/robot';
import type { RobotStatusView } from '../../../src/shared/contract/robot';
import { BatonError } from '../../../src/shared/errors';
import type { LocalProcess } from '../../../src/shared/robot-protocol';

const ready: RobotStatusView = { state: 'ready', url: 'ws://127.0.0.1:2424/robot', activeJobs: 0 };
const hello: LocalProcess = {
  key: 'Hello.World',
  name: 'Hello World',
  version: '1.0.2',
  description: '',
  installed: true,
  inputArguments: [],
};

describe('pairing errors', () => {
  it('says how many attempts are left after a wrong code', () => {
    const problem = explainPairingError(new BatonError('ROBOT_REJECTED', 'no', { details: { attemptsLeft: 3 } }));
    expect(problem).toEqual({ message: expect.stringContaining('3 attempts left'), needsNewCode: false });
  });

  it('asks for a new code after the last wrong attempt', () => {
    expect(explainPairingError(new BatonError('ROBOT_REJECTED', 'no', { details: { attemptsLeft: 0 } })).needsNewCode).toBe(true);
  });

  it('explains an expired code and a lock-out with the wait', () => {
    expect(explainPairingError(new BatonError('ROBOT_PAIRING_REQUIRED', 'The pairing code expired.')).message).toContain('expired');
    const locked = explainPairingError(new BatonError('RATE_LIMITED', 'Too many', { details: { retryAfterSeconds: 42 } }));
    expect(locked).toEqual({ message: expect.stringContaining('Wait 42 seconds'), needsNewCode: true });
  });
});

describe('local availability', () => {
  it('offers Local when the robot is ready and has the process by key', () => {
    expect(localAvailabilityFor(ready, [hello], { processKey: 'Hello.World', name: 'Other name' })).toEqual({
      isEnabled: true,
      processKey: 'Hello.World',
    });
  });

  it('explains why Local is off: pairing, not reachable, busy, missing, not installed', () => {
    const reason = (status: RobotStatusView, processes: LocalProcess[] = [hello], name = 'Hello World') =>
      localAvailabilityFor(status, processes, { name }).reason;
    expect(reason({ ...ready, state: 'pairing-required' })).toContain('Pair');
    expect(reason({ ...ready, state: 'not-installed', hint: 'Start it with npm run robot.' })).toContain('npm run robot');
    expect(reason({ ...ready, state: 'busy', activeJobs: 1 })).toContain('busy');
    expect(reason(ready, [hello], 'Payroll')).toContain('does not have “Payroll”');
    expect(reason(ready, [{ ...hello, installed: false }])).toContain('not installed');
  });
});

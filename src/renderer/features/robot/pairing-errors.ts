import type { BatonError } from '../../../shared/errors';

export interface PairingProblem {
  message: string;
  /** The code can no longer work: the person needs a new one. */
  needsNewCode: boolean;
}

/** Wrong code, expired code and lock-out, each in words a person can act on. */
export function explainPairingError(error: BatonError): PairingProblem {
  const details = (error.details ?? {}) as { attemptsLeft?: number; retryAfterSeconds?: number };
  if (error.code === 'ROBOT_REJECTED' && typeof details.attemptsLeft === 'number') {
    if (details.attemptsLeft <= 0) {
      return {
        message: 'That code is not right, and that was the last attempt: this code no longer works. Get a new code.',
        needsNewCode: true,
      };
    }
    const attempts = details.attemptsLeft === 1 ? '1 attempt left' : `${details.attemptsLeft} attempts left`;
    return { message: `That code is not right. Check the code the robot shows (${attempts}).`, needsNewCode: false };
  }
  if (error.code === 'RATE_LIMITED') {
    const wait = details.retryAfterSeconds ? ` Wait ${details.retryAfterSeconds} seconds,` : ' Wait a minute,';
    return { message: `Locked out after too many wrong codes.${wait} then get a new code.`, needsNewCode: true };
  }
  if (error.code === 'ROBOT_PAIRING_REQUIRED') {
    return { message: 'The code expired (codes work for 2 minutes). Get a new code and type it soon.', needsNewCode: true };
  }
  return { message: `${error.message}${error.hint ? ` ${error.hint}` : ''}`, needsNewCode: error.code === 'ROBOT_UNAVAILABLE' };
}

import type { BatonError } from '../../../shared/errors';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator, renderParts } from '../../../shared/message-parts';

export interface PairingProblem {
  message: string;
  /** The code can no longer work: the person needs a new one. */
  needsNewCode: boolean;
}

/** Wrong code, expired code and lock-out, each in words a person can act on. */
export function explainPairingError(error: BatonError, t: Translator = englishTranslator): PairingProblem {
  const details = (error.details ?? {}) as { attemptsLeft?: number; retryAfterSeconds?: number };
  if (error.code === 'ROBOT_REJECTED' && typeof details.attemptsLeft === 'number') {
    if (details.attemptsLeft <= 0) {
      return { message: t.t('robot.lastAttempt'), needsNewCode: true };
    }
    return { message: t.t('robot.wrongCode', { attempts: details.attemptsLeft }), needsNewCode: false };
  }
  if (error.code === 'RATE_LIMITED') {
    const message = details.retryAfterSeconds
      ? t.t('robot.lockedOut', { seconds: details.retryAfterSeconds })
      : t.t('robot.lockedOutMinute');
    return { message, needsNewCode: true };
  }
  if (error.code === 'ROBOT_PAIRING_REQUIRED') {
    return { message: t.t('robot.codeExpired'), needsNewCode: true };
  }
  const message = error.messageText ? renderParts(t, error.messageText) : error.message;
  const hint = error.hintText ? renderParts(t, error.hintText) : error.hint;
  return { message: hint ? `${message} ${hint}` : message, needsNewCode: error.code === 'ROBOT_UNAVAILABLE' };
}

import { BatonError } from '../../shared/errors';
import { said, verbatim } from '../../shared/message-parts';
import { robotErrorDataSchema, type RobotErrorReason } from '../../shared/robot-protocol';

export function robotUnavailable(url: string, cause?: unknown, message?: string): BatonError {
  return BatonError.said('ROBOT_UNAVAILABLE', message === undefined ? said('errors.bridgeUnreachable') : verbatim(message), {
    hint: said('errors.startBridgeHint'),
    details: { url },
    cause,
  });
}

export function pairingRequired(): BatonError {
  return BatonError.said('ROBOT_PAIRING_REQUIRED', said('errors.notPaired'), { hint: said('errors.notPairedHint') });
}

/** Turns a JSON-RPC error from the bridge into a BatonError with a hint a person can act on. */
export function toBatonError(error: { code?: number; message?: string; data?: unknown }): BatonError {
  const parsed = robotErrorDataSchema.safeParse(error.data);
  const reason: RobotErrorReason | undefined = parsed.success ? parsed.data.reason : undefined;
  const data = parsed.success ? parsed.data : undefined;
  // The bridge's own sentence (English, from another program) is shown as it is.
  const message = error.message ? verbatim(error.message) : said('errors.bridgeRefused');
  switch (reason) {
    case 'NOT_PAIRED':
    case 'PAIRING_REQUIRED':
      return pairingRequired();
    case 'AUTH_FAILED':
      return BatonError.said('ROBOT_PAIRING_REQUIRED', said('errors.pairingRevoked'), {
        hint: said('errors.pairingRevokedHint'),
        details: { reason: 'AUTH_FAILED' },
      });
    case 'PAIRING_EXPIRED':
      return BatonError.said('ROBOT_PAIRING_REQUIRED', said('errors.codeExpired'), { hint: said('errors.codeExpiredHint') });
    case 'PAIRING_REJECTED':
      return BatonError.said('ROBOT_REJECTED', said('errors.codeRejected'), {
        hint:
          data?.attemptsLeft === 0
            ? said('errors.tooManyCodes')
            : data?.attemptsLeft === undefined
              ? said('errors.checkCodeFew')
              : said('errors.checkCode', { attempts: data.attemptsLeft }),
        details: { attemptsLeft: data?.attemptsLeft },
      });
    case 'RATE_LIMITED':
      return BatonError.said('RATE_LIMITED', message, {
        hint: said('errors.waitForCode', { seconds: data?.retryAfterSeconds ?? 60 }),
        details: { retryAfterSeconds: data?.retryAfterSeconds },
      });
    case 'PROCESS_NOT_FOUND':
      return BatonError.said('NOT_FOUND', message, { hint: said('errors.refreshRobotProcesses') });
    case 'JOB_NOT_FOUND':
      return BatonError.said('NOT_FOUND', message, { hint: said('errors.robotForgotJob') });
    case 'PROCESS_NOT_INSTALLED':
      return BatonError.said('CONFLICT', message, { hint: said('errors.installFirst') });
    case 'INVALID_ARGUMENTS':
      return BatonError.said('VALIDATION', message, {
        hint: said('errors.correctInputs'),
        details: { fields: data?.fields ?? [] },
      });
    case 'JOB_NOT_RUNNING':
      return BatonError.said('CONFLICT', message, { hint: said('errors.jobEnded') });
    case 'BUSY':
      return BatonError.said('CONFLICT', said('errors.robotBusy'), { hint: said('errors.robotBusyHint') });
    case 'NOT_SUPPORTED':
      return BatonError.said('CONFLICT', message, { hint: said('errors.robotCannot') });
    case 'EXECUTOR_FAILED':
      return BatonError.said('ROBOT_UNAVAILABLE', message, { hint: said('errors.executorFailed') });
    default:
      if (error.code === -32601) {
        return BatonError.said('INTERNAL', said('errors.bridgeUnknownRequest'), { hint: said('errors.updateBridge') });
      }
      return BatonError.said('INTERNAL', said('errors.bridgeFailed'), { hint: said('errors.bridgeFailedHint') });
  }
}

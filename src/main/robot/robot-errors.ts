import { BatonError } from '../../shared/errors';
import { robotErrorDataSchema, type RobotErrorReason } from '../../shared/robot-protocol';

export const START_BRIDGE_HINT = 'Start the robot bridge on this machine (`baton-robot`), or let Baton start its own, then try again.';

export function robotUnavailable(url: string, cause?: unknown, message = 'The local robot bridge is not reachable.'): BatonError {
  return new BatonError('ROBOT_UNAVAILABLE', message, { hint: START_BRIDGE_HINT, details: { url }, cause });
}

export function pairingRequired(): BatonError {
  return new BatonError('ROBOT_PAIRING_REQUIRED', 'Baton is not paired with the local robot yet.', {
    hint: 'Pair with the robot: type the 8-digit code that the robot bridge shows on this machine.',
  });
}

/** Turns a JSON-RPC error from the bridge into a BatonError with a hint a person can act on. */
export function toBatonError(error: { code?: number; message?: string; data?: unknown }): BatonError {
  const parsed = robotErrorDataSchema.safeParse(error.data);
  const reason: RobotErrorReason | undefined = parsed.success ? parsed.data.reason : undefined;
  const data = parsed.success ? parsed.data : undefined;
  const message = error.message ?? 'The robot bridge refused the request.';
  switch (reason) {
    case 'NOT_PAIRED':
    case 'PAIRING_REQUIRED':
      return pairingRequired();
    case 'AUTH_FAILED':
      return new BatonError('ROBOT_PAIRING_REQUIRED', 'The robot bridge no longer accepts Baton’s pairing.', {
        hint: 'Pair with the robot again: type the code that the robot bridge shows on this machine.',
        details: { reason: 'AUTH_FAILED' },
      });
    case 'PAIRING_EXPIRED':
      return new BatonError('ROBOT_PAIRING_REQUIRED', 'The pairing code expired.', {
        hint: 'Ask for a new code (reconnect to the robot) and type it within 2 minutes.',
      });
    case 'PAIRING_REJECTED':
      return new BatonError('ROBOT_REJECTED', 'The robot did not accept that pairing code.', {
        hint:
          data?.attemptsLeft === 0
            ? 'Too many wrong codes; reconnect to the robot for a new code.'
            : `Check the code shown by the robot bridge on this machine (${data?.attemptsLeft ?? 'a few'} attempts left).`,
        details: { attemptsLeft: data?.attemptsLeft },
      });
    case 'RATE_LIMITED':
      return new BatonError('RATE_LIMITED', message, {
        hint: `Wait ${data?.retryAfterSeconds ?? 60} seconds, then reconnect to the robot for a new code.`,
        details: { retryAfterSeconds: data?.retryAfterSeconds },
      });
    case 'PROCESS_NOT_FOUND':
      return new BatonError('NOT_FOUND', message, { hint: 'Refresh the robot’s process list; the process may have been removed.' });
    case 'JOB_NOT_FOUND':
      return new BatonError('NOT_FOUND', message, { hint: 'The robot no longer knows this job (it may have restarted).' });
    case 'PROCESS_NOT_INSTALLED':
      return new BatonError('CONFLICT', message, { hint: 'Install the process on the robot first, then run it.' });
    case 'INVALID_ARGUMENTS':
      return new BatonError('VALIDATION', message, {
        hint: 'Correct the highlighted input arguments.',
        details: { fields: data?.fields ?? [] },
      });
    case 'JOB_NOT_RUNNING':
      return new BatonError('CONFLICT', message, { hint: 'The job has already ended; refresh to see its final state.' });
    case 'BUSY':
      return new BatonError('CONFLICT', 'The robot is busy with another job.', {
        hint: 'Wait for the running job to finish, or stop it, then start this one.',
      });
    case 'NOT_SUPPORTED':
      return new BatonError('CONFLICT', message, { hint: 'This robot cannot do that; stop the job instead, or use a robot that can.' });
    case 'EXECUTOR_FAILED':
      return new BatonError('ROBOT_UNAVAILABLE', message, { hint: 'Check the robot bridge’s console on this machine for the cause.' });
    default:
      if (error.code === -32601) {
        return new BatonError('INTERNAL', 'The robot bridge does not know this request.', {
          hint: 'Update the robot bridge to the same version as Baton.',
        });
      }
      return new BatonError('INTERNAL', 'The robot bridge failed to handle the request.', {
        hint: 'Try again. If it keeps happening, restart the robot bridge and check its console.',
      });
  }
}

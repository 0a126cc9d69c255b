import type { NotificationKind, Preferences } from '../../shared/contract/settings';
import type { Run, RunState } from '../../shared/contract/runs';
import type { RobotStatusView } from '../../shared/contract/robot';
import type { SessionStatus } from '../../shared/model';
import type { NotificationRequest } from '../platform';

/** Something that happened which may be worth a notification. */
export type ShellEvent =
  | { type: 'run-updated'; previousState: RunState | undefined; run: Run }
  | { type: 'session-changed'; previous: SessionStatus | undefined; next: SessionStatus }
  | { type: 'robot-changed'; previous: RobotStatusView | undefined; next: RobotStatusView };

const RUN_KIND: Partial<Record<RunState, NotificationKind>> = {
  successful: 'runSuccessful',
  faulted: 'runFaulted',
  stopped: 'runStopped',
};

const isFinal = (state: RunState | undefined) => state === 'successful' || state === 'faulted' || state === 'stopped';

export function isKindAllowed(kind: NotificationKind, notifications: Preferences['notifications']): boolean {
  return !notifications.isPaused && notifications.kinds[kind];
}

function runNotification(previousState: RunState | undefined, run: Run): { kind: NotificationKind; request: NotificationRequest } | null {
  // Only an end this app saw happen: a run already finished when Baton started is old news.
  if (previousState === undefined || isFinal(previousState) || !isFinal(run.state)) return null;
  const kind = RUN_KIND[run.state];
  if (!kind) return null;
  const name = run.processName;
  const target = `run:${run.id}`;
  switch (run.state) {
    case 'successful':
      return { kind, request: { kind: 'run-finished', title: `${name} finished`, body: run.info?.trim() || 'Successful.', target } };
    case 'faulted':
      return {
        kind,
        request: {
          kind: 'run-finished',
          title: `${name} faulted`,
          body: run.error?.message || run.info?.trim() || 'The run faulted without a reason.',
          target,
        },
      };
    default:
      return { kind, request: { kind: 'run-finished', title: `${name} was stopped`, body: run.info?.trim() || 'Stopped.', target } };
  }
}

/**
 * Which events notify, as a pure function of the event and the preferences: run ends this app
 * witnessed, a sign-in that expired (not a sign-out the person chose), a robot asking to pair.
 * Pause silences everything; each kind can be turned off on its own.
 */
export function decideNotification(event: ShellEvent, preferences: Preferences): NotificationRequest | null {
  let decided: { kind: NotificationKind; request: NotificationRequest } | null = null;
  switch (event.type) {
    case 'run-updated':
      decided = runNotification(event.previousState, event.run);
      break;
    case 'session-changed': {
      const { previous, next } = event;
      const hasExpired = previous?.state === 'signed-in' && next.state === 'signed-out' && next.problem !== undefined;
      if (hasExpired) {
        decided = {
          kind: 'signInExpired',
          request: {
            kind: 'sign-in-expired',
            title: 'Sign-in expired',
            body: `Sign in again to ${next.profileName ?? 'Orchestrator'} to keep running processes.`,
            target: 'area:processes',
          },
        };
      }
      break;
    }
    case 'robot-changed':
      if (event.next.state === 'pairing-required' && event.previous?.state !== 'pairing-required') {
        decided = {
          kind: 'robotPairing',
          request: {
            kind: 'robot-pairing',
            title: 'The robot asks to pair',
            body: 'Enter the code the robot shows to run processes on this machine.',
            target: 'area:robot',
          },
        };
      }
      break;
  }
  if (!decided || !isKindAllowed(decided.kind, preferences.notifications)) return null;
  return decided.request;
}

/**
 * For notifications core services send on their own: the shell makes run-end notifications
 * itself (decideNotification), so a service's duplicate is dropped; the rest obey the preferences.
 */
export function isServiceNotificationAllowed(request: NotificationRequest, preferences: Preferences): boolean {
  switch (request.kind) {
    case 'run-finished':
      return false;
    case 'sign-in-expired':
      return isKindAllowed('signInExpired', preferences.notifications);
    case 'robot-pairing':
      return isKindAllowed('robotPairing', preferences.notifications);
    default:
      return !preferences.notifications.isPaused;
  }
}

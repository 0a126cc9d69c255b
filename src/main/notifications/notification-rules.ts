import type { BatonNotification } from '../../shared/contract/app';
import type { ReminderPrompt } from '../../shared/contract/reminders';
import type { RobotStatusView } from '../../shared/contract/robot';
import { isFinalRunState, type Run, type RunState } from '../../shared/contract/runs';
import type { NotificationKind, Preferences } from '../../shared/contract/preferences';
import type { SessionStatus } from '../../shared/model';
import { otherProfileNote } from '../reminders';

/** A notification as decided, before it gets its id and time. */
export type NotificationDraft = Omit<BatonNotification, 'id' | 'sentAt'>;

type Choices = Preferences['notifications'];

const RUN_KIND: Partial<Record<RunState, NotificationKind>> = {
  successful: 'runSuccessful',
  faulted: 'runFaulted',
  stopped: 'runStopped',
};

/** Pause silences everything; each kind can be turned off on its own. */
export function isKindAllowed(kind: NotificationKind, choices: Choices): boolean {
  return !choices.isPaused && choices.kinds[kind];
}

const isRunEndAllowed = (run: Run, choices: Choices): boolean => {
  const kind = RUN_KIND[run.state];
  return kind !== undefined && isKindAllowed(kind, choices);
};

const runHeadline: Record<string, (name: string) => string> = {
  successful: (name) => `${name} finished`,
  faulted: (name) => `${name} faulted`,
  stopped: (name) => `${name} was stopped`,
};

function runBody(run: Run): string {
  if (run.state === 'faulted') return run.error?.message || run.info?.trim() || 'The run faulted without a reason.';
  return run.info?.trim() || (run.state === 'successful' ? 'Successful.' : 'Stopped.');
}

/** A run's end this app saw happen: a run already ended when Baton first heard of it is old news. */
export function decideRunEnd(previousState: RunState | undefined, run: Run, choices: Choices): NotificationDraft | null {
  if (previousState === undefined || isFinalRunState(previousState) || !isFinalRunState(run.state)) return null;
  if (!isRunEndAllowed(run, choices)) return null;
  const headline = runHeadline[run.state] ?? ((name: string) => `${name}: ${run.state}`);
  return { kind: 'run-finished', title: headline(run.processName), body: runBody(run), target: { kind: 'run', runId: run.id } };
}

/**
 * The runs that ended while Orchestrator was unreachable, told in one notification (docs/offline.md):
 * one run leads to itself, several to the Runs page.
 */
export function decideCatchUp(finished: Run[], choices: Choices): NotificationDraft | null {
  const told = finished.filter((run) => isRunEndAllowed(run, choices));
  if (told.length === 0) return null;
  const only = told.length === 1 ? told[0] : undefined;
  return {
    kind: 'runs-caught-up',
    title: only ? 'A run finished while you were offline' : `${told.length} runs finished while you were offline`,
    body: told.map((run) => `${run.processName}: ${run.state}`).join('\n'),
    target: only ? { kind: 'run', runId: only.id } : { kind: 'area', area: 'runs' },
  };
}

/** A sign-in that expired (a problem came with the sign-out), not one the person chose. */
export function decideSessionChange(previous: SessionStatus | undefined, next: SessionStatus, choices: Choices): NotificationDraft | null {
  const hasExpired = previous?.state === 'signed-in' && next.state === 'signed-out' && next.problem !== undefined;
  if (!hasExpired || !isKindAllowed('signInExpired', choices)) return null;
  return {
    kind: 'sign-in-expired',
    title: 'Sign-in expired',
    body: `Sign in again to ${next.profileName ?? 'Orchestrator'} to keep running processes.`,
    target: { kind: 'area', area: 'processes' },
  };
}

/** The robot asks to pair (once per request, not on every status). */
export function decideRobotChange(
  previous: RobotStatusView | undefined,
  next: RobotStatusView,
  choices: Choices,
): NotificationDraft | null {
  if (next.state !== 'pairing-required' || previous?.state === 'pairing-required') return null;
  if (!isKindAllowed('robotPairing', choices)) return null;
  return {
    kind: 'robot-pairing',
    title: 'The robot asks to pair',
    body: 'Enter the code the robot shows to run processes on this machine.',
    target: { kind: 'area', area: 'robot' },
  };
}

/**
 * A reminder that came: it asks Start, Snooze 10 min or Dismiss, and nothing runs until Start.
 * Only Pause silences it (the person asked for it); the prompt in the window waits either way.
 */
export function decideReminder(prompt: ReminderPrompt, choices: Choices): NotificationDraft | null {
  if (choices.isPaused) return null;
  const name = prompt.reminder.processName;
  // Another profile's reminder cannot start from here (the reminders domain refuses it): no Start button.
  const elsewhere = otherProfileNote(prompt.reminder);
  const ask = prompt.isMissed ? 'It came while Baton was closed. ' : '';
  return {
    kind: 'reminder',
    title: prompt.isMissed ? `Missed: time to run ${name}` : `Time to run ${name}`,
    body: elsewhere ?? `${ask}Start it now, snooze it for 10 minutes or dismiss it.`,
    target: { kind: 'reminder', reminderId: prompt.reminder.id },
    actions: [
      ...(elsewhere ? [] : [{ id: 'start' as const, label: 'Start' }]),
      { id: 'snooze', label: 'Snooze 10 min' },
      { id: 'dismiss', label: 'Dismiss' },
    ],
  };
}

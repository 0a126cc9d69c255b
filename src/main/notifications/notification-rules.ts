import type { BatonNotification, NotificationActionId } from '../../shared/contract/app';
import type { MessageText } from '../../shared/i18n';
import { englishTranslator, inEnglish, said, verbatim, type TextParts } from '../../shared/message-parts';
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

/** A draft whose words are message ids, with their English from the same catalog. */
function draft(
  parts: Omit<NotificationDraft, 'title' | 'body' | 'titleText' | 'bodyText'>,
  title: MessageText,
  lines: readonly TextParts[],
): NotificationDraft {
  const titleText = [title];
  const bodyText = lines.map((line) => [...line]);
  return {
    ...parts,
    title: inEnglish(titleText),
    body: bodyText.map((line) => inEnglish(line)).join('\n'),
    titleText,
    bodyText,
  };
}

function runBody(run: Run): TextParts {
  if (run.state === 'faulted') {
    if (run.error?.message) return run.error.messageText ?? [verbatim(run.error.message)];
    return run.info?.trim() ? [verbatim(run.info.trim())] : [said('notifications.runFaultedNoReason')];
  }
  if (run.info?.trim()) return [verbatim(run.info.trim())];
  return [said(run.state === 'successful' ? 'notifications.runSuccessful' : 'notifications.runStopped')];
}

/** A run's end this app saw happen: a run already ended when Baton first heard of it is old news. */
export function decideRunEnd(previousState: RunState | undefined, run: Run, choices: Choices): NotificationDraft | null {
  if (previousState === undefined || isFinalRunState(previousState) || !isFinalRunState(run.state)) return null;
  if (!isRunEndAllowed(run, choices)) return null;
  return draft(
    { kind: 'run-finished', target: { kind: 'run', runId: run.id } },
    said('notifications.runFinished', { name: run.processName, state: run.state }),
    [runBody(run)],
  );
}

/**
 * The runs that ended while Orchestrator was unreachable, told in one notification (docs/offline.md):
 * one run leads to itself, several to the Runs page.
 */
export function decideCatchUp(finished: Run[], choices: Choices): NotificationDraft | null {
  const told = finished.filter((run) => isRunEndAllowed(run, choices));
  if (told.length === 0) return null;
  const only = told.length === 1 ? told[0] : undefined;
  return draft(
    { kind: 'runs-caught-up', target: only ? { kind: 'run', runId: only.id } : { kind: 'area', area: 'runs' } },
    said('notifications.caughtUpTitle', { count: told.length }),
    told.map((run) => [said('notifications.caughtUpLine', { name: run.processName, state: run.state })]),
  );
}

/** A sign-in that expired (a problem came with the sign-out), not one the person chose. */
export function decideSessionChange(previous: SessionStatus | undefined, next: SessionStatus, choices: Choices): NotificationDraft | null {
  const hasExpired = previous?.state === 'signed-in' && next.state === 'signed-out' && next.problem !== undefined;
  if (!hasExpired || !isKindAllowed('signInExpired', choices)) return null;
  return draft({ kind: 'sign-in-expired', target: { kind: 'area', area: 'processes' } }, said('notifications.signInExpiredTitle'), [
    [said('notifications.signInExpiredBody', { profile: next.profileName ?? '', hasProfile: next.profileName ? 'yes' : 'no' })],
  ]);
}

/** The robot asks to pair (once per request, not on every status). */
export function decideRobotChange(
  previous: RobotStatusView | undefined,
  next: RobotStatusView,
  choices: Choices,
): NotificationDraft | null {
  if (next.state !== 'pairing-required' || previous?.state === 'pairing-required') return null;
  if (!isKindAllowed('robotPairing', choices)) return null;
  return draft({ kind: 'robot-pairing', target: { kind: 'area', area: 'robot' } }, said('notifications.pairingTitle'), [
    [said('notifications.pairingBody')],
  ]);
}

/**
 * A reminder that came: it asks Start, Snooze 10 min or Dismiss, and nothing runs until Start.
 * Only Pause silences it (the person asked for it); the prompt in the window waits either way.
 */
export function decideReminder(prompt: ReminderPrompt, choices: Choices): NotificationDraft | null {
  if (choices.isPaused) return null;
  const name = prompt.reminder.processName;
  // Another profile's reminder cannot start from here (the reminders domain refuses it): no Start button.
  const isElsewhere = otherProfileNote(prompt.reminder) !== undefined;
  const profile = prompt.reminder.profileName;
  const body: TextParts = isElsewhere
    ? [said('notifications.reminderOtherProfile', { profile: profile ?? '', hasProfile: profile ? 'yes' : 'no' })]
    : [...(prompt.isMissed ? [said('notifications.reminderMissedNote')] : []), said('notifications.reminderAsk')];
  const buttons: NotificationActionId[] = [...(isElsewhere ? [] : ['start' as const]), 'snooze', 'dismiss'];
  return draft(
    {
      kind: 'reminder',
      target: { kind: 'reminder', reminderId: prompt.reminder.id },
      actions: buttons.map((id) => ({ id, label: englishTranslator.t('notifications.action', { action: id }) })),
    },
    said('notifications.reminderTitle', { name, isMissed: prompt.isMissed ? 'yes' : 'no' }),
    [body],
  );
}

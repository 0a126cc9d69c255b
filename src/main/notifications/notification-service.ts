import { randomUUID } from 'node:crypto';
import type { AppTarget, BatonNotification, NotificationActionId } from '../../shared/contract/app';
import type { ReminderPrompt } from '../../shared/contract/reminders';
import type { RobotStatusView } from '../../shared/contract/robot';
import { isFinalRunState, type Run, type RunState } from '../../shared/contract/runs';
import type { Preferences } from '../../shared/contract/preferences';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { BatonEventSource } from '../../shared/api';
import type { SessionStatus } from '../../shared/model';
import { createDisposables } from '../lib';
import type { Clock, Logger, Notifier } from '../platform';
import {
  decideCatchUp,
  decideReminder,
  decideRobotChange,
  decideRunEnd,
  decideSessionChange,
  type NotificationDraft,
} from './notification-rules';

// Buttons are answered soon after the notification; older ones are forgotten (the prompt in the window still answers).
const KEPT_FOR_ACTIONS = 50;
// Only runs told about just before an outage can show up in its catch-up; the newest few are enough.
const KEPT_TOLD = 200;

export interface NotificationServiceDeps {
  /** The core's events: runs, session, robot, connectivity and reminders. */
  events: BatonEventSource;
  preferences: { current(): Pick<Preferences, 'notifications'> };
  /** The platform's port: the host shows what is sent here. */
  notifier: Notifier;
  /** Tells every host (the web page shows it in the page). */
  onShown(notification: BatonNotification): void;
  /**
   * Whether a run's end belongs to an outage's catch-up (src/main/connectivity): those are told
   * together, in one notification, when the connection is back.
   */
  isCatchingUp(run: Run): boolean;
  /** The runs still going when Baton starts, so their ends count as seen. */
  activeRuns(): Promise<Run[]>;
  /** What a reminder's buttons do. */
  answerReminder(reminderId: string, answer: NotificationActionId): Promise<{ show?: AppTarget }>;
  clock: Clock;
  logger?: Logger;
  newId?: () => string;
}

export interface NotificationService {
  /** Follows the core's events until `dispose`. */
  start(): void;
  dispose(): Promise<void>;
  /** A button of a notification was pressed; says where the person must go to finish, if anywhere. */
  act(id: string, action: NotificationActionId): Promise<{ show?: AppTarget }>;
}

/**
 * The one place that decides and sends notifications: from run, connectivity, robot and session
 * events and reminders, as the person's preferences allow. Hosts only show them.
 */
export function createNotificationService(deps: NotificationServiceDeps): NotificationService {
  const newId = deps.newId ?? (() => randomUUID());
  /** The last state seen of each run not yet ended: an end is news only after a state before it. */
  const runStates = new Map<string, RunState>();
  /** Runs already told about one by one, so the catch-up does not tell them again. */
  const told = new Set<string>();
  const recent = new Map<string, BatonNotification>();
  let session: SessionStatus | undefined;
  let robot: RobotStatusView | undefined;

  const choices = () => deps.preferences.current().notifications;

  const send = (draft: NotificationDraft | null): void => {
    if (!draft) return;
    const notification: BatonNotification = { ...draft, id: newId(), sentAt: new Date(deps.clock.now()).toISOString() };
    if (notification.actions?.length) {
      recent.set(notification.id, notification);
      for (const id of recent.keys()) if (recent.size > KEPT_FOR_ACTIONS) recent.delete(id);
    }
    try {
      deps.notifier.notify(notification);
    } catch (error) {
      deps.logger?.warn('The notification could not be shown', { kind: notification.kind, error: String(error) });
    }
    deps.onShown(notification);
  };

  const onRunUpdated = (run: Run): void => {
    const previous = runStates.get(run.id);
    if (!isFinalRunState(run.state)) {
      runStates.set(run.id, run.state);
      return;
    }
    runStates.delete(run.id);
    // Held for the catch-up's one notification.
    if (deps.isCatchingUp(run)) return;
    const draft = decideRunEnd(previous, run, choices());
    if (draft) remember(told, run.id, KEPT_TOLD);
    send(draft);
  };

  const onRestored = (finishedRuns: Run[]): void => {
    const untold = finishedRuns.filter((run) => !told.has(run.id));
    for (const run of finishedRuns) told.delete(run.id);
    send(decideCatchUp(untold, choices()));
  };

  const onReminderDue = (prompt: ReminderPrompt): void => send(decideReminder(prompt, choices()));

  const disposables = createDisposables((error) => deps.logger?.warn('Stopping the notifications failed', { error: String(error) }));

  return {
    start() {
      const stops = [
        deps.events.on('run.updated', onRunUpdated),
        deps.events.on('connectivity.restored', (restored) => onRestored(restored.finishedRuns)),
        deps.events.on('session.changed', (next) => {
          send(decideSessionChange(session, next, choices()));
          session = next;
        }),
        deps.events.on('robot.changed', (next) => {
          send(decideRobotChange(robot, next, choices()));
          robot = next;
        }),
        deps.events.on('reminder.due', onReminderDue),
      ];
      deps.activeRuns().then(
        (runs) => {
          for (const run of runs) if (!runStates.has(run.id) && !isFinalRunState(run.state)) runStates.set(run.id, run.state);
        },
        (error: unknown) => deps.logger?.warn('Could not read the runs still going', { error: String(error) }),
      );
      for (const stop of stops) disposables.add(stop);
    },
    dispose: () => disposables.dispose(),
    async act(id, action) {
      const notification = recent.get(id);
      const button = notification?.actions?.find((candidate) => candidate.id === action);
      if (!notification || !button) {
        throw BatonError.said('NOT_FOUND', said('notifications.noSuchButton'), { hint: said('notifications.noSuchButtonHint') });
      }
      recent.delete(id);
      if (notification.target?.kind !== 'reminder') return {};
      return deps.answerReminder(notification.target.reminderId, action);
    },
  };
}

function remember(set: Set<string>, id: string, limit: number): void {
  set.add(id);
  for (const oldest of set) {
    if (set.size <= limit) break;
    set.delete(oldest);
  }
}

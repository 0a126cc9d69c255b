import type { Notification, NotificationConstructorOptions } from 'electron';
import type { AppTarget, NotificationActionId } from '../../../shared/contract/app';
import type { Logger, NotificationRequest, Notifier } from '../types';

export interface NotifierOptions {
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  /** Which OS: only macOS shows a notification's buttons (Windows needs toast XML, Linux varies). */
  platform: NodeJS.Platform;
  /** Called with the request's target when the person clicks the notification. */
  onClick?: (target: AppTarget | undefined) => void;
  /** Called when the person presses one of its buttons. */
  onAction?: (notification: NotificationRequest, action: NotificationActionId) => void;
  logger?: Logger;
}

/**
 * The OS notifications of the desktop. A notification with buttons (a reminder's Start, Snooze
 * 10 min, Dismiss) gets them where Electron shows them (macOS); elsewhere it is a plain
 * notification whose click opens the window at its target, where the same buttons are.
 */
export function createElectronNotifier(options: NotifierOptions): Notifier {
  // Electron drops click handlers of notifications that were garbage-collected; keep them until closed.
  const live = new Set<Notification>();
  const hasButtons = options.platform === 'darwin';
  return {
    notify(request) {
      if (!options.Notification.isSupported()) {
        options.logger?.info('Notifications are not supported here', { kind: request.kind });
        // A question that cannot be asked by a notification is asked in the window instead.
        if (request.actions?.length) options.onClick?.(request.target);
        return;
      }
      const actions = hasButtons ? (request.actions ?? []) : [];
      const notification = new options.Notification({
        title: request.title,
        body: request.body,
        ...(actions.length > 0 ? { actions: actions.map((action) => ({ type: 'button' as const, text: action.label })) } : {}),
      });
      live.add(notification);
      notification.on('click', () => options.onClick?.(request.target));
      notification.on('action', (details: { actionIndex?: number } | undefined, index?: number) => {
        // Electron 33 moved the index into the event's details; the second argument is the older form.
        const action = actions[details?.actionIndex ?? index ?? -1];
        if (action) options.onAction?.(request, action.id);
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}

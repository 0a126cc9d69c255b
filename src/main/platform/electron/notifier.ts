import type { Notification, NotificationConstructorOptions } from 'electron';
import type { Logger, Notifier } from '../types';

export interface NotifierOptions {
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  /** Called with the request's target when the person clicks the notification. */
  onClick?: (target: string | undefined) => void;
  logger?: Logger;
}

export function createElectronNotifier(options: NotifierOptions): Notifier {
  // Electron drops click handlers of notifications that were garbage-collected; keep them until closed.
  const live = new Set<Notification>();
  return {
    notify(request) {
      if (!options.Notification.isSupported()) {
        options.logger?.info('Notifications are not supported here', { kind: request.kind });
        return;
      }
      const notification = new options.Notification({ title: request.title, body: request.body });
      live.add(notification);
      notification.on('click', () => options.onClick?.(request.target));
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}

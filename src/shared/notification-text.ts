import type { BatonNotification, NotificationActionId } from './contract/app';
import type { Translator } from './i18n';
import { renderParts } from './message-parts';

/**
 * A notification in a language: its message ids where it has them (every one the core sends),
 * else the English strings it carries (the desktop shell's own, older cores).
 */
export function notificationWords(t: Translator, notification: BatonNotification): { title: string; body: string } {
  return {
    title: notification.titleText ? renderParts(t, notification.titleText) : notification.title,
    body: notification.bodyText ? notification.bodyText.map((line) => renderParts(t, line)).join('\n') : notification.body,
  };
}

/** A notification button's label: Start, Snooze 10 min, Dismiss. */
export function notificationActionLabel(t: Translator, action: NotificationActionId): string {
  return t.t('notifications.action', { action });
}

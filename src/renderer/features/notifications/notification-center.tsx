import { useEffect, useState } from 'react';
import { targetHash } from '../../../shared/app-target';
import type { BatonNotification } from '../../../shared/contract/app';
import { notificationWords } from '../../../shared/notification-text';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';

// A few at a time; an older one is still in Runs or wherever it led.
const SHOWN_AT_MOST = 4;

/**
 * The web host's notifications, in the page (the desktop shows the same ones through the OS):
 * the title leads where the notification points (a run, the Runs page, Diagnostics), like a click
 * on a system notification. A reminder is not repeated here: its prompt, with Start, Snooze 10
 * min and Dismiss, is the in-page form of it.
 */
export function NotificationCenter() {
  const api = useBatonApi();
  const t = useT();
  const [shown, setShown] = useState<BatonNotification[]>([]);

  useEffect(
    () =>
      api.on('notification.shown', (notification) => {
        if (notification.kind === 'reminder') return;
        setShown((current) => [...current, notification].slice(-SHOWN_AT_MOST));
      }),
    [api],
  );

  const close = (id: string) => setShown((current) => current.filter((notification) => notification.id !== id));
  const open = (notification: BatonNotification) => {
    close(notification.id);
    if (notification.target) window.location.hash = targetHash(notification.target);
  };

  return (
    <section className="notification-center" aria-label={t.t('notifications.region')}>
      <ul aria-live="polite">
        {shown.map((notification) => {
          // The core's message ids in the window's language, as they are at this moment.
          const words = notificationWords(t, notification);
          return (
            <li key={notification.id} className="notification">
              <div className="notification-text">
                {notification.target ? (
                  <button type="button" className="notification-title link-button" onClick={() => open(notification)}>
                    {words.title}
                  </button>
                ) : (
                  <p className="notification-title">{words.title}</p>
                )}
                <p className="notification-body">{words.body}</p>
              </div>
              <button
                type="button"
                className="notification-close"
                aria-label={t.t('notifications.dismiss', { title: words.title })}
                onClick={() => close(notification.id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

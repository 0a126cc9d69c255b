import type { BatonNotification } from '../../shared/contract/app';
import type { Preferences } from '../../shared/contract/preferences';
import { loadTranslator, pickLocale, type Translator } from '../../shared/i18n';
import { englishTranslator } from '../../shared/message-parts';
import { notificationActionLabel, notificationWords } from '../../shared/notification-text';
import { createEmitter } from '../lib';
import type { Logger, NotificationRequest, Notifier } from '../platform';

export type LanguageChoice = Preferences['language'];

/** The desktop host's language: the Preferences choice, else the OS's; a change applies at once. */
export interface DesktopLanguage {
  current(): Translator;
  /** Whether the first choice (the Preferences', or the OS's when they cannot be read) has been applied. */
  hasChosen(): boolean;
  /** Resolves once it has (its catalog in, or failed to load): words said before then would be English. */
  whenFirstChosen(): Promise<void>;
  /** Follows a choice (`system`: the OS's languages); resolves once the catalog is in and listeners were told. */
  choose(choice: LanguageChoice): Promise<void>;
  onChanged(listener: (t: Translator) => void): () => void;
}

export function createDesktopLanguage(deps: { systemLanguages(): readonly string[]; logger?: Logger }): DesktopLanguage {
  const changed = createEmitter<Translator>((error) => deps.logger?.warn('A language listener failed', { error: String(error) }));
  let current = englishTranslator;
  // A later choice wins over an earlier one whose catalog loads late.
  let latest = 0;
  let isChosen = false;
  let markChosen = () => {};
  const firstChosen = new Promise<void>((resolve) => (markChosen = resolve));
  const settle = () => {
    isChosen = true;
    markChosen();
  };
  return {
    current: () => current,
    hasChosen: () => isChosen,
    whenFirstChosen: () => firstChosen,
    async choose(choice) {
      const locale = choice === 'system' ? pickLocale(deps.systemLanguages()) : choice;
      const asked = ++latest;
      let next: Translator;
      try {
        next = await loadTranslator(locale);
      } catch (error) {
        deps.logger?.warn('The language could not be loaded; staying in the current one', { locale, error: String(error) });
        return settle();
      }
      if (asked !== latest || next.locale === current.locale) return settle();
      current = next;
      settle();
      changed.emit(current);
    },
    onChanged: (listener) => changed.on(listener),
  };
}

/** A notification put into words in the host's language at the moment it is shown (the core sends ids). */
export function localizeNotification(notification: BatonNotification, t: Translator): BatonNotification {
  return {
    ...notification,
    ...notificationWords(t, notification),
    ...(notification.actions
      ? { actions: notification.actions.map((action) => ({ ...action, label: notificationActionLabel(t, action.id) })) }
      : {}),
  };
}

/**
 * The OS notifier, speaking the host's current language. What comes before the person's language
 * is known (a missed reminder at login, a sign-in that expired overnight) waits for it, in order,
 * rather than being said in English.
 */
export function localizedNotifier(
  notifier: Notifier,
  language: Pick<DesktopLanguage, 'current' | 'hasChosen' | 'whenFirstChosen'>,
): Notifier {
  let waiting = 0;
  const show = (notification: NotificationRequest) => notifier.notify(localizeNotification(notification, language.current()));
  return {
    notify(notification) {
      if (language.hasChosen() && waiting === 0) return show(notification);
      waiting += 1;
      void language.whenFirstChosen().then(() => {
        waiting -= 1;
        show(notification);
      });
    },
  };
}

import type { BatonNotification } from '../../shared/contract/app';
import type { Preferences } from '../../shared/contract/preferences';
import { loadTranslator, pickLocale, type Translator } from '../../shared/i18n';
import { englishTranslator } from '../../shared/message-parts';
import { notificationActionLabel, notificationWords } from '../../shared/notification-text';
import { createEmitter } from '../lib';
import type { Logger, Notifier } from '../platform';

export type LanguageChoice = Preferences['language'];

/** The desktop host's language: the Preferences choice, else the OS's; a change applies at once. */
export interface DesktopLanguage {
  current(): Translator;
  /** Follows a choice (`system`: the OS's languages); resolves once the catalog is in and listeners were told. */
  choose(choice: LanguageChoice): Promise<void>;
  onChanged(listener: (t: Translator) => void): () => void;
}

export function createDesktopLanguage(deps: { systemLanguages(): readonly string[]; logger?: Logger }): DesktopLanguage {
  const changed = createEmitter<Translator>((error) => deps.logger?.warn('A language listener failed', { error: String(error) }));
  let current = englishTranslator;
  // A later choice wins over an earlier one whose catalog loads late.
  let latest = 0;
  return {
    current: () => current,
    async choose(choice) {
      const locale = choice === 'system' ? pickLocale(deps.systemLanguages()) : choice;
      const asked = ++latest;
      let next: Translator;
      try {
        next = await loadTranslator(locale);
      } catch (error) {
        deps.logger?.warn('The language could not be loaded; staying in the current one', { locale, error: String(error) });
        return;
      }
      if (asked !== latest || next.locale === current.locale) return;
      current = next;
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

/** The OS notifier, speaking the host's current language. */
export function localizedNotifier(notifier: Notifier, translator: () => Translator): Notifier {
  return { notify: (notification) => notifier.notify(localizeNotification(notification, translator())) };
}

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  createTranslator,
  isLocale,
  loadMessages,
  pickLocale,
  PSEUDO_LOCALE,
  type Locale,
  type Translator,
  type UiLocale,
} from '../../shared/i18n';
import { useSettings } from '../features/preferences/use-settings';

const TranslatorContext = createContext<Translator | undefined>(undefined);

// The last language shown, so the next start paints in it before the preferences arrive.
const LAST_LOCALE_KEY = 'baton.locale';

/**
 * `?locale=en-XA` (or any of Baton's languages) in the page's address: tests pin a language
 * with it, whatever the preference says.
 */
export function localeFromAddress(search: string): UiLocale | undefined {
  const asked = new URLSearchParams(search).get('locale');
  if (asked === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return asked !== null && isLocale(asked) ? asked : undefined;
}

/** The OS's languages: Electron passes them through the preload; a browser has navigator.languages. */
function systemLocale(): Locale {
  const fromHost = (window as { baton?: { systemLanguages?: readonly string[] } }).baton?.systemLanguages;
  return pickLocale(fromHost?.length ? fromHost : (navigator.languages ?? [navigator.language]));
}

function lastLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(LAST_LOCALE_KEY);
    return stored !== null && isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the window in the person's language: the Preferences choice, else the OS's. A change
 * applies at once (the catalog loads, then every `useT()` re-renders); `lang` and `dir` on the
 * document follow it.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { state } = useSettings();
  const pinned = useMemo(() => localeFromAddress(window.location.search), []);
  const chosen = state.status === 'done' ? state.view.preferences.language : undefined;
  const wanted: UiLocale =
    pinned ?? (chosen === undefined ? (lastLocale() ?? systemLocale()) : chosen === 'system' ? systemLocale() : chosen);
  const [translator, setTranslator] = useState<Translator | undefined>(() =>
    wanted === 'en' || wanted === PSEUDO_LOCALE ? createTranslator(wanted) : undefined,
  );

  const shown = useRef(translator);
  shown.current = translator;

  useEffect(() => {
    if (shown.current?.locale === wanted) return;
    let isCurrent = true;
    loadMessages(wanted).then(
      () => isCurrent && setTranslator(createTranslator(wanted)),
      // A catalog chunk that cannot load leaves the window in English rather than blank.
      () => isCurrent && setTranslator(createTranslator('en')),
    );
    return () => {
      isCurrent = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (!translator) return;
    document.documentElement.lang = translator.locale;
    document.documentElement.dir = translator.dir;
    if (translator.locale !== PSEUDO_LOCALE && !pinned) {
      try {
        localStorage.setItem(LAST_LOCALE_KEY, translator.locale);
      } catch {
        // Storage refused (private mode): the next start paints in the system language first.
      }
    }
  }, [translator, pinned]);

  // Only a language other than English waits for its catalog; that is one small chunk.
  if (!translator) return null;
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The window's translator: `t(id, values)` and the Intl formatters of its language. */
/** One fixed language for what is rendered below it, without preferences: unit tests and static renders. */
export const FixedLanguage = TranslatorContext.Provider;

export function useT(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('I18nProvider is missing above this component.');
  return translator;
}

/** The languages Baton ships, in the order Preferences lists them (docs/i18n.md). */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A test-only locale: English accented, lengthened by about 40% and bracketed
 * (`[Ƥŕöçéšš···]`), so a string that skipped the catalog stands out on screen and in e2e tests.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/**
 * The first of the person's languages (BCP 47 tags, most preferred first) Baton speaks, matched
 * on the language subtag (`de-AT` → `de`, `zh-Hant-TW` → none); English when none matches.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (language !== undefined && isLocale(language)) return language;
  }
  return 'en';
}

function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).language.toLowerCase();
  } catch {
    // Not a BCP 47 tag (e.g. "C" or "POSIX" from LANG): it names no language.
    return undefined;
  }
}

export function directionOf(locale: UiLocale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

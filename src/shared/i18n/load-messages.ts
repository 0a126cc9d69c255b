import { flattenMessages, type FlatCatalog, type Messages } from './catalog';
import { PSEUDO_LOCALE, type Locale, type UiLocale } from './locales';
import { messages as english } from './messages/en';

type Loader = () => Promise<{ messages: Messages }>;

// One chunk per language, fetched when first chosen, so English-only first paint does not carry them.
const LOADERS: Record<Exclude<Locale, 'en'>, Loader> = {
  de: () => import('./messages/de'),
  fr: () => import('./messages/fr'),
  es: () => import('./messages/es'),
  ja: () => import('./messages/ja'),
  ar: () => import('./messages/ar'),
};

export const ENGLISH: FlatCatalog = flattenMessages(english);

// A memo of the imported catalogs (what the module loader caches anyway), so a translator for
// a language already loaded is made synchronously.
const loaded = new Map<UiLocale, { messages: Messages; flat: FlatCatalog }>([
  ['en', { messages: english, flat: ENGLISH }],
  [PSEUDO_LOCALE, { messages: english, flat: ENGLISH }],
]);

/** A language's messages; English (and the pseudo-locale made from it) are bundled, the rest load once on demand. */
export async function loadMessages(locale: UiLocale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known.messages;
  const { messages } = await LOADERS[locale as Exclude<Locale, 'en'>]();
  loaded.set(locale, { messages, flat: flattenMessages(messages) });
  return messages;
}

/** The flat catalog of a language already loaded, or undefined. */
export function loadedCatalog(locale: UiLocale): FlatCatalog | undefined {
  return loaded.get(locale)?.flat;
}

export const isMessageId = (id: string): boolean => ENGLISH.has(id);

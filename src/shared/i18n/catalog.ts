import type { messages as english } from './messages/en';

/** Every namespace of the English catalog, each `{ key: 'ICU message' }`. */
export type EnglishMessages = typeof english;
export type Namespace = keyof EnglishMessages & string;

/** Another language's file for one namespace: exactly the English keys, each an ICU message. */
export type Catalog<English> = { readonly [Key in keyof English]: string };

/** A whole language: every namespace of English. */
export type Messages = { readonly [N in Namespace]: Catalog<EnglishMessages[N]> };

/** `'<namespace>.<key>'` for every message of the English catalog. */
export type MessageId = {
  [N in Namespace]: `${N}.${keyof EnglishMessages[N] & string}`;
}[Namespace];

export type MessageValues = Readonly<Record<string, string | number>>;

/** One language's messages by id, as the translator looks them up. */
export type FlatCatalog = ReadonlyMap<string, string>;

export function flattenMessages(messages: Messages): FlatCatalog {
  const flat = new Map<string, string>();
  for (const [namespace, catalog] of Object.entries(messages)) {
    for (const [key, message] of Object.entries(catalog as Record<string, string>)) flat.set(`${namespace}.${key}`, message);
  }
  return flat;
}

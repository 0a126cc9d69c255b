import { z } from 'zod';
import { createTranslator, messageTextSchema, type MessageId, type MessageText, type MessageValues, type Translator } from './i18n';

/**
 * What the core says as message ids instead of sentences (docs/i18n.md, "Core messages"): a text
 * is one or more sentences, each a `MessageText`, put into words by whoever shows it, in the
 * person's language. The English string beside it in every payload is made from the same
 * English catalog, so old clients and `--json` readers keep their words.
 */
export type TextParts = readonly MessageText[];

export const textPartsSchema = z.array(messageTextSchema).min(1).max(20);

/** One sentence: `said('diagnostics.tcpOpen', { host, port })`. */
export function said(id: MessageId, values?: MessageValues): MessageText {
  return values === undefined ? { id } : { id, values };
}

/** A value that is text from elsewhere (a server's message, a path), shown as it is. */
export function verbatim(text: string): MessageText {
  return { id: 'errors.verbatim', values: { text: text.slice(0, 10_000) } };
}

const CHECK_TITLE: MessageId = 'diagnostics.checkTitle';

/** An ICU select key cannot hold a hyphen: `run-permission` is selected as `runPermission`. */
export function selectKey(value: string): string {
  return value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Values that are a list of select keys, comma-separated (`'robotPairing,runHistory'`), and the
 * message that names one item: the items are said one by one and listed as the language lists them.
 */
const LISTED_VALUES: Readonly<Record<string, MessageId>> = { resetParts: 'errors.resetPart' };

/** A listed value (`{ resetParts: listed(['robotPairing', 'runHistory']) }`): its items' select keys, comma-separated. */
export function listed(keys: readonly string[]): string {
  return keys.map(selectKey).join(',');
}

function listIn(t: Translator, item: MessageId, keys: string): string {
  const names = keys.split(',').map((key) => t.t(item, { item: key }));
  // English keeps the plain comma list it always wrote ("a, b"); the others list with their own "and".
  const type = t.locale.startsWith('en') ? 'unit' : 'conjunction';
  return new Intl.ListFormat(t.locale, { type, style: 'long' }).format(names);
}

/** One sentence in the translator's language. A value named `check` is a check id and reads as the check's title. */
export function renderText(t: Translator, message: MessageText): string {
  const values = message.values;
  if (!values) return t.text(message);
  const check = values.check;
  const lists = Object.keys(values).filter((name) => LISTED_VALUES[name] !== undefined && typeof values[name] === 'string');
  if ((check === undefined || message.id === CHECK_TITLE) && lists.length === 0) return t.text(message);
  return t.t(message.id, {
    ...values,
    ...(check === undefined || message.id === CHECK_TITLE ? {} : { check: t.t(CHECK_TITLE, { check: selectKey(String(check)) }) }),
    ...Object.fromEntries(lists.map((name) => [name, listIn(t, LISTED_VALUES[name]!, String(values[name]))])),
  });
}

/** Sentences in the translator's language, joined as that language writes them (Japanese without spaces). */
export function renderParts(t: Translator, parts: TextParts | MessageText): string {
  const list: TextParts = Array.isArray(parts) ? parts : [parts as MessageText];
  return list.map((part) => renderText(t, part)).join(t.locale === 'ja' ? '' : ' ');
}

/** English, from the English catalog: the string every payload keeps beside its message ids. */
export const englishTranslator: Translator = createTranslator('en');

export function inEnglish(parts: TextParts | MessageText): string {
  return renderParts(englishTranslator, parts);
}

/** Accepts one sentence or several. */
export function toParts(parts: TextParts | MessageText): TextParts {
  return Array.isArray(parts) ? parts : [parts as MessageText];
}

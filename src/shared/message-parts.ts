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

/** One sentence in the translator's language. A value named `check` is a check id and reads as the check's title. */
export function renderText(t: Translator, message: MessageText): string {
  const check = message.values?.check;
  if (check === undefined || message.id === CHECK_TITLE) return t.text(message);
  return t.t(message.id, { ...message.values, check: t.t(CHECK_TITLE, { check: selectKey(String(check)) }) });
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

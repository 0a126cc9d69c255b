import type { Translator } from '../../shared/i18n';
import { renderParts, type TextParts } from '../../shared/message-parts';

/** What an error from the core carries: its English words, and the same as message ids when the core sent them. */
export interface ErrorWords {
  message: string;
  hint?: string;
  messageText?: TextParts;
  hintText?: TextParts;
}

/**
 * An error's message and hint in the window's language. The core sends message ids with
 * values (docs/i18n.md); an error from elsewhere (a server's own sentence) keeps its words.
 */
export function errorText(error: ErrorWords, translator: Translator): { message: string; hint?: string } {
  const message = error.messageText ? renderParts(translator, error.messageText) : error.message;
  const hint = error.hintText ? renderParts(translator, error.hintText) : error.hint;
  return hint === undefined ? { message } : { message, hint };
}

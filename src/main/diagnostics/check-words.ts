import { isBatonError } from '../../shared/errors';
import { verbatim, type TextParts } from '../../shared/message-parts';

/** An error's own words as message ids, or its English message as it is. */
export function errorWords(error: { message: string; messageText?: TextParts | undefined }): TextParts {
  return error.messageText ?? [verbatim(error.message)];
}

/** An error's hint as message ids, when it has one. */
export function hintWords(error: unknown): TextParts | undefined {
  if (!isBatonError(error)) return undefined;
  return error.hintText ?? (error.hint ? [verbatim(error.hint)] : undefined);
}

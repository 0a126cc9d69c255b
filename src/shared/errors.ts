import { z } from 'zod';
import { inEnglish, textPartsSchema, toParts, said, type TextParts } from './message-parts';
import type { MessageText } from './i18n';

/** Stable error codes that cross every boundary (DESIGN.md §3). Never rename one. */
export const BATON_ERROR_CODES = [
  'NETWORK_UNREACHABLE',
  'TLS_UNTRUSTED',
  'AUTH_REQUIRED',
  'AUTH_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'CONFLICT',
  'VALIDATION',
  'ROBOT_UNAVAILABLE',
  'ROBOT_PAIRING_REQUIRED',
  'ROBOT_REJECTED',
  'INTERNAL',
] as const;

export type BatonErrorCode = (typeof BATON_ERROR_CODES)[number];

export const batonErrorPayloadSchema = z.object({
  code: z.enum(BATON_ERROR_CODES),
  message: z.string(),
  hint: z.string().optional(),
  details: z.unknown().optional(),
  /** The message as message ids (docs/i18n.md): shown in the person's language; `message` is its English. */
  messageText: textPartsSchema.optional(),
  /** The hint as message ids; `hint` is its English. */
  hintText: textPartsSchema.optional(),
});

/** The plain-JSON shape of an error as it crosses IPC, the web host and the CLI. */
export type BatonErrorPayload = z.infer<typeof batonErrorPayloadSchema>;

export class BatonError extends Error {
  readonly code: BatonErrorCode;
  readonly hint: string | undefined;
  readonly details: unknown;
  readonly messageText: TextParts | undefined;
  readonly hintText: TextParts | undefined;

  constructor(
    code: BatonErrorCode,
    message: string,
    options: { hint?: string; details?: unknown; cause?: unknown; messageText?: TextParts; hintText?: TextParts } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BatonError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
    this.messageText = options.messageText;
    this.hintText = options.hintText;
  }

  /**
   * An error whose words are message ids (shown in the person's language); its `message` and
   * `hint` are their English, from the same catalog.
   */
  static said(
    code: BatonErrorCode,
    message: TextParts | MessageText,
    options: { hint?: TextParts | MessageText; details?: unknown; cause?: unknown } = {},
  ): BatonError {
    const messageText = toParts(message);
    const hintText = options.hint === undefined ? undefined : toParts(options.hint);
    return new BatonError(code, inEnglish(messageText), {
      ...(hintText ? { hint: inEnglish(hintText), hintText } : {}),
      details: options.details,
      cause: options.cause,
      messageText,
    });
  }

  toJSON(): BatonErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.messageText === undefined ? {} : { messageText: [...this.messageText] }),
      ...(this.hintText === undefined ? {} : { hintText: [...this.hintText] }),
    };
  }

  static fromPayload(payload: BatonErrorPayload): BatonError {
    return new BatonError(payload.code, payload.message, {
      hint: payload.hint,
      details: payload.details,
      messageText: payload.messageText,
      hintText: payload.hintText,
    });
  }
}

export function isBatonError(value: unknown): value is BatonError {
  return value instanceof BatonError;
}

/**
 * Turns anything thrown into a payload that is safe to send across a boundary: a BatonError
 * keeps its code and hint; anything else becomes INTERNAL without its message or stack, which
 * may carry paths, tokens or server bodies.
 */
export function toErrorPayload(error: unknown): BatonErrorPayload {
  if (isBatonError(error)) return error.toJSON();
  return BatonError.said('INTERNAL', said('errors.internal'), { hint: said('errors.internalHint') }).toJSON();
}

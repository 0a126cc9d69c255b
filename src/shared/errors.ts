import { z } from 'zod';

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
});

/** The plain-JSON shape of an error as it crosses IPC, the web host and the CLI. */
export type BatonErrorPayload = z.infer<typeof batonErrorPayloadSchema>;

export class BatonError extends Error {
  readonly code: BatonErrorCode;
  readonly hint: string | undefined;
  readonly details: unknown;

  constructor(code: BatonErrorCode, message: string, options: { hint?: string; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BatonError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }

  toJSON(): BatonErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }

  static fromPayload(payload: BatonErrorPayload): BatonError {
    return new BatonError(payload.code, payload.message, { hint: payload.hint, details: payload.details });
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
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Baton.',
    hint: 'Try again. If it keeps happening, run Diagnostics and include its report when you ask for help.',
  };
}

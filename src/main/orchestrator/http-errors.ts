import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import type { MessageText } from '../../shared/i18n';
import { said as sentence } from '../../shared/message-parts';

/** What the caller knows that the server's message does not say: for FORBIDDEN hints. */
export interface RequestContext {
  /** The Orchestrator permission the call needs, e.g. `Jobs.Create`. */
  permission?: string;
  /** The folder's path, e.g. `Finance/Invoices`. */
  folderPath?: string;
}

/** An Orchestrator call that failed; `isAmbiguous` means the server may have acted on it (timeout, reset, 5xx). */
export class OrchestratorCallError extends BatonError {
  readonly status: number | undefined;
  readonly errorCode: number | undefined;
  readonly isAmbiguous: boolean;
  /** The connection was refused outright (nothing reached the server): a write is safe to send again. */
  readonly isRefusedConnection: boolean;
  /** Orchestrator's own message, for deciding what to do (never shown raw without the mapped message). */
  readonly serverMessage: string | undefined;
  constructor(
    error: BatonError,
    extra: {
      status?: number;
      errorCode?: number;
      isAmbiguous: boolean;
      retryAfterMs?: number;
      isRefusedConnection?: boolean;
      serverMessage?: string;
    },
  ) {
    super(error.code, error.message, {
      hint: error.hint,
      details: error.details,
      cause: error.cause,
      ...(error.messageText ? { messageText: error.messageText } : {}),
      ...(error.hintText ? { hintText: error.hintText } : {}),
    });
    this.status = extra.status;
    this.errorCode = extra.errorCode;
    this.isAmbiguous = extra.isAmbiguous;
    this.isRefusedConnection = extra.isRefusedConnection ?? false;
    this.serverMessage = extra.serverMessage;
  }
}

export function isOrchestratorCallError(error: unknown): error is OrchestratorCallError {
  return error instanceof OrchestratorCallError;
}

// Modern `{message, errorCode, traceId}` (camelCase on the wire), ABP `{error:{message}}`, or PascalCase ErrorResult.
const errorBody = z
  .object({
    message: z.string().optional(),
    Message: z.string().optional(),
    errorCode: z.number().optional(),
    ErrorCode: z.number().optional(),
    traceId: z.string().nullable().optional(),
    // Identity-backed APIs: `{"errorMessage": "…"}` (reference orchestrator-versions.md §7, TSV:15-16).
    errorMessage: z.string().optional(),
    // ASP.NET ProblemDetails (Identity's validation answers): the title is the sentence.
    title: z.string().optional(),
    error: z.object({ message: z.string().optional(), details: z.string().nullable().optional() }).loose().nullable().optional(),
  })
  .loose();

export function parseErrorBody(text: string): { message?: string; errorCode?: number; traceId?: string; isJson: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { isJson: false };
  }
  const parsed = errorBody.safeParse(json);
  if (!parsed.success) return { isJson: true };
  const b = parsed.data;
  const message = b.message ?? b.Message ?? b.errorMessage ?? b.error?.details ?? b.error?.message ?? b.title ?? undefined;
  return { message, errorCode: b.errorCode ?? b.ErrorCode, traceId: b.traceId ?? undefined, isJson: true };
}

/**
 * A strict server bound the body to null because of a property it does not know (on-prem v11–v17
 * measured: 400, errorCode 0, "<parameter> must not be null", reference orchestrator-versions.md
 * §2.6). Nothing was created; the same request without the unknown property can be sent.
 */
export function isBodyRefused(error: unknown): boolean {
  return isOrchestratorCallError(error) && error.status === 400 && /must not be null/i.test(error.serverMessage ?? '');
}

/** The entity is gone: only Orchestrator's own JSON 404 with errorCode 1002 ("<Entity> does not exist.") says so. */
export function isGone(error: unknown): boolean {
  return isOrchestratorCallError(error) && error.status === 404 && error.errorCode === 1002;
}

/** Where a permission is missing: `{ folder, hasFolder }` for the `errors.*` messages that name it. */
const inFolder = (ctx: RequestContext) => ({ folder: ctx.folderPath ?? '', hasFolder: ctx.folderPath ? 'yes' : 'no' });

type Details = Record<string, unknown>;
/** Orchestrator's own words, after Baton's sentence: "Orchestrator said: …" or the status. */
type Said = MessageText;
/** Orchestrator's error codes that say more than the status (reference orchestrator-versions.md §7; docs' response codes). */
const BY_ERROR_CODE: Record<number, (said: Said, ctx: RequestContext) => (details: Details) => BatonError> = {
  1002: (said) => (details) =>
    BatonError.said('NOT_FOUND', [sentence('errors.orchGone'), said], { hint: sentence('errors.orchGoneHint'), details }),
  1100: (_said, ctx) => (details) =>
    BatonError.said('NOT_FOUND', sentence('errors.orchNoFolder', inFolder(ctx)), { hint: sentence('errors.orchNoFolderHint'), details }),
  // Both wordings: "A folder is required…" (current) and "An organization unit is required…" (older).
  1101: (said) => (details) =>
    BatonError.said('VALIDATION', [sentence('errors.orchNeedsFolder'), said], { hint: sentence('errors.orchNeedsFolderHint'), details }),
  1000: (said) => (details) => queryRefused(said, details),
  // "The field take must be between 0 and 100": a page size this endpoint does not take.
  1009: (said) => (details) => queryRefused(said, details),
};

function queryRefused(said: Said, details: Details): BatonError {
  return BatonError.said('INTERNAL', [sentence('errors.orchQueryRefused'), said], {
    hint: sentence('errors.orchQueryRefusedHint'),
    details,
  });
}

/** An HTTP error answer → a BatonError a person can act on. */
export function errorFromResponse(status: number, text: string, ctx: RequestContext, retryAfterMs?: number): OrchestratorCallError {
  const body = parseErrorBody(text);
  const said = body.message
    ? sentence('errors.orchSaid', { message: body.message })
    : sentence('errors.orchAnswered', { status: String(status) });
  const details = {
    status,
    ...(body.errorCode === undefined ? {} : { errorCode: body.errorCode }),
    ...(body.traceId ? { traceId: body.traceId } : {}),
  };
  const make = (error: BatonError, isAmbiguous = false) =>
    new OrchestratorCallError(error, { status, errorCode: body.errorCode, isAmbiguous, retryAfterMs, serverMessage: body.message });
  if (status === 404 && !body.isJson) {
    // Orchestrator answers 404 in JSON; an HTML page is a proxy, a gateway or a wrong URL, not a verdict on the job.
    return make(
      BatonError.said('NETWORK_UNREACHABLE', sentence('errors.orchNotItself'), { hint: sentence('errors.orchNotItselfHint'), details }),
    );
  }
  const known = body.errorCode === undefined ? undefined : BY_ERROR_CODE[body.errorCode]?.(said, ctx);
  if (known) return make(known(details));
  if (status === 400 && /must not be null/i.test(body.message ?? '')) {
    return make(
      BatonError.said('INTERNAL', [sentence('errors.orchUnknownField'), said], { hint: sentence('errors.orchUnknownFieldHint'), details }),
    );
  }
  if (
    status === 400 &&
    /could not find a property named|invalid odata query|query specified in the uri is not valid/i.test(body.message ?? '')
  ) {
    return make(queryRefused(said, details));
  }
  if (status === 400 && /scope/i.test(body.message ?? '')) {
    return make(BatonError.said('FORBIDDEN', [sentence('errors.orchScope'), said], { hint: sentence('errors.orchScopeHint'), details }));
  }
  if (status === 401) {
    return make(BatonError.said('AUTH_REQUIRED', sentence('errors.orchSignInRefused'), { hint: sentence('errors.signInAgain'), details }));
  }
  if (status === 403) {
    const isScope = /scope|access token/i.test(body.message ?? '');
    if (isScope) {
      return make(
        BatonError.said('FORBIDDEN', [sentence('errors.orchScope'), said], { hint: sentence('errors.orchScopeOrHint'), details }),
      );
    }
    const where = inFolder(ctx);
    return make(
      ctx.permission
        ? BatonError.said('FORBIDDEN', sentence('errors.orchLacks', { permission: ctx.permission, ...where }), {
            hint: sentence('errors.orchLacksHint', { permission: ctx.permission, ...where }),
            details,
          })
        : BatonError.said('FORBIDDEN', sentence('errors.orchMayNot', where), { hint: sentence('errors.orchMayNotHint'), details }),
    );
  }
  if (status === 404) {
    return make(
      BatonError.said('NOT_FOUND', [sentence('errors.orchNotFound'), said], { hint: sentence('errors.orchNotFoundHint'), details }),
    );
  }
  if (status === 409)
    return make(
      BatonError.said('CONFLICT', [sentence('errors.orchConflict'), said], { hint: sentence('errors.orchConflictHint'), details }),
    );
  if (status === 429) {
    return make(
      BatonError.said('RATE_LIMITED', sentence('errors.orchRateLimited'), {
        hint:
          retryAfterMs === undefined
            ? sentence('errors.orchWaitMinute')
            : sentence('errors.orchWaitSeconds', { seconds: Math.ceil(retryAfterMs / 1000) }),
        details: { ...details, retryAfterMs },
      }),
    );
  }
  if (status >= 400 && status < 500) {
    return make(
      BatonError.said('VALIDATION', [sentence('errors.orchRefused'), said], { hint: sentence('errors.orchRefusedHint'), details }),
    );
  }
  return make(
    BatonError.said('NETWORK_UNREACHABLE', sentence('errors.orchDown', { status: String(status) }), {
      hint: sentence('errors.orchDownHint'),
      details,
    }),
    true,
  );
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

/** A fetch that threw (reset, refused, DNS, TLS) or our own timeout → BatonError. Always ambiguous for writes. */
export function errorFromNetwork(error: unknown, url: string, isTimeout: boolean): OrchestratorCallError {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const host = hostOf(url);
  if (!isTimeout && TLS_CODES.test(code)) {
    return new OrchestratorCallError(
      BatonError.said('TLS_UNTRUSTED', host ? sentence('errors.orchUntrusted', { host }) : sentence('serviceErrors.untrustedSomewhere'), {
        hint: sentence('errors.orchUntrustedHint'),
        cause: error,
      }),
      { isAmbiguous: false },
    );
  }
  const message = host
    ? sentence(isTimeout ? 'errors.orchTimedOut' : 'errors.orchUnreachable', { host })
    : sentence(isTimeout ? 'serviceErrors.timedOutSomewhere' : 'serviceErrors.unreachableSomewhere');
  return new OrchestratorCallError(
    BatonError.said('NETWORK_UNREACHABLE', message, {
      hint: sentence('errors.orchUnreachableHint'),
      details: code ? { code } : undefined,
      cause: error,
    }),
    // A refused connection never reached the server; everything else (reset, timeout) may have.
    { isAmbiguous: !isTimeout && code === 'ECONNREFUSED' ? false : true, isRefusedConnection: !isTimeout && code === 'ECONNREFUSED' },
  );
}

/** The URL's host; undefined when the URL cannot be read (the messages then say "the configured address"). */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

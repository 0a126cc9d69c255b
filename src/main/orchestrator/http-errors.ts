import { z } from 'zod';
import { BatonError } from '../../shared/errors';

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
    super(error.code, error.message, { hint: error.hint, details: error.details, cause: error.cause });
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

const inFolder = (ctx: RequestContext): string => (ctx.folderPath ? ` in folder ${ctx.folderPath}` : '');

type Details = Record<string, unknown>;
/** Orchestrator's error codes that say more than the status (reference orchestrator-versions.md §7; docs' response codes). */
const BY_ERROR_CODE: Record<number, (said: string, ctx: RequestContext) => (details: Details) => BatonError> = {
  1002: (said) => (details) =>
    new BatonError('NOT_FOUND', `Orchestrator no longer has it. ${said}`, {
      hint: 'It was removed in Orchestrator; refresh the process list.',
      details,
    }),
  1100: (_said, ctx) => (details) =>
    new BatonError('NOT_FOUND', `The folder${ctx.folderPath ? ` ${ctx.folderPath}` : ''} does not exist or you have no access to it.`, {
      hint: 'Refresh the process list (folders can be renumbered); ask an administrator if you should have access.',
      details,
    }),
  // Both wordings: "A folder is required…" (current) and "An organization unit is required…" (older).
  1101: (said) => (details) =>
    new BatonError('VALIDATION', `Orchestrator needs a folder for this. ${said}`, {
      hint: 'Choose the process from a folder in the process list and try again.',
      details,
    }),
  1000: (said) => (details) => queryRefused(said, details),
  // "The field take must be between 0 and 100": a page size this endpoint does not take.
  1009: (said) => (details) => queryRefused(said, details),
};

function queryRefused(said: string, details: Details): BatonError {
  return new BatonError('INTERNAL', `This Orchestrator version refused Baton’s query. ${said}`, {
    hint: 'Run Diagnostics and report the Orchestrator version; refreshing again will not help.',
    details,
  });
}

/** An HTTP error answer → a BatonError a person can act on. */
export function errorFromResponse(status: number, text: string, ctx: RequestContext, retryAfterMs?: number): OrchestratorCallError {
  const body = parseErrorBody(text);
  const said = body.message ? `Orchestrator said: ${body.message}` : `Orchestrator answered HTTP ${status}.`;
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
      new BatonError('NETWORK_UNREACHABLE', 'Something other than Orchestrator answered “not found” (HTTP 404, not Orchestrator’s JSON).', {
        hint: 'Check the profile’s Orchestrator URL and any proxy between you and Orchestrator; Baton keeps following your runs meanwhile.',
        details,
      }),
    );
  }
  const known = body.errorCode === undefined ? undefined : BY_ERROR_CODE[body.errorCode]?.(said, ctx);
  if (known) return make(known(details));
  if (status === 400 && /must not be null/i.test(body.message ?? '')) {
    return make(
      new BatonError('INTERNAL', `This Orchestrator version does not know a field Baton sent. ${said}`, {
        hint: 'Nothing was created. Run Diagnostics and report the Orchestrator version; Baton adapts its requests to each version.',
        details,
      }),
    );
  }
  if (
    status === 400 &&
    /could not find a property named|invalid odata query|query specified in the uri is not valid/i.test(body.message ?? '')
  ) {
    return make(queryRefused(said, details));
  }
  if (status === 400 && /scope/i.test(body.message ?? '')) {
    return make(
      new BatonError('FORBIDDEN', `The sign-in does not grant the access this needs. ${said}`, {
        hint: 'Ask your administrator to grant the scopes Baton asks for to its external application (or use OR.Default), then sign in again.',
        details,
      }),
    );
  }
  if (status === 401) {
    return make(new BatonError('AUTH_REQUIRED', 'Orchestrator no longer accepts your sign-in.', { hint: 'Sign in again.', details }));
  }
  if (status === 403) {
    const isScope = /scope|access token/i.test(body.message ?? '');
    if (isScope) {
      return make(
        new BatonError('FORBIDDEN', `The sign-in does not grant the access this needs. ${said}`, {
          hint: 'Ask your administrator to grant the OR.* scopes Baton asks for to its external application, then sign in again.',
          details,
        }),
      );
    }
    const what = ctx.permission ? `Your account lacks ${ctx.permission}${inFolder(ctx)}.` : `Your account may not do this${inFolder(ctx)}.`;
    return make(
      new BatonError('FORBIDDEN', what, {
        hint: ctx.permission
          ? `Ask an Orchestrator administrator to give you a role with ${ctx.permission}${inFolder(ctx)}.`
          : 'Ask an Orchestrator administrator for a role that allows it.',
        details,
      }),
    );
  }
  if (status === 404) {
    return make(new BatonError('NOT_FOUND', `Not found. ${said}`, { hint: 'Refresh the process list and try again.', details }));
  }
  if (status === 409)
    return make(
      new BatonError('CONFLICT', `Orchestrator refused because of a conflict. ${said}`, { hint: 'Refresh and try again.', details }),
    );
  if (status === 429) {
    const wait = retryAfterMs === undefined ? 'a minute' : `${Math.ceil(retryAfterMs / 1000)} seconds`;
    return make(
      new BatonError('RATE_LIMITED', 'Orchestrator is limiting how often Baton may ask.', {
        hint: `Wait ${wait} and try again.`,
        details: { ...details, retryAfterMs },
      }),
    );
  }
  if (status >= 400 && status < 500) {
    return make(
      new BatonError('VALIDATION', `Orchestrator refused the request. ${said}`, {
        hint: 'Check the values you entered and try again.',
        details,
      }),
    );
  }
  return make(
    new BatonError('NETWORK_UNREACHABLE', `Orchestrator could not answer (HTTP ${status}).`, {
      hint: 'Try again in a moment; if it keeps happening, check Orchestrator’s health with your administrator.',
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
  const host = safeHost(url);
  if (!isTimeout && TLS_CODES.test(code)) {
    return new OrchestratorCallError(
      new BatonError('TLS_UNTRUSTED', `The certificate of ${host} is not trusted by this computer.`, {
        hint: 'Install the certificate’s issuing CA in the operating system’s trust store; Baton never turns TLS checks off.',
        cause: error,
      }),
      { isAmbiguous: false },
    );
  }
  const message = isTimeout ? `Orchestrator at ${host} did not answer in time.` : `Cannot reach Orchestrator at ${host}.`;
  return new OrchestratorCallError(
    new BatonError('NETWORK_UNREACHABLE', message, {
      hint: 'Check the network connection and the Orchestrator URL of this profile, then try again.',
      details: code ? { code } : undefined,
      cause: error,
    }),
    // A refused connection never reached the server; everything else (reset, timeout) may have.
    { isAmbiguous: !isTimeout && code === 'ECONNREFUSED' ? false : true, isRefusedConnection: !isTimeout && code === 'ECONNREFUSED' },
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured address';
  }
}

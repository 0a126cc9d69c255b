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
  constructor(error: BatonError, extra: { status?: number; errorCode?: number; isAmbiguous: boolean; retryAfterMs?: number }) {
    super(error.code, error.message, { hint: error.hint, details: error.details, cause: error.cause });
    this.status = extra.status;
    this.errorCode = extra.errorCode;
    this.isAmbiguous = extra.isAmbiguous;
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
    error: z.object({ message: z.string().optional(), details: z.string().nullable().optional() }).loose().nullable().optional(),
  })
  .loose();

export function parseErrorBody(text: string): { message?: string; errorCode?: number; traceId?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = errorBody.safeParse(json);
  if (!parsed.success) return {};
  const b = parsed.data;
  const message = b.message ?? b.Message ?? b.error?.details ?? b.error?.message ?? undefined;
  return { message, errorCode: b.errorCode ?? b.ErrorCode, traceId: b.traceId ?? undefined };
}

const inFolder = (ctx: RequestContext): string => (ctx.folderPath ? ` in folder ${ctx.folderPath}` : '');

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
    new OrchestratorCallError(error, { status, errorCode: body.errorCode, isAmbiguous, retryAfterMs });
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
    if (body.errorCode === 1100) {
      return make(
        new BatonError('NOT_FOUND', `The folder${ctx.folderPath ? ` ${ctx.folderPath}` : ''} does not exist or you have no access to it.`, {
          hint: 'Refresh the process list; ask an administrator if you should have access.',
          details,
        }),
      );
    }
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
    { isAmbiguous: true },
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured address';
  }
}

import { AuthorizationResponseError, ResponseBodyError } from 'openid-client';
import { BatonError, isBatonError } from '../../shared/errors';
import type { MessageText } from '../../shared/i18n';
import { said as sentence } from '../../shared/message-parts';

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function causeChain(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (typeof current === 'object' && current !== null) {
      const { code, message } = current as { code?: unknown; message?: unknown };
      if (typeof code === 'string') codes.push(code);
      if (typeof message === 'string') messages.push(message);
      current = (current as { cause?: unknown }).cause;
    } else break;
  }
  return { codes, messages };
}

/**
 * Turns a failed request (Node's undici or Electron's net.fetch) into NETWORK_UNREACHABLE or
 * TLS_UNTRUSTED; undefined when the error is not a transport failure.
 */
export function transportError(error: unknown, url: string): BatonError | undefined {
  const { codes, messages } = causeChain(error);
  const host = safeHost(url);
  const isTls = codes.some((code) => TLS_CODES.has(code)) || messages.some((message) => /net::ERR_CERT_|certificate/i.test(message));
  if (isTls) {
    return BatonError.said('TLS_UNTRUSTED', sentence('errors.certificateUntrusted', { host }), {
      hint: sentence('errors.certificateUntrustedHint'),
      cause: error,
    });
  }
  const isNetwork = codes.some((code) => NETWORK_CODES.has(code)) || messages.some((message) => /fetch failed|net::ERR_/i.test(message));
  if (isNetwork) {
    return BatonError.said('NETWORK_UNREACHABLE', sentence('errors.cannotReach', { host }), {
      hint: sentence('errors.cannotReachHint'),
      cause: error,
    });
  }
  return undefined;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export interface OAuthErrorContext {
  clientId: string;
  redirectUri?: string;
  identityUrl: string;
  grant: 'interactive' | 'refresh' | 'client-credentials';
  /** What was asked for, to name in an invalid_scope error. */
  scopes?: string[];
}

/**
 * Identity Server refuses the whole request when one scope is not granted to the app (reference
 * orchestrator-versions.md §5.2): name what was asked, and the one-scope way out.
 */
export function invalidScope(
  scopes: string[] | undefined,
  grant: OAuthErrorContext['grant'],
  said: MessageText[] = [],
  cause?: unknown,
): BatonError {
  const asked = scopes && scopes.length > 0 ? [sentence('errors.scopesAsked', { scopes: scopes.join(' ') })] : [];
  return BatonError.said('AUTH_FAILED', [sentence('errors.scopesRefused'), ...asked, ...said], {
    hint: grant === 'client-credentials' ? sentence('errors.scopesRefusedAppHint') : sentence('errors.scopesRefusedUserHint'),
    details: scopes ? { scopes } : undefined,
    cause,
  });
}

/** Maps OAuth error answers (reference §2.4 and §2.12) to errors with the fix. */
export function oauthError(error: unknown, context: OAuthErrorContext): BatonError {
  if (isBatonError(error)) return error;
  const transport = transportError(error, context.identityUrl);
  if (transport) return transport;
  const code = error instanceof ResponseBodyError ? error.error : error instanceof AuthorizationResponseError ? error.error : undefined;
  const description =
    error instanceof ResponseBodyError || error instanceof AuthorizationResponseError ? error.error_description : undefined;
  const said = description ? [sentence('errors.identitySaid', { description })] : [];
  switch (code) {
    case 'access_denied':
      return BatonError.said('AUTH_FAILED', sentence('errors.declined'), { hint: sentence('errors.declinedHint'), cause: error });
    case 'invalid_client':
      return invalidClient(context.clientId, said, error);
    case 'unauthorized_client':
      return BatonError.said('AUTH_FAILED', [sentence('errors.unauthorizedClient', { clientId: context.clientId }), ...said], {
        hint: context.grant === 'client-credentials' ? sentence('errors.useConfidentialApp') : sentence('errors.useNonConfidentialApp'),
        cause: error,
      });
    case 'invalid_scope':
      return invalidScope(context.scopes, context.grant, said, error);
    case 'invalid_grant':
      return BatonError.said('AUTH_REQUIRED', sentence('errors.grantRefused'), { hint: sentence('errors.signInAgain'), cause: error });
    case 'invalid_request':
      if (/redirect/i.test(description ?? '') && context.redirectUri)
        return redirectNotRegistered(context.clientId, context.redirectUri, error);
      return BatonError.said('AUTH_FAILED', [sentence('errors.requestRefused'), ...said], {
        hint: sentence('errors.requestRefusedHint'),
        cause: error,
      });
    default:
      break;
  }
  if (error instanceof ResponseBodyError || error instanceof AuthorizationResponseError) {
    return BatonError.said('AUTH_FAILED', [sentence('errors.signInFailedCode', { code: code ?? 'unknown error' }), ...said], {
      hint: sentence('errors.checkAppSettings'),
      cause: error,
    });
  }
  const { codes } = causeChain(error);
  if (
    codes.includes('OAUTH_INVALID_RESPONSE') ||
    codes.includes('OAUTH_RESPONSE_IS_NOT_CONFORM') ||
    codes.includes('OAUTH_JWT_CLAIM_COMPARISON_FAILED')
  ) {
    return BatonError.said('AUTH_FAILED', sentence('errors.answerMismatch'), { hint: sentence('errors.answerMismatchHint'), cause: error });
  }
  if (codes.includes('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) {
    return BatonError.said('AUTH_FAILED', sentence('errors.answerExpired'), { hint: sentence('errors.answerExpiredHint'), cause: error });
  }
  return BatonError.said('AUTH_FAILED', sentence('errors.signInFailed'), { hint: sentence('errors.signInFailedHint'), cause: error });
}

export function invalidClient(clientId: string, said: MessageText[] = [], cause?: unknown): BatonError {
  return BatonError.said('AUTH_FAILED', [sentence('errors.invalidClient', { clientId }), ...said], {
    hint: sentence('errors.invalidClientHint'),
    cause,
  });
}

export function redirectNotRegistered(clientId: string, redirectUri: string, cause?: unknown): BatonError {
  return BatonError.said('AUTH_FAILED', sentence('errors.redirectRefused', { redirectUri, clientId }), {
    hint: sentence('errors.redirectRefusedHint', { redirectUri }),
    cause,
  });
}

export function signedOutError(profileName: string): BatonError {
  return BatonError.said('AUTH_REQUIRED', sentence('errors.signedOut', { profile: profileName }), {
    hint: sentence('errors.signedOutHint', { profile: profileName }),
  });
}

import { AuthorizationResponseError, ResponseBodyError } from 'openid-client';
import { BatonError, isBatonError } from '../../shared/errors';

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
    return new BatonError('TLS_UNTRUSTED', `The certificate of ${host} is not trusted by this machine.`, {
      hint:
        'Servers inside a company often use a certificate from an internal or self-signed authority. Install that authority (CA) certificate ' +
        "in the operating system's trust store (ask your IT team for it) and restart Baton. Baton never turns certificate checks off.",
      cause: error,
    });
  }
  const isNetwork = codes.some((code) => NETWORK_CODES.has(code)) || messages.some((message) => /fetch failed|net::ERR_/i.test(message));
  if (isNetwork) {
    return new BatonError('NETWORK_UNREACHABLE', `Baton cannot reach ${host}.`, {
      hint: 'Check the URL, your network or VPN connection, and that the server is running; then try again.',
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
export function invalidScope(scopes: string[] | undefined, grant: OAuthErrorContext['grant'], said = '', cause?: unknown): BatonError {
  const asked = scopes && scopes.length > 0 ? ` Baton asked for: ${scopes.join(' ')}.` : '';
  return new BatonError(
    'AUTH_FAILED',
    `Identity Server refused the requested scopes; one of them is not granted to the external app.${asked}${said}`,
    {
      hint:
        grant === 'client-credentials'
          ? "Grant these application scopes to the confidential app, or set the profile's scopes to OR.Default to use the roles assigned to the app."
          : 'Grant these user scopes to the external app, or set the profile\'s scopes to "openid profile offline_access OR.Default" to use your Orchestrator roles.',
      details: scopes ? { scopes } : undefined,
      cause,
    },
  );
}

/** Maps OAuth error answers (reference §2.4 and §2.12) to errors with the fix. */
export function oauthError(error: unknown, context: OAuthErrorContext): BatonError {
  if (isBatonError(error)) return error;
  const transport = transportError(error, context.identityUrl);
  if (transport) return transport;
  const code = error instanceof ResponseBodyError ? error.error : error instanceof AuthorizationResponseError ? error.error : undefined;
  const description =
    error instanceof ResponseBodyError || error instanceof AuthorizationResponseError ? error.error_description : undefined;
  const said = description ? ` Identity Server said: "${description}".` : '';
  switch (code) {
    case 'access_denied':
      return new BatonError('AUTH_FAILED', 'Sign-in was declined in the browser.', {
        hint: 'Sign in again and allow Baton access when Identity Server asks.',
        cause: error,
      });
    case 'invalid_client':
      return invalidClient(context.clientId, said, error);
    case 'unauthorized_client':
      return new BatonError('AUTH_FAILED', `The external app "${context.clientId}" may not sign in this way.${said}`, {
        hint:
          context.grant === 'client-credentials'
            ? 'Use a confidential external app with application scopes for client credentials.'
            : 'Use a non-confidential external app with user scopes for interactive sign-in.',
        cause: error,
      });
    case 'invalid_scope':
      return invalidScope(context.scopes, context.grant, said, error);
    case 'invalid_grant':
      return new BatonError('AUTH_REQUIRED', 'Identity Server no longer accepts this sign-in.', { hint: 'Sign in again.', cause: error });
    case 'invalid_request':
      if (/redirect/i.test(description ?? '') && context.redirectUri)
        return redirectNotRegistered(context.clientId, context.redirectUri, error);
      return new BatonError('AUTH_FAILED', `Identity Server refused the sign-in request.${said}`, {
        hint: "Check the profile's client id, scopes and redirect URI against the external app.",
        cause: error,
      });
    default:
      break;
  }
  if (error instanceof ResponseBodyError || error instanceof AuthorizationResponseError) {
    return new BatonError('AUTH_FAILED', `Sign-in failed: ${code ?? 'unknown error'}.${said}`, {
      hint: 'Check the external app settings, then sign in again.',
      cause: error,
    });
  }
  const { codes } = causeChain(error);
  if (
    codes.includes('OAUTH_INVALID_RESPONSE') ||
    codes.includes('OAUTH_RESPONSE_IS_NOT_CONFORM') ||
    codes.includes('OAUTH_JWT_CLAIM_COMPARISON_FAILED')
  ) {
    return new BatonError(
      'AUTH_FAILED',
      'The answer from Identity Server did not match this sign-in (state, nonce or ID token check failed).',
      {
        hint: 'Close other sign-in tabs and sign in again from Baton. If it keeps happening, check the server clock and the Identity Server URL.',
        cause: error,
      },
    );
  }
  if (codes.includes('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) {
    return new BatonError('AUTH_FAILED', "The sign-in answer looks expired or not yet valid: this computer's clock may be wrong.", {
      hint: 'Set the date, time and time zone of this computer automatically, then sign in again.',
      cause: error,
    });
  }
  return new BatonError('AUTH_FAILED', 'Sign-in failed.', { hint: 'Try again; if it keeps failing, run Diagnostics.', cause: error });
}

export function invalidClient(clientId: string, said = '', cause?: unknown): BatonError {
  return new BatonError('AUTH_FAILED', `Identity Server does not accept the client id "${clientId}".${said}`, {
    hint: 'Copy the App ID of the external app from Admin → External Applications into the profile (and its secret, for a confidential app).',
    cause,
  });
}

export function redirectNotRegistered(clientId: string, redirectUri: string, cause?: unknown): BatonError {
  return new BatonError('AUTH_FAILED', `Identity Server does not accept the redirect URI ${redirectUri} for the app "${clientId}".`, {
    hint: `Register ${redirectUri} as a redirect URL of the external app (exactly: scheme, port, path and trailing slash matter), or set the profile's redirect URI to one that is registered.`,
    cause,
  });
}

export function signedOutError(profileName: string): BatonError {
  return new BatonError('AUTH_REQUIRED', `You are signed out of ${profileName}.`, {
    hint: `Sign in again (baton login --profile "${profileName}").`,
  });
}

import * as client from 'openid-client';
import { BatonError } from '../../shared/errors';
import { said, verbatim, type TextParts } from '../../shared/message-parts';
import type { Browser, Clock, HttpFetch } from '../platform';
import { invalidClient, invalidScope, oauthError, redirectNotRegistered, transportError } from './auth-errors';
import { startLoopbackListener } from './loopback-listener';
import type { OidcConfigs } from './oidc-config';
import type { ConnectionInfo } from './types';

export interface InteractiveSignInRequest {
  connection: ConnectionInfo;
  clientId: string;
  redirectUri: URL;
  /** The redirect URI as registered and typed: sent as is (Identity Server matches the text exactly). */
  redirectUriText?: string;
  scopes: string[];
  /** Sent as `acr_values` only when the profile asks for it. */
  acrValues?: string;
  openBrowser: boolean;
  timeoutMs?: number;
  signal: AbortSignal;
  /** Called once the listener is up, with the URL the person must open. */
  onAuthorizeUrl(url: string): void;
}

export type TokenResponse = client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;

/**
 * Authorization code + PKCE (S256) in the system browser, answered on a loopback listener at
 * the profile's redirect URI; state and nonce are checked by openid-client.
 */
export async function runInteractiveSignIn(
  deps: { configs: OidcConfigs; browser: Browser; clock: Clock; fetch: HttpFetch },
  request: InteractiveSignInRequest,
): Promise<TokenResponse> {
  const { connection, clientId, redirectUri } = request;
  // Identity Server matches redirect URIs exactly; URL.href would turn http://localhost:12700 into …:12700/.
  const registered = request.redirectUriText ?? redirectUri.href;
  const scopes = new Set(request.scopes);
  scopes.add('openid');
  scopes.add('offline_access');
  const errorContext = {
    clientId,
    redirectUri: registered,
    identityUrl: connection.identityUrl,
    grant: 'interactive' as const,
    scopes: [...scopes],
  };
  const config = await deps.configs.configFor(connection.identityUrl, clientId);
  // openid-client takes the token request's redirect_uri from the callback URL, which always has a
  // path: the registered text goes back in.
  const baseFetch = config[client.customFetch];
  config[client.customFetch] = (url, options) => {
    if (options.body instanceof URLSearchParams && options.body.get('grant_type') === 'authorization_code') {
      options.body.set('redirect_uri', registered);
    }
    return baseFetch ? baseFetch(url, options) : fetch(url, options as RequestInit);
  };

  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const parameters: Record<string, string> = {
    redirect_uri: registered,
    scope: [...scopes].join(' '),
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  };
  // Only on request: acr_values=tenantName:… sends mixed-auth organisations straight to their SAML
  // provider and locks local accounts out; Identity resolves the organisation from client_id
  // (reference orchestrator-versions.md §5.3: the TS SDK added it, then dropped it for that reason).
  if (request.acrValues) parameters.acr_values = request.acrValues;
  const authorizeUrl = client.buildAuthorizationUrl(config, parameters).href;

  // Identity Server shows a bad client id or redirect URI only in the browser, as a page the app
  // never sees; asking first turns that into an error with the fix, before any tab opens.
  await preflight(deps.fetch, authorizeUrl, errorContext);

  const listener = await startLoopbackListener({
    redirectUri,
    expectedState: state,
    clock: deps.clock,
    timeoutMs: request.timeoutMs,
    signal: request.signal,
  });
  try {
    request.onAuthorizeUrl(authorizeUrl);
    if (request.openBrowser) await deps.browser.open(authorizeUrl);
    const callback = await listener.callback;
    try {
      const tokens = await client.authorizationCodeGrant(config, callback.url, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      callback.respond({ isSuccess: true, title: said('errors.pageSignedInTitle'), detail: said('errors.pageSignedIn') });
      return tokens;
    } catch (error) {
      const mapped = oauthError(error, errorContext);
      callback.respond({ isSuccess: false, title: said('errors.pageNotCompletedTitle'), detail: wordsOf(mapped) });
      throw mapped;
    }
  } finally {
    await listener.close();
  }
}

async function preflight(
  fetch: HttpFetch,
  authorizeUrl: string,
  context: { clientId: string; redirectUri: string; identityUrl: string; scopes: string[] },
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(authorizeUrl, { redirect: 'manual', headers: { accept: 'text/html' } });
  } catch (error) {
    throw (
      transportError(error, authorizeUrl) ??
      BatonError.said('NETWORK_UNREACHABLE', said('errors.identityUnreachable'), {
        hint: said('errors.identityUnreachableHint'),
        cause: error,
      })
    );
  }
  const location = response.headers.get('location') ?? '';
  const body = response.status >= 400 ? await response.text().catch(() => '') : '';
  await response.body?.cancel().catch(() => {});
  const problem = `${body} ${decodeErrorId(location)}`;
  if (response.status < 400 && !/errorId=|errorCode=/i.test(location)) return;
  if (/redirect_uri/i.test(problem)) throw redirectNotRegistered(context.clientId, context.redirectUri);
  if (/invalid_scope/i.test(`${problem} ${location}`)) throw invalidScope(context.scopes, 'interactive');
  if (/invalid_client|unknown client|client not found/i.test(problem)) {
    throw invalidClient(context.clientId);
  }
  if (response.status >= 400) {
    throw BatonError.said('AUTH_FAILED', said('errors.requestRefusedStatus', { status: String(response.status) }), {
      hint: said('errors.requestRefusedStatusHint'),
    });
  }
}

/** An error's message and hint, as ids where Baton made them. */
function wordsOf(error: BatonError): TextParts {
  const message = error.messageText ?? [verbatim(error.message)];
  const hint = error.hintText ?? (error.hint ? [verbatim(error.hint)] : []);
  return [...message, ...hint].slice(0, 20);
}

/** Real Identity Server redirects errors to `/identity_/web/?errorCode=…&errorId={base64 JSON}` (reference §2.12). */
function decodeErrorId(location: string): string {
  try {
    const errorId = new URL(location, 'http://x').searchParams.get('errorId');
    return errorId ? Buffer.from(errorId, 'base64').toString('utf8') : '';
  } catch {
    return '';
  }
}

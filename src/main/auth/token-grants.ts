import * as client from 'openid-client';
import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { orchestratorHeaders } from '../orchestrator';
import type { Clock, HttpFetch } from '../platform';
import { oauthError, transportError } from './auth-errors';
import type { OidcConfigs } from './oidc-config';
import type { ConnectionInfo, LiveToken, SignedInUser } from './types';

// On-prem `/api/Account/Authenticate` tokens last 30 minutes by default (reference §2.7).
const LEGACY_TOKEN_MS = 30 * 60_000;

export interface GrantDeps {
  configs: OidcConfigs;
  fetch: HttpFetch;
  clock: Clock;
}

export function liveTokenFrom(tokens: client.TokenEndpointResponse, clock: Clock): LiveToken {
  const expiresIn = typeof tokens.expires_in === 'number' ? tokens.expires_in : 3600;
  return { accessToken: tokens.access_token, expiresAt: clock.now() + expiresIn * 1000 };
}

export function userFromIdToken(tokens: client.TokenEndpointResponseHelpers): SignedInUser {
  const claims = tokens.claims();
  const name = [claims?.name, claims?.preferred_username, claims?.email, claims?.sub].find(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  const email = typeof claims?.email === 'string' ? claims.email : undefined;
  return { name: name ?? 'Signed-in user', ...(email ? { email } : {}) };
}

export async function refreshGrant(deps: GrantDeps, connection: ConnectionInfo, clientId: string, refreshToken: string) {
  try {
    const config = await deps.configs.configFor(connection.identityUrl, clientId);
    return await client.refreshTokenGrant(config, refreshToken);
  } catch (error) {
    throw oauthError(error, { clientId, identityUrl: connection.identityUrl, grant: 'refresh' });
  }
}

export async function clientCredentialsGrant(
  deps: GrantDeps,
  connection: ConnectionInfo,
  clientId: string,
  clientSecret: string,
  scopes: string[],
) {
  try {
    // UiPath's SDKs send the secret in the form body.
    const config = await deps.configs.configFor(connection.identityUrl, clientId, client.ClientSecretPost(clientSecret));
    const tokens = await client.clientCredentialsGrant(config, { scope: scopes.join(' ') });
    return liveTokenFrom(tokens, deps.clock);
  } catch (error) {
    throw oauthError(error, { clientId, identityUrl: connection.identityUrl, grant: 'client-credentials', scopes });
  }
}

const abpSchema = z.object({ result: z.string().nullish(), Result: z.string().nullish(), success: z.boolean().optional() }).passthrough();
const abpErrorSchema = z
  .object({ message: z.string().optional(), error: z.object({ message: z.string().nullish(), details: z.string().nullish() }).nullish() })
  .passthrough();

/** Orchestrator 19.10's `POST /api/Account/Authenticate` (reference §2.10). */
export async function legacyAuthenticate(
  deps: GrantDeps,
  connection: ConnectionInfo,
  login: { tenancyName?: string; username: string; password: string },
): Promise<LiveToken> {
  const url = `${connection.apiBaseUrl}/api/Account/Authenticate`;
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: 'POST',
      headers: { ...orchestratorHeaders(connection), 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenancyName: login.tenancyName, usernameOrEmailAddress: login.username, password: login.password }),
    });
  } catch (error) {
    throw (
      transportError(error, url) ??
      new BatonError('NETWORK_UNREACHABLE', `Baton cannot reach ${connection.orchestratorUrl}.`, {
        hint: 'Check the URL and your network.',
        cause: error,
      })
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = abpSchema.safeParse(body);
    const token = parsed.success ? (parsed.data.result ?? parsed.data.Result) : undefined;
    if (token) return { accessToken: token, expiresAt: deps.clock.now() + LEGACY_TOKEN_MS };
  }
  if (response.status === 404) {
    throw new BatonError('NOT_FOUND', `${connection.orchestratorUrl} has no /api/Account/Authenticate.`, {
      hint: 'This Orchestrator uses Identity Server: choose interactive sign-in (or client credentials) instead of the 19.10 user-and-password sign-in.',
    });
  }
  const error = abpErrorSchema.safeParse(body);
  const said = error.success ? (error.data.error?.details ?? error.data.message ?? error.data.error?.message) : undefined;
  throw new BatonError('AUTH_FAILED', `Orchestrator refused the sign-in${said ? `: ${said}` : ''}.`, {
    hint: 'Check the tenant, user name and password (the same ones you use on the Orchestrator login page).',
  });
}

const currentUserSchema = z
  .object({ UserName: z.string().nullish(), Name: z.string().nullish(), Surname: z.string().nullish(), EmailAddress: z.string().nullish() })
  .passthrough();

/** A personal access token has no expiry the app can see: asking Orchestrator who it belongs to checks it. */
export async function checkPersonalAccessToken(deps: GrantDeps, connection: ConnectionInfo, pat: string): Promise<SignedInUser> {
  const url = `${connection.apiBaseUrl}/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser`;
  const headers = orchestratorHeaders(connection, pat);
  let response: Response;
  try {
    response = await deps.fetch(url, { headers });
  } catch (error) {
    throw (
      transportError(error, url) ??
      new BatonError('NETWORK_UNREACHABLE', `Baton cannot reach ${connection.orchestratorUrl}.`, {
        hint: 'Check the URL and your network.',
        cause: error,
      })
    );
  }
  if (response.status === 401) {
    await response.body?.cancel();
    throw new BatonError('AUTH_FAILED', 'Orchestrator refused the personal access token.', {
      hint: 'Check that you copied the whole token, that it has not expired, and that it was created in this organization; or create a new one.',
    });
  }
  if (!response.ok) {
    // Without OR.Users the token can still run processes: accept it, without a name.
    await response.body?.cancel();
    return { name: 'Personal access token' };
  }
  const parsed = currentUserSchema.safeParse(await response.json().catch(() => undefined));
  const user = parsed.success ? parsed.data : undefined;
  const fullName = [user?.Name, user?.Surname].filter(Boolean).join(' ');
  return { name: fullName || user?.UserName || 'Personal access token', ...(user?.EmailAddress ? { email: user.EmailAddress } : {}) };
}

import * as client from 'openid-client';
import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { said as sentence } from '../../shared/message-parts';
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
    throw transportError(error, url) ?? unreachable(connection, error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = abpSchema.safeParse(body);
    const token = parsed.success ? (parsed.data.result ?? parsed.data.Result) : undefined;
    if (token) return { accessToken: token, expiresAt: deps.clock.now() + LEGACY_TOKEN_MS };
  }
  if (response.status === 404) {
    throw BatonError.said('NOT_FOUND', sentence('errors.legacyNoEndpoint', { url: connection.orchestratorUrl }), {
      hint: sentence('errors.legacyNoEndpointHint'),
    });
  }
  const error = abpErrorSchema.safeParse(body);
  const said = error.success ? (error.data.error?.details ?? error.data.message ?? error.data.error?.message) : undefined;
  // Orchestrator's own reason is its text, shown as it came.
  throw BatonError.said('AUTH_FAILED', sentence('errors.legacyRefused', { hasReason: said ? 'yes' : 'no', reason: said ?? '' }), {
    hint: sentence('errors.legacyRefusedHint'),
  });
}

function unreachable(connection: ConnectionInfo, cause: unknown): BatonError {
  return BatonError.said('NETWORK_UNREACHABLE', sentence('errors.cannotReach', { host: connection.orchestratorUrl }), {
    hint: sentence('errors.checkUrlAndNetwork'),
    cause,
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
    throw transportError(error, url) ?? unreachable(connection, error);
  }
  if (response.status === 401) {
    await response.body?.cancel();
    throw BatonError.said('AUTH_FAILED', sentence('errors.patRefused'), { hint: sentence('errors.patRefusedHint') });
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

import { effectiveScopes, parseRedirectUri } from '../../profiles';
import { signedOutError } from '../auth-errors';
import { runInteractiveSignIn } from '../interactive-sign-in';
import { liveTokenFrom, refreshGrant, userFromIdToken } from '../token-grants';
import type { MethodDeps, SignInMethod } from './types';

/** Authorization code + PKCE in the system browser; renewed with the refresh token. */
export function createInteractiveMethod(deps: MethodDeps): SignInMethod {
  return {
    async signIn({ profile, connection, params, signal, onAuthorizeUrl }) {
      const tokens = await runInteractiveSignIn(deps, {
        connection,
        clientId: profile.clientId,
        redirectUri: parseRedirectUri(profile.redirectUri),
        redirectUriText: profile.redirectUri,
        ...(profile.acrValues ? { acrValues: profile.acrValues } : {}),
        scopes: effectiveScopes(profile),
        openBrowser: params.openBrowser ?? true,
        timeoutMs: params.timeoutSeconds === undefined ? undefined : params.timeoutSeconds * 1000,
        signal,
        onAuthorizeUrl,
      });
      return {
        stored: {
          method: 'interactive',
          user: userFromIdToken(tokens),
          ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
          ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
        },
        token: liveTokenFrom(tokens, deps.clock),
        // Without a refresh token there is nothing worth keeping past this session.
        persist: Boolean(tokens.refresh_token),
      };
    },
    async renew({ profile, connection }, stored) {
      if (!stored.refreshToken) throw signedOutError(profile.name);
      const tokens = await refreshGrant(deps, connection, profile.clientId, stored.refreshToken);
      return {
        token: liveTokenFrom(tokens, deps.clock),
        // Identity Server rotates refresh tokens on every use: the old one is dead from now on.
        credentials: { ...stored, refreshToken: tokens.refresh_token ?? stored.refreshToken, idToken: tokens.id_token ?? stored.idToken },
      };
    },
  };
}

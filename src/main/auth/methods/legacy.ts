import { BatonError } from '../../../shared/errors';
import { said } from '../../../shared/message-parts';
import { signedOutError } from '../auth-errors';
import { legacyAuthenticate } from '../token-grants';
import { REFRESH_MARGIN_MS, type MethodDeps, type SignInMethod } from './types';

/** Orchestrator 19.10's `/api/Account/Authenticate` with a user name and password (30-minute tokens). */
export function createLegacyMethod(deps: MethodDeps): SignInMethod {
  return {
    async signIn({ profile, connection, params }) {
      const username = params.username ?? profile.username;
      if (!username || !params.password)
        throw BatonError.said('VALIDATION', said('errors.legacyMissing'), { hint: said('errors.legacyMissingHint') });
      const token = await legacyAuthenticate(deps, connection, { tenancyName: profile.tenant, username, password: params.password });
      // Without a kept password the token itself is kept (as safely as any secret), so the next
      // command is signed in too until the token expires.
      const kept =
        params.rememberPassword === true
          ? { password: params.password }
          : { accessToken: token.accessToken, accessTokenExpiresAt: token.expiresAt };
      return { stored: { method: 'legacy', user: { name: username }, ...kept }, token, persist: true };
    },
    async renew({ profile, connection }, stored, reason) {
      const expiresAt = stored.accessTokenExpiresAt;
      // A kept token still good (another command's, read from the vault) is used until it expires.
      if (reason === 'expired' && stored.accessToken && expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS > deps.clock.now())
        return { token: { accessToken: stored.accessToken, expiresAt } };
      if (!stored.password || !profile.username) throw signedOutError(profile.name);
      return {
        token: await legacyAuthenticate(deps, connection, {
          tenancyName: profile.tenant,
          username: profile.username,
          password: stored.password,
        }),
      };
    },
  };
}

import { BatonError } from '../../../shared/errors';
import { said } from '../../../shared/message-parts';
import { effectiveScopes } from '../../profiles';
import { signedOutError } from '../auth-errors';
import { clientCredentialsGrant } from '../token-grants';
import type { MethodDeps, SignInMethod } from './types';

/** An external app's id and secret (servers, CI); the secret is kept so the app can sign in again by itself. */
export function createClientCredentialsMethod(deps: MethodDeps): SignInMethod {
  return {
    async signIn({ profile, connection, params, saved }) {
      const secret = params.clientSecret ?? saved?.clientSecret;
      if (!secret)
        throw BatonError.said('VALIDATION', said('errors.clientSecretMissing'), { hint: said('errors.clientSecretMissingHint') });
      const token = await clientCredentialsGrant(deps, connection, profile.clientId, secret, effectiveScopes(profile));
      return { stored: { method: 'client-credentials', clientSecret: secret, user: { name: profile.clientId } }, token, persist: true };
    },
    async renew({ profile, connection }, stored) {
      if (!stored.clientSecret) throw signedOutError(profile.name);
      return { token: await clientCredentialsGrant(deps, connection, profile.clientId, stored.clientSecret, effectiveScopes(profile)) };
    },
  };
}

import { BatonError } from '../../../shared/errors';
import { said } from '../../../shared/message-parts';
import { signedOutError } from '../auth-errors';
import { checkPersonalAccessToken } from '../token-grants';
import type { MethodDeps, SignInMethod } from './types';

/** A personal access token: checked once against Orchestrator; it cannot be renewed, only replaced. */
export function createPatMethod(deps: MethodDeps): SignInMethod {
  return {
    async signIn({ connection, params }) {
      if (!params.pat) throw BatonError.said('VALIDATION', said('errors.patMissing'), { hint: said('errors.patMissingHint') });
      const user = await checkPersonalAccessToken(deps, connection, params.pat);
      return { stored: { method: 'pat', pat: params.pat, user }, token: { accessToken: params.pat }, persist: true };
    },
    async renew({ profile }, stored, reason) {
      // Orchestrator refusing the token means it expired or was revoked: only a new one helps.
      if (reason === 'rejected' || !stored.pat) throw signedOutError(profile.name);
      return { token: { accessToken: stored.pat } };
    },
  };
}

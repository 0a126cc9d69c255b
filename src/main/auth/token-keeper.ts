import { ResponseBodyError } from 'openid-client';
import type { AuthMethod } from '../../shared/model';
import { BatonError, isBatonError } from '../../shared/errors';
import { said, verbatim } from '../../shared/message-parts';
import { createEmitter } from '../lib';
import type { Clock } from '../platform';
import type { CredentialStore } from './credential-store';
import { REFRESH_MARGIN_MS, type MethodProfile, type RenewReason, type SignInMethod } from './methods';
import type { AccessTokenSource, LiveToken, StoredCredentials } from './types';

export { REFRESH_MARGIN_MS };

export interface TokenKeeper {
  credentials(profileId: string): Promise<StoredCredentials | undefined>;
  expiresAt(profileId: string): number | undefined;
  signedIn(profileId: string, stored: StoredCredentials, token: LiveToken, persist: boolean): Promise<void>;
  forget(profileId: string): Promise<void>;
  sourceFor(profileId: string): AccessTokenSource;
  /** Identity Server refused to renew: the profile is signed out (the error says why). */
  onSignedOut(listener: (event: { profileId: string; error: BatonError }) => void): () => void;
  onRenewed(listener: (profileId: string) => void): () => void;
}

/**
 * Access tokens in memory, renewals single-flight per profile, and every rotated refresh token
 * written to the vault before anyone uses the new access token.
 */
export function createTokenKeeper(deps: {
  clock: Clock;
  credentials: CredentialStore;
  /** How each method renews; the stored credentials say which method a sign-in used. */
  methods: Record<AuthMethod, Pick<SignInMethod, 'renew'>>;
  /** The profile and its servers now (the person may have edited it since signing in). */
  profileOf(profileId: string): MethodProfile;
}): TokenKeeper {
  const signedOut = createEmitter<{ profileId: string; error: BatonError }>();
  const renewed = createEmitter<string>();
  const live = new Map<string, LiveToken>();
  /** Known credentials; null: known to have none. Memory-only sign-ins live only here. */
  const known = new Map<string, StoredCredentials | null>();
  const persisted = new Set<string>();
  const inflight = new Map<string, Promise<string>>();
  // Bumped by every sign-in and sign-out, so a renewal that finishes late cannot resurrect a session.
  const generation = new Map<string, number>();
  const bump = (profileId: string) => generation.set(profileId, (generation.get(profileId) ?? 0) + 1);

  async function credentials(profileId: string): Promise<StoredCredentials | undefined> {
    if (known.has(profileId)) return known.get(profileId) ?? undefined;
    const stored = await deps.credentials.read(profileId);
    if (stored) persisted.add(profileId);
    if (!known.has(profileId)) known.set(profileId, stored ?? null);
    return known.get(profileId) ?? undefined;
  }

  async function forget(profileId: string): Promise<void> {
    bump(profileId);
    live.delete(profileId);
    known.set(profileId, null);
    persisted.delete(profileId);
    await deps.credentials.forget(profileId);
  }

  /**
   * The credentials to renew with. A saved sign-in is read from the vault again each time:
   * another Baton process (the CLI beside the app) may have rotated the refresh token since, and
   * sending the spent one makes Identity Server revoke the whole sign-in for both.
   */
  async function latest(profileId: string): Promise<StoredCredentials | undefined> {
    if (!persisted.has(profileId)) return credentials(profileId);
    const stored = await deps.credentials.read(profileId);
    known.set(profileId, stored ?? null);
    if (!stored) persisted.delete(profileId);
    return stored;
  }

  /** Signs out locally; the vault entry goes only if it still holds the credentials that failed. */
  async function forgetFailed(profileId: string, failed: StoredCredentials): Promise<void> {
    const wasPersisted = persisted.has(profileId);
    bump(profileId);
    live.delete(profileId);
    known.set(profileId, null);
    persisted.delete(profileId);
    if (!wasPersisted) return;
    const current = await deps.credentials.read(profileId);
    if (current === undefined || isSame(current, failed)) await deps.credentials.forget(profileId);
  }

  function renew(profileId: string, reason: RenewReason): Promise<string> {
    const running = inflight.get(profileId);
    if (running) return running;
    const attempt = (async () => {
      const startedAt = generation.get(profileId) ?? 0;
      let stored = await latest(profileId);
      const target = deps.profileOf(profileId);
      const name = target.profile.name;
      if (!stored)
        throw BatonError.said('AUTH_REQUIRED', said('errors.notSignedInTo', { profile: name }), { hint: said('errors.signInFirst') });
      // At most two tries: the credentials read first, then once more if another process saved newer ones meanwhile.
      for (let isRetry = false; ; isRetry = true) {
        try {
          const result = await deps.methods[stored.method].renew(target, stored, reason);
          if ((generation.get(profileId) ?? 0) !== startedAt)
            throw BatonError.said('AUTH_REQUIRED', said('errors.signedOutDuringRenewal', { profile: name }), {
              hint: said('errors.signInAgain'),
            });
          if (result.credentials) {
            known.set(profileId, result.credentials);
            if (persisted.has(profileId)) await deps.credentials.write(profileId, result.credentials);
          }
          live.set(profileId, result.token);
          renewed.emit(profileId);
          return result.token.accessToken;
        } catch (error) {
          // Only the server saying no signs the profile out; a network or clock problem does not.
          const isRefused =
            isBatonError(error) &&
            (error.code === 'AUTH_REQUIRED' || (error.code === 'AUTH_FAILED' && error.cause instanceof ResponseBodyError));
          if (!isRefused || (generation.get(profileId) ?? 0) !== startedAt) throw error;
          // Before giving up: another process may have renewed (and saved) while this request was out.
          const saved = !isRetry && persisted.has(profileId) ? await deps.credentials.read(profileId) : undefined;
          if (saved && !isSame(saved, stored)) {
            known.set(profileId, saved);
            stored = saved;
            continue;
          }
          await forgetFailed(profileId, stored);
          // The server's refusal follows the way back in, in its own words (its ids when Baton made it).
          const refusal = BatonError.said('AUTH_REQUIRED', said('errors.renewalRefused', { profile: name }), {
            hint: [said('errors.signedOutHint', { profile: name }), ...(error.messageText ?? [verbatim(error.message)]).slice(0, 19)],
            cause: error,
          });
          signedOut.emit({ profileId, error: refusal });
          throw refusal;
        }
      }
    })().finally(() => inflight.delete(profileId));
    inflight.set(profileId, attempt);
    return attempt;
  }

  return {
    onSignedOut: (listener) => signedOut.on(listener),
    onRenewed: (listener) => renewed.on(listener),
    credentials,
    expiresAt: (profileId) => live.get(profileId)?.expiresAt,
    async signedIn(profileId, stored, token, persist) {
      bump(profileId);
      known.set(profileId, stored);
      live.set(profileId, token);
      if (persist) {
        persisted.add(profileId);
        await deps.credentials.write(profileId, stored);
      } else {
        persisted.delete(profileId);
        await deps.credentials.forget(profileId);
      }
    },
    forget,
    sourceFor(profileId) {
      return {
        async getAccessToken() {
          const token = live.get(profileId);
          if (token && (token.expiresAt === undefined || token.expiresAt - REFRESH_MARGIN_MS > deps.clock.now())) return token.accessToken;
          return renew(profileId, 'expired');
        },
        refreshAccessToken: () => renew(profileId, 'rejected'),
      };
    },
  };
}

/** The same saved sign-in: every secret and the user alike (a rotation changes the refresh token). */
function isSame(a: StoredCredentials, b: StoredCredentials): boolean {
  const secrets = ['method', 'refreshToken', 'idToken', 'clientSecret', 'pat', 'password', 'accessToken'] as const;
  return secrets.every((key) => a[key] === b[key]) && a.user.name === b.user.name && a.user.email === b.user.email;
}

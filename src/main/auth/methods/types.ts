import type { SignInParams } from '../../../shared/contract/session';
import type { Browser, Clock, HttpFetch } from '../../platform';
import type { StoredProfile } from '../../profiles';
import type { OidcConfigs } from '../oidc-config';
import type { ConnectionInfo, LiveToken, StoredCredentials } from '../types';

/** A profile with where its servers are, as each method needs it. */
export interface MethodProfile {
  profile: StoredProfile;
  connection: ConnectionInfo;
}

export interface SignInRequest extends MethodProfile {
  params: SignInParams;
  /** What the vault holds for this profile now (a client secret given once is reused). */
  saved: StoredCredentials | undefined;
  signal: AbortSignal;
  /** Interactive: the URL the person must open, once the loopback listener is up. */
  onAuthorizeUrl(url: string): void;
}

export interface SignedIn {
  stored: StoredCredentials;
  token: LiveToken;
  /** false: the sign-in lives in memory only (an interactive sign-in without a refresh token). */
  persist: boolean;
}

export interface Renewal {
  token: LiveToken;
  /** New credentials to keep (a rotated refresh token); absent when nothing changed. */
  credentials?: StoredCredentials;
}

// Renew this long before expiry, so a request never leaves with a token about to die (reference §2.7).
export const REFRESH_MARGIN_MS = 2 * 60_000;

/** Why a token is renewed: it is about to expire, or Orchestrator refused it (401). */
export type RenewReason = 'expired' | 'rejected';

/** One way to sign in (DESIGN.md §4 auth): how it signs in, and how it gets a fresh access token. */
export interface SignInMethod {
  signIn(request: SignInRequest): Promise<SignedIn>;
  /** Throws BatonError AUTH_REQUIRED when the profile must sign in again. */
  renew(target: MethodProfile, stored: StoredCredentials, reason: RenewReason): Promise<Renewal>;
}

export interface MethodDeps {
  configs: OidcConfigs;
  fetch: HttpFetch;
  clock: Clock;
  browser: Browser;
}

import type { AuthMethod } from '../../shared/model';
import type { ConnectionLayout } from '../profiles';

export type { AccessTokenSource } from '../orchestrator';

/** Where a profile's Orchestrator lives (its layout, as profiles resolve it), for building API requests. */
export interface ConnectionInfo extends ConnectionLayout {
  id: string;
  name: string;
  authMethod: AuthMethod;
}

export interface SignedInUser {
  name: string;
  email?: string;
}

/** What the vault keeps per profile, as one JSON entry. Never leaves the main process. */
export interface StoredCredentials {
  method: AuthMethod;
  refreshToken?: string;
  idToken?: string;
  clientSecret?: string;
  pat?: string;
  password?: string;
  /**
   * Legacy sign-in without a kept password: the 30-minute token itself, so the sign-in lasts
   * from one command to the next until it expires (then the person signs in again).
   */
  accessToken?: string;
  accessTokenExpiresAt?: number;
  user: SignedInUser;
}

/** An access token held in memory only. */
export interface LiveToken {
  accessToken: string;
  /** Epoch ms from the platform Clock; undefined: no known expiry (PAT). */
  expiresAt?: number;
}

/**
 * The ports the Orchestrator client needs from sign-in (src/main/auth provides them; the
 * composition root connects them). Bearer tokens for one profile; both throw BatonError
 * AUTH_REQUIRED (hint: sign in again) when the profile is signed out or a refresh is refused.
 */
export interface AccessTokenSource {
  /** Throws BatonError AUTH_REQUIRED when the profile is signed out. */
  getAccessToken(): Promise<string>;
  /** Renews now, after a 401; concurrent callers share one renewal. */
  refreshAccessToken(): Promise<string>;
}

/** Where one profile's Orchestrator API lives. */
export interface OrchestratorConnection {
  profileId: string;
  /** Where `/odata` lives: on-prem `http://host:port`, Cloud/Suite `http://host/{org}/{tenant}/orchestrator_`. */
  apiBaseUrl: string;
  /** On-prem only: sent as `X-UIPATH-TenantName` (Cloud and Suite carry the tenant in the URL). */
  tenant?: string;
  /**
   * What kind of token the profile signs in with: `/api/FoldersNavigation/*` refuses OAuth tokens
   * (reference orchestrator-versions.md §3.2), so only a legacy sign-in may use it. Default `oauth`.
   */
  tokenKind?: 'oauth' | 'legacy' | 'pat';
}

export interface ConnectionWithTokens {
  connection: OrchestratorConnection;
  tokens: AccessTokenSource;
}

/** The active profile's connection, any profile's connection (runs outlive a profile switch), and changes. */
export interface ConnectionSource {
  active(): ConnectionWithTokens | null;
  forProfile(profileId: string): ConnectionWithTokens | null;
  /** Fires when the active profile changes or signs in/out; returns an unsubscribe function. */
  onDidChangeActive(listener: () => void): () => void;
}

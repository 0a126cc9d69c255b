import type { AccessTokenSource, ConnectionSource, ConnectionWithTokens, OrchestratorConnection } from './types';

/** The part of the auth service this needs (structurally: src/main/auth's AuthService). */
export interface AuthConnections {
  activeConnection(): { id: string; apiBaseUrl: string; deployment: string; tenant?: string; authMethod?: string } | null;
  connectionFor(profileId: string): { id: string; apiBaseUrl: string; deployment: string; tenant?: string; authMethod?: string };
  tokensFor(profileId: string): AccessTokenSource;
}

const TOKEN_KINDS: Record<string, OrchestratorConnection['tokenKind']> = {
  interactive: 'oauth',
  'client-credentials': 'oauth',
  pat: 'pat',
  legacy: 'legacy',
};

/**
 * Adapts sign-in to the Orchestrator client's ports. `onSessionChanged` is the session.changed
 * event; listeners hear of a switch of profile or of a sign-in/out.
 */
export function connectionsFromSession(
  auth: AuthConnections,
  onSessionChanged: (listener: (status: { profileId: string | null; state: string }) => void) => () => void,
): ConnectionSource {
  const wrap = (info: ReturnType<AuthConnections['connectionFor']> | null): ConnectionWithTokens | null => {
    if (!info) return null;
    return {
      // The tenant travels in the URL on Cloud and Automation Suite; only on-prem sends X-UIPATH-TenantName.
      connection: {
        profileId: info.id,
        apiBaseUrl: info.apiBaseUrl,
        ...(info.deployment === 'on-prem' && info.tenant ? { tenant: info.tenant } : {}),
        tokenKind: TOKEN_KINDS[info.authMethod ?? ''] ?? 'oauth',
      },
      tokens: auth.tokensFor(info.id),
    };
  };
  return {
    active: () => wrap(auth.activeConnection()),
    forProfile(profileId) {
      try {
        return wrap(auth.connectionFor(profileId));
      } catch {
        // A removed profile: its runs can no longer be followed.
        return null;
      }
    },
    onDidChangeActive(listener) {
      let last = '';
      return onSessionChanged((status) => {
        const now = `${status.profileId ?? ''}|${status.state}`;
        if (now === last) return;
        last = now;
        listener();
      });
    },
  };
}

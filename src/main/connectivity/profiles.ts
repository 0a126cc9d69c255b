import type { ConnectionSource } from '../orchestrator';

/** What connectivity needs to know about profiles: where their Orchestrator is and whether they are signed in. */
export interface ConnectivityProfiles {
  active(): { profileId: string; apiBaseUrl: string } | null;
  apiBaseUrlOf(profileId: string): string | undefined;
  isSignedIn(profileId: string): Promise<boolean>;
  /** The active profile changed, or signed in or out. */
  onChanged(listener: () => void): () => void;
}

/** Adapts the Orchestrator connections and the auth service (structurally) to ConnectivityProfiles. */
export function profilesFromSession(
  connections: ConnectionSource,
  auth: { status(profileId?: string): Promise<{ state: string }> },
): ConnectivityProfiles {
  return {
    active() {
      const found = connections.active();
      return found ? { profileId: found.connection.profileId, apiBaseUrl: found.connection.apiBaseUrl } : null;
    },
    apiBaseUrlOf: (profileId) => connections.forProfile(profileId)?.connection.apiBaseUrl,
    // A sign-in that expired while offline stays `signed-in`: only the server refusing a renewal signs out.
    isSignedIn: async (profileId) => (await auth.status(profileId)).state === 'signed-in',
    onChanged: (listener) => connections.onDidChangeActive(listener),
  };
}

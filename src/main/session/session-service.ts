import type { SessionStatus } from '../../shared/model';
import type { EventHub } from '../lib';
import type { SettingsStore } from '../platform';

export interface SessionService {
  status(): Promise<SessionStatus>;
}

/** Who is signed in to which profile. The sign-in issue grows this into the auth domain. */
export function createSessionService(deps: { settings: SettingsStore; events: EventHub }): SessionService {
  void deps.events;
  return {
    async status() {
      return { state: 'signed-out', profileId: null, profileName: null, user: null };
    },
  };
}

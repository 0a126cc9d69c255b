import type { BatonHandlers } from '../../shared/api';
import { createAuthService, type AuthService } from './auth-service';
import type { EventHub } from '../lib';
import type { Platform } from '../platform';
import type { ProfileStore } from '../profiles';

type SessionMethod =
  | 'session.status'
  | 'session.profiles.list'
  | 'session.profiles.add'
  | 'session.profiles.update'
  | 'session.profiles.remove'
  | 'session.profiles.setActive'
  | 'session.signIn'
  | 'session.cancelSignIn'
  | 'session.signOut';

export type SessionHandlers = Pick<BatonHandlers, SessionMethod>;

export interface SessionService {
  /** Tokens and connection info for the other domains (the Orchestrator client). */
  auth: AuthService;
  handlers: SessionHandlers;
  dispose(): Promise<void>;
}

/** The auth domain as the composition root sees it: the auth service and its `session.*` handlers. */
export function createSessionService(deps: { platform: Platform; events: EventHub; profiles?: ProfileStore }): SessionService {
  const { platform } = deps;
  const auth = createAuthService({
    settings: platform.settings,
    vault: platform.vault,
    browser: platform.browser,
    fetch: platform.fetch,
    clock: platform.clock,
    logger: platform.logger,
    events: deps.events,
    profiles: deps.profiles,
  });
  return { auth, handlers: createSessionHandlers(auth), dispose: () => auth.dispose() };
}

/** The session.* part of the contract, bound to the auth service (params arrive validated). */
export function createSessionHandlers(auth: AuthService): SessionHandlers {
  return {
    'session.status': () => auth.status(),
    'session.profiles.list': () => auth.listProfiles(),
    'session.profiles.add': (input) => auth.addProfile(input),
    'session.profiles.update': (patch) => auth.updateProfile(patch),
    'session.profiles.remove': ({ id }) => auth.removeProfile(id),
    'session.profiles.setActive': ({ id }) => auth.setActiveProfile(id),
    'session.signIn': (params) => auth.signIn(params),
    'session.cancelSignIn': ({ profileId }) => auth.cancelSignIn(profileId),
    'session.signOut': (params) => auth.signOut(params),
  };
}

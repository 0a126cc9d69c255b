import * as client from 'openid-client';
import type { ProfileInput, ProfileUpdate, SignInParams } from '../../shared/contract/session';
import { BatonError, isBatonError, toErrorPayload, type BatonErrorPayload } from '../../shared/errors';
import { inEnglish, said, type TextParts } from '../../shared/message-parts';
import type { AuthMethod, ProfileView, SessionStatus } from '../../shared/model';
import type { EventHub } from '../lib';
import type { Browser, Clock, HttpFetch, Logger, SecretVault, SettingsStore } from '../platform';
import { createProfileStore, effectiveScopes, resolveConnectionLayout, type ProfileStore, type StoredProfile } from '../profiles';
import { createCredentialStore } from './credential-store';
import { createSignInMethods } from './methods';
import { createOidcConfigs } from './oidc-config';
import { createTokenKeeper } from './token-keeper';
import type { AccessTokenSource, ConnectionInfo, StoredCredentials } from './types';

export interface AuthService {
  status(profileId?: string): Promise<SessionStatus>;
  listProfiles(): Promise<{ activeProfileId: string | null; profiles: ProfileView[] }>;
  addProfile(input: ProfileInput): Promise<ProfileView>;
  updateProfile(patch: ProfileUpdate): Promise<ProfileView>;
  removeProfile(id: string): Promise<{ activeProfileId: string | null; profiles: ProfileView[] }>;
  setActiveProfile(id: string): Promise<SessionStatus>;
  /** Resolves when signed in; interactive sign-in waits for the browser (or timeout / cancel). */
  signIn(params: SignInParams): Promise<SessionStatus>;
  cancelSignIn(profileId?: string): Promise<SessionStatus>;
  signOut(params: { profileId?: string; endBrowserSession?: boolean }): Promise<SessionStatus>;
  /** Bearer tokens for the Orchestrator client. */
  tokensFor(profileId: string): AccessTokenSource;
  connectionFor(profileId: string): ConnectionInfo;
  /** The active profile's connection, or null before the first profile is added. */
  activeConnection(): ConnectionInfo | null;
  dispose(): Promise<void>;
}

export interface AuthServiceDeps {
  settings: SettingsStore;
  vault: SecretVault;
  browser: Browser;
  fetch: HttpFetch;
  clock: Clock;
  logger: Logger;
  events: EventHub;
  /** The profile store, when something (the admin policy) wraps it; otherwise one over `settings`. */
  profiles?: ProfileStore;
}

const STORE_OF = { 'os-encrypted': 'keychain', 'owner-only-file': 'file', 'session-only': 'memory' } as const;

/** Profiles, sign-in by every method, and the tokens behind them (DESIGN.md §4 auth). */
export function createAuthService(deps: AuthServiceDeps): AuthService {
  const { clock, events } = deps;
  const logger = deps.logger.child('auth');
  const profiles = deps.profiles ?? createProfileStore({ settings: deps.settings });
  const credentials = createCredentialStore({ vault: deps.vault, logger });
  const configs = createOidcConfigs({ fetch: deps.fetch });
  const methods = createSignInMethods({ configs, fetch: deps.fetch, clock, browser: deps.browser });
  const pending = new Map<string, { controller: AbortController; url?: string }>();
  const problems = new Map<string, SignInProblem>();

  const connectionFor = (profileId: string): ConnectionInfo => toConnection(profiles.get(profileId));

  const keeper = createTokenKeeper({
    clock,
    credentials,
    methods,
    profileOf: (profileId) => {
      const profile = profiles.get(profileId);
      return { profile, connection: toConnection(profile) };
    },
  });
  keeper.onSignedOut(({ profileId, error }) => {
    const name = safeName(profileId);
    const messageText = [said('errors.signedOutSignInAgain', { hasProfile: name === undefined ? 'no' : 'yes', profile: name ?? '' })];
    const hintText: TextParts | undefined = error.hintText ?? (error.hint === undefined ? [said('errors.signInAgain')] : undefined);
    problems.set(profileId, {
      code: 'AUTH_REQUIRED',
      message: inEnglish(messageText),
      messageText,
      hint: error.hint ?? inEnglish(said('errors.signInAgain')),
      ...(hintText ? { hintText: [...hintText] } : {}),
    });
    logger.info('Identity Server refused to renew the sign-in; the profile is signed out', { profile: name ?? 'this profile' });
    void emitChanged();
  });
  keeper.onRenewed(() => void emitChanged());

  const safeName = (profileId: string): string | undefined => profiles.list().find((profile) => profile.id === profileId)?.name;

  function toConnection(profile: StoredProfile): ConnectionInfo {
    const layout = resolveConnectionLayout(profile.orchestratorUrl, { deployment: profile.deployment, tenant: profile.tenant });
    return { id: profile.id, name: profile.name, authMethod: profile.authMethod, ...layout };
  }

  async function statusOf(profileId: string | null): Promise<SessionStatus> {
    if (!profileId) return { state: 'signed-out', profileId: null, profileName: null, user: null };
    const descriptionText = deps.vault.describe();
    const secretStorage = {
      isPersistent: deps.vault.persistence !== 'session-only',
      store: STORE_OF[deps.vault.persistence],
      description: inEnglish(descriptionText),
      descriptionText: [...descriptionText],
    };
    const profile = profiles.get(profileId);
    const connection = toConnection(profile);
    const base = {
      profileId,
      profileName: profile.name,
      orchestratorUrl: connection.orchestratorUrl,
      deployment: connection.deployment,
      authMethod: profile.authMethod,
      ...(connection.org ? { org: connection.org } : {}),
      ...(connection.tenant ? { tenant: connection.tenant } : {}),
      secretStorage,
    };
    const signingIn = pending.get(profileId);
    if (signingIn) return { ...base, state: 'signing-in', user: null, ...(signingIn.url ? { signInUrl: signingIn.url } : {}) };
    const stored = await keeper.credentials(profileId);
    const problem = problems.get(profileId);
    if (!stored) return { ...base, state: 'signed-out', user: null, ...(problem ? { problem } : {}) };
    const expiresAt = keeper.expiresAt(profileId);
    return { ...base, state: 'signed-in', user: stored.user, ...(expiresAt ? { expiresAt: new Date(expiresAt).toISOString() } : {}) };
  }

  async function emitChanged(): Promise<void> {
    try {
      events.emit('session.changed', await statusOf(profiles.activeId()));
    } catch (error) {
      logger.warn('Could not report the session state', { error: String(error) });
    }
  }

  async function viewOf(profile: StoredProfile, activeId: string | null): Promise<ProfileView> {
    const status = await statusOf(profile.id);
    return {
      id: profile.id,
      name: profile.name,
      orchestratorUrl: profile.orchestratorUrl,
      deployment: profile.deployment,
      ...(profile.org ? { org: profile.org } : {}),
      ...(profile.tenant ? { tenant: profile.tenant } : {}),
      authMethod: profile.authMethod,
      clientId: profile.clientId,
      redirectUri: profile.redirectUri,
      scopes: effectiveScopes(profile),
      ...(profile.username ? { username: profile.username } : {}),
      isActive: profile.id === activeId,
      state: status.state,
      user: status.user,
    };
  }

  async function listProfiles() {
    const activeProfileId = profiles.activeId();
    return { activeProfileId, profiles: await Promise.all(profiles.list().map((profile) => viewOf(profile, activeProfileId))) };
  }

  const resolveProfileId = (profileId?: string): string => {
    const id = profileId ?? profiles.activeId();
    if (!id) throw BatonError.said('VALIDATION', said('errors.noProfileYet'), { hint: said('errors.noProfileYetHint') });
    profiles.get(id);
    return id;
  };

  /** The secret given decides the method; otherwise the profile's own. */
  const methodFor = (params: SignInParams, profile: StoredProfile): AuthMethod => {
    if (params.pat) return 'pat';
    if (params.clientSecret) return 'client-credentials';
    if (params.password) return 'legacy';
    return profile.authMethod;
  };

  async function signIn(params: SignInParams): Promise<SessionStatus> {
    const profileId = resolveProfileId(params.profileId);
    let profile = profiles.get(profileId);
    const method = methodFor(params, profile);
    if (method !== profile.authMethod || (params.username && params.username !== profile.username)) {
      profile = profiles.update({ id: profileId, authMethod: method, ...(params.username ? { username: params.username } : {}) });
    }
    pending.get(profileId)?.controller.abort();
    const controller = new AbortController();
    const attempt = { controller } as { controller: AbortController; url?: string };
    pending.set(profileId, attempt);
    await emitChanged();
    try {
      const { stored, token, persist } = await methods[method].signIn({
        profile,
        connection: toConnection(profile),
        params,
        saved: await keeper.credentials(profileId),
        signal: controller.signal,
        onAuthorizeUrl: (url) => {
          attempt.url = url;
          void emitChanged();
        },
      });
      await keeper.signedIn(profile.id, stored, token, persist);
      problems.delete(profile.id);
      logger.info('Signed in', { profile: profile.name, method: stored.method });
    } catch (error) {
      const isCurrent = pending.get(profileId) === attempt;
      const isCancelled = controller.signal.aborted;
      if (isCurrent && !isCancelled) problems.set(profileId, problemOf(error));
      throw error;
    } finally {
      if (pending.get(profileId) === attempt) pending.delete(profileId);
      await emitChanged();
    }
    return statusOf(profileId);
  }

  async function signOut(params: { profileId?: string; endBrowserSession?: boolean }): Promise<SessionStatus> {
    const profileId = resolveProfileId(params.profileId);
    const profile = profiles.get(profileId);
    pending.get(profileId)?.controller.abort();
    const stored = await keeper.credentials(profileId);
    await keeper.forget(profileId);
    problems.delete(profileId);
    if (stored?.method === 'interactive') await endOidcSession(profile, stored, params.endBrowserSession ?? true);
    logger.info('Signed out', { profile: profile.name });
    await emitChanged();
    return statusOf(profileId);
  }

  async function endOidcSession(profile: StoredProfile, stored: StoredCredentials, isBrowserEnded: boolean) {
    const connection = toConnection(profile);
    try {
      const config = await configs.configFor(connection.identityUrl, profile.clientId);
      if (stored.refreshToken && config.serverMetadata().revocation_endpoint) {
        await client.tokenRevocation(config, stored.refreshToken, { token_type_hint: 'refresh_token' });
      }
      if (isBrowserEnded && config.serverMetadata().end_session_endpoint) {
        const url = client.buildEndSessionUrl(config, {
          client_id: profile.clientId,
          ...(stored.idToken ? { id_token_hint: stored.idToken } : {}),
        });
        await deps.browser.open(url.href);
      }
    } catch (error) {
      // The tokens are already forgotten here; a server that cannot be told only keeps its own session.
      logger.warn('Identity Server could not be told about the sign-out', {
        profile: profile.name,
        error: isBatonError(error) ? error.message : String(error),
      });
    }
  }

  return {
    status: async (profileId) => statusOf(profileId ?? profiles.activeId()),
    listProfiles,
    async addProfile(input) {
      const profile = profiles.add(input);
      await emitChanged();
      return viewOf(profile, profiles.activeId());
    },
    async updateProfile(patch) {
      const before = profiles.get(patch.id);
      const after = profiles.update(patch);
      const isSameServer =
        before.orchestratorUrl === after.orchestratorUrl &&
        before.clientId === after.clientId &&
        before.authMethod === after.authMethod &&
        before.deployment === after.deployment;
      if (!isSameServer) await keeper.forget(after.id);
      await emitChanged();
      return viewOf(after, profiles.activeId());
    },
    async removeProfile(id) {
      profiles.get(id);
      pending.get(id)?.controller.abort();
      await keeper.forget(id);
      problems.delete(id);
      profiles.remove(id);
      await emitChanged();
      return listProfiles();
    },
    async setActiveProfile(id) {
      profiles.setActive(id);
      await emitChanged();
      return statusOf(id);
    },
    signIn,
    async cancelSignIn(profileId) {
      const id = resolveProfileId(profileId);
      pending.get(id)?.controller.abort();
      return statusOf(id);
    },
    signOut,
    tokensFor: (profileId) => keeper.sourceFor(profileId),
    connectionFor,
    activeConnection() {
      const id = profiles.activeId();
      return id ? connectionFor(id) : null;
    },
    async dispose() {
      for (const attempt of pending.values()) attempt.controller.abort();
      pending.clear();
    },
  };
}

/** What a person sees of a failed sign-in: the error's words, and its ids for their language. */
type SignInProblem = Pick<BatonErrorPayload, 'code' | 'message' | 'hint' | 'messageText' | 'hintText'>;

function problemOf(error: unknown): SignInProblem {
  const { code, message, hint, messageText, hintText } = toErrorPayload(error);
  return { code, message, ...(hint ? { hint } : {}), ...(messageText ? { messageText } : {}), ...(hintText ? { hintText } : {}) };
}

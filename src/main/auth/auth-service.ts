import * as client from 'openid-client';
import type { ProfileInput, ProfileUpdate, SignInParams } from '../../shared/contract/session';
import { BatonError, isBatonError, toErrorPayload } from '../../shared/errors';
import type { AuthMethod, ProfileView, SessionStatus } from '../../shared/model';
import type { EventHub } from '../lib';
import type { Browser, Clock, HttpFetch, Logger, SecretVault, SettingsStore } from '../platform';
import {
  createProfileStore,
  effectiveScopes,
  parseRedirectUri,
  resolveConnectionLayout,
  type ProfileStore,
  type StoredProfile,
} from '../settings';
import { signedOutError } from './auth-errors';
import { createCredentialStore } from './credential-store';
import { runInteractiveSignIn } from './interactive-sign-in';
import { createOidcConfigs } from './oidc-config';
import { createTokenKeeper, REFRESH_MARGIN_MS } from './token-keeper';
import {
  checkPersonalAccessToken,
  clientCredentialsGrant,
  legacyAuthenticate,
  liveTokenFrom,
  refreshGrant,
  userFromIdToken,
} from './token-grants';
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
  const grantDeps = { configs, fetch: deps.fetch, clock };
  const pending = new Map<string, { controller: AbortController; url?: string }>();
  const problems = new Map<string, { code: string; message: string; hint?: string }>();

  const connectionFor = (profileId: string): ConnectionInfo => toConnection(profiles.get(profileId));

  const keeper = createTokenKeeper({
    clock,
    credentials,
    nameOf: (profileId) => safeName(profileId),
    renew: async (profileId, stored, reason) => {
      const profile = profiles.get(profileId);
      const connection = toConnection(profile);
      if (stored.method === 'pat') {
        if (reason === 'rejected' || !stored.pat) throw signedOutError(profile.name);
        return { token: { accessToken: stored.pat } };
      }
      if (stored.method === 'client-credentials') {
        if (!stored.clientSecret) throw signedOutError(profile.name);
        return {
          token: await clientCredentialsGrant(grantDeps, connection, profile.clientId, stored.clientSecret, effectiveScopes(profile)),
        };
      }
      if (stored.method === 'legacy') {
        const expiresAt = stored.accessTokenExpiresAt;
        if (reason === 'expired' && stored.accessToken && expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS > clock.now())
          return { token: { accessToken: stored.accessToken, expiresAt } };
        if (!stored.password || !profile.username) throw signedOutError(profile.name);
        return {
          token: await legacyAuthenticate(grantDeps, connection, {
            tenancyName: profile.tenant,
            username: profile.username,
            password: stored.password,
          }),
        };
      }
      if (!stored.refreshToken) throw signedOutError(profile.name);
      const tokens = await refreshGrant(grantDeps, connection, profile.clientId, stored.refreshToken);
      return {
        token: liveTokenFrom(tokens, clock),
        // Identity Server rotates refresh tokens on every use: the old one is dead from now on.
        credentials: { ...stored, refreshToken: tokens.refresh_token ?? stored.refreshToken, idToken: tokens.id_token ?? stored.idToken },
      };
    },
    onSignedOut: (profileId, error) => {
      const name = safeName(profileId);
      problems.set(profileId, {
        code: 'AUTH_REQUIRED',
        message: `Signed out of ${name}: sign in again.`,
        hint: error.hint ?? 'Sign in again.',
      });
      logger.info('Identity Server refused to renew the sign-in; the profile is signed out', { profile: name });
      void emitChanged();
    },
    onRenewed: () => void emitChanged(),
  });

  const safeName = (profileId: string) => profiles.list().find((profile) => profile.id === profileId)?.name ?? 'this profile';

  function toConnection(profile: StoredProfile): ConnectionInfo {
    const layout = resolveConnectionLayout(profile.orchestratorUrl, { deployment: profile.deployment, tenant: profile.tenant });
    return { id: profile.id, name: profile.name, authMethod: profile.authMethod, ...layout };
  }

  async function statusOf(profileId: string | null): Promise<SessionStatus> {
    if (!profileId) return { state: 'signed-out', profileId: null, profileName: null, user: null };
    const secretStorage = {
      isPersistent: deps.vault.persistence !== 'session-only',
      store: STORE_OF[deps.vault.persistence],
      description: deps.vault.describe(),
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
    if (!id)
      throw new BatonError('VALIDATION', 'There is no connection profile yet.', {
        hint: 'Add one first: enter your Orchestrator URL (baton profile add NAME --url URL).',
      });
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

  async function completeSignIn(
    profile: StoredProfile,
    stored: StoredCredentials,
    token: { accessToken: string; expiresAt?: number },
    persist: boolean,
  ) {
    await keeper.signedIn(profile.id, stored, token, persist);
    problems.delete(profile.id);
    logger.info('Signed in', { profile: profile.name, method: stored.method });
  }

  async function signIn(params: SignInParams): Promise<SessionStatus> {
    const profileId = resolveProfileId(params.profileId);
    let profile = profiles.get(profileId);
    const method = methodFor(params, profile);
    if (method !== profile.authMethod || (params.username && params.username !== profile.username)) {
      profile = profiles.update({ id: profileId, authMethod: method, ...(params.username ? { username: params.username } : {}) });
    }
    const connection = toConnection(profile);
    pending.get(profileId)?.controller.abort();
    const controller = new AbortController();
    const attempt = { controller } as { controller: AbortController; url?: string };
    pending.set(profileId, attempt);
    await emitChanged();
    try {
      if (method === 'interactive') {
        const tokens = await runInteractiveSignIn(
          { configs, browser: deps.browser, clock, fetch: deps.fetch },
          {
            connection,
            clientId: profile.clientId,
            redirectUri: parseRedirectUri(profile.redirectUri),
            redirectUriText: profile.redirectUri,
            ...(profile.acrValues ? { acrValues: profile.acrValues } : {}),
            scopes: effectiveScopes(profile),
            openBrowser: params.openBrowser ?? true,
            timeoutMs: params.timeoutSeconds === undefined ? undefined : params.timeoutSeconds * 1000,
            signal: controller.signal,
            onAuthorizeUrl: (url) => {
              attempt.url = url;
              void emitChanged();
            },
          },
        );
        const stored: StoredCredentials = {
          method,
          user: userFromIdToken(tokens),
          ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
          ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
        };
        await completeSignIn(profile, stored, liveTokenFrom(tokens, clock), Boolean(tokens.refresh_token));
      } else if (method === 'client-credentials') {
        const secret = params.clientSecret ?? (await keeper.credentials(profileId))?.clientSecret;
        if (!secret)
          throw new BatonError('VALIDATION', "Client credentials need the external app's client secret.", {
            hint: 'Give the secret (baton login --client-id ID --client-secret-stdin, or BATON_CLIENT_SECRET).',
          });
        const token = await clientCredentialsGrant(grantDeps, connection, profile.clientId, secret, effectiveScopes(profile));
        await completeSignIn(profile, { method, clientSecret: secret, user: { name: profile.clientId } }, token, true);
      } else if (method === 'pat') {
        if (!params.pat)
          throw new BatonError('VALIDATION', 'Enter the personal access token.', {
            hint: 'Create one under your profile → Personal Access Token in Automation Cloud, then paste it (baton login --pat reads it from standard input or BATON_PAT).',
          });
        const user = await checkPersonalAccessToken(grantDeps, connection, params.pat);
        await completeSignIn(profile, { method, pat: params.pat, user }, { accessToken: params.pat }, true);
      } else {
        const username = params.username ?? profile.username;
        if (!username || !params.password)
          throw new BatonError('VALIDATION', 'Orchestrator 19.10 sign-in needs a user name and password.', {
            hint: 'Give both (baton login --username NAME reads the password from standard input or BATON_PASSWORD).',
          });
        const token = await legacyAuthenticate(grantDeps, connection, { tenancyName: profile.tenant, username, password: params.password });
        // Without a kept password the token itself is kept (as safely as any secret), so the next
        // command is signed in too until the token expires.
        const kept =
          params.rememberPassword === true
            ? { password: params.password }
            : { accessToken: token.accessToken, accessTokenExpiresAt: token.expiresAt };
        await completeSignIn(profile, { method, user: { name: username }, ...kept }, token, true);
      }
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

function problemOf(error: unknown): { code: string; message: string; hint?: string } {
  const payload = toErrorPayload(error);
  return { code: payload.code, message: payload.message, ...(payload.hint ? { hint: payload.hint } : {}) };
}

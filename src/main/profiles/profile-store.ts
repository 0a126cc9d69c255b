import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ProfileInput, ProfileUpdate } from '../../shared/contract/session';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { profileViewSchema, type AuthMethod } from '../../shared/model';
import type { SettingsStore } from '../platform';
import { parseRedirectUri, resolveConnectionLayout } from './connection-url';

export const DEFAULT_CLIENT_ID = 'baton-desktop';
/**
 * RFC 8252 §8.3: a loopback IP literal, not `localhost` (which a browser may resolve to `[::1]`
 * first). The port is fixed because Identity Server matches redirect URIs exactly (no RFC 8252
 * §7.3 port variance), so the external app registers this exact text. Profiles saved with the
 * earlier default `http://localhost:8765/callback` keep it: the listener binds both families.
 */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8765/callback';
/** reference/orchestrator-api.md §2.6: the minimal user scopes, plus OIDC ones for the ID token and sign-out. */
export const DEFAULT_USER_SCOPES = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'OR.Folders.Read',
  'OR.Execution.Read',
  'OR.Jobs',
  'OR.Users.Read',
];
export const DEFAULT_APP_SCOPES = ['OR.Folders', 'OR.Execution', 'OR.Jobs'];

const PROFILES_KEY = 'connection.profiles';
const ACTIVE_KEY = 'connection.activeProfileId';

/** A profile as stored in settings: no secret ever (they live in the SecretVault). */
export const storedProfileSchema = profileViewSchema.omit({ isActive: true, state: true, user: true }).extend({
  /** Absent: the defaults of the auth method. */
  scopes: z.array(z.string()).optional(),
  /** Sent as `acr_values` on interactive sign-in only when set (see docs/sign-in.md). */
  acrValues: z.string().optional(),
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

export function effectiveScopes(profile: Pick<StoredProfile, 'scopes' | 'authMethod'>): string[] {
  if (profile.scopes && profile.scopes.length > 0) return profile.scopes;
  return profile.authMethod === 'client-credentials' ? DEFAULT_APP_SCOPES : DEFAULT_USER_SCOPES;
}

export interface ProfileStore {
  list(): StoredProfile[];
  get(id: string): StoredProfile;
  findByName(name: string): StoredProfile | undefined;
  activeId(): string | null;
  add(input: ProfileInput): StoredProfile;
  update(patch: ProfileUpdate): StoredProfile;
  remove(id: string): void;
  setActive(id: string): StoredProfile;
}

/** Connection profiles in the settings file; one is active. */
export function createProfileStore(deps: { settings: SettingsStore; newId?: () => string }): ProfileStore {
  const { settings } = deps;
  const newId = deps.newId ?? randomUUID;

  const read = (): StoredProfile[] =>
    // Not a list at all: set aside by the store. A hand-edited entry that no longer parses is
    // dropped from view, not from the file, so the other profiles stay usable.
    (settings.read(PROFILES_KEY, z.array(z.unknown())) ?? []).flatMap((item) => {
      const one = storedProfileSchema.safeParse(item);
      return one.success ? [one.data] : [];
    });
  const readActiveId = () => settings.read(ACTIVE_KEY, z.string());
  const write = (profiles: StoredProfile[]) => settings.set(PROFILES_KEY, profiles);

  const assertUniqueName = (name: string, exceptId?: string) => {
    const clash = read().find((profile) => profile.id !== exceptId && profile.name.toLowerCase() === name.toLowerCase());
    if (clash) throw BatonError.said('CONFLICT', said('errors.profileNameTaken', { name }), { hint: said('errors.profileNameTakenHint') });
  };

  const build = (id: string, fields: Omit<ProfileInput, 'makeActive'>): StoredProfile => {
    const authMethod: AuthMethod = fields.authMethod ?? 'interactive';
    const layout = resolveConnectionLayout(fields.orchestratorUrl, { deployment: fields.deployment, tenant: fields.tenant });
    // Checked, then kept as typed: Identity Server matches the registered text exactly, and URL.href
    // would add a slash to http://localhost:12700 (issue 17).
    const typedRedirectUri = (fields.redirectUri ?? DEFAULT_REDIRECT_URI).trim();
    parseRedirectUri(typedRedirectUri);
    const redirectUri = typedRedirectUri;
    return storedProfileSchema.parse({
      id,
      name: fields.name,
      orchestratorUrl: layout.orchestratorUrl,
      deployment: layout.deployment,
      ...(layout.org ? { org: layout.org } : {}),
      ...(layout.tenant ? { tenant: layout.tenant } : {}),
      authMethod,
      clientId: fields.clientId ?? DEFAULT_CLIENT_ID,
      redirectUri,
      ...(fields.scopes && fields.scopes.length > 0 ? { scopes: fields.scopes } : {}),
      ...(fields.username ? { username: fields.username } : {}),
      ...(fields.acrValues ? { acrValues: fields.acrValues } : {}),
    });
  };

  const store: ProfileStore = {
    list: read,
    get(id) {
      const found = read().find((profile) => profile.id === id);
      if (!found) throw BatonError.said('NOT_FOUND', said('errors.profileUnknown'), { hint: said('errors.profileUnknownHint') });
      return found;
    },
    findByName: (name) => read().find((profile) => profile.name.toLowerCase() === name.toLowerCase()),
    activeId() {
      const id = readActiveId();
      const profiles = read();
      if (id && profiles.some((profile) => profile.id === id)) return id;
      return profiles[0]?.id ?? null;
    },
    add(input) {
      assertUniqueName(input.name);
      const profile = build(newId(), input);
      write([...read(), profile]);
      if (input.makeActive || read().length === 1) settings.set(ACTIVE_KEY, profile.id);
      return profile;
    },
    update(patch) {
      const current = store.get(patch.id);
      if (patch.name) assertUniqueName(patch.name, current.id);
      const { id, ...fields } = patch;
      const merged = { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) };
      // A new URL may change the deployment: detect it again unless the patch says which.
      const deployment = patch.orchestratorUrl && !patch.deployment ? undefined : merged.deployment;
      const profile = build(id, { ...merged, deployment });
      write(read().map((item) => (item.id === id ? profile : item)));
      return profile;
    },
    remove(id) {
      store.get(id);
      write(read().filter((profile) => profile.id !== id));
      if (readActiveId() === id) settings.delete(ACTIVE_KEY);
    },
    setActive(id) {
      const profile = store.get(id);
      settings.set(ACTIVE_KEY, id);
      return profile;
    },
  };
  return store;
}

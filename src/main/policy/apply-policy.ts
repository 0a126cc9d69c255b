import type { ProfileInput } from '../../shared/contract/session';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { resolveConnectionLayout, type ProfileStore, type StoredProfile } from '../profiles';
import type { Policy, PresetProfile } from './policy-schema';

export interface PolicyGuard {
  readonly policy: Policy;
  /** Preset profiles not yet among `existing` (matched by name, case-insensitive). */
  missingPresets(existing: Pick<StoredProfile, 'name'>[]): ProfileInput[];
  isOrchestratorUrlAllowed(url: string): boolean;
  assertOrchestratorUrlAllowed(url: string): void;
  /** With a locked URL, presets cannot be removed, renamed or pointed elsewhere. */
  isLockedPreset(profile: Pick<StoredProfile, 'name'>): boolean;
  isLocalRunsAllowed(): boolean;
  assertLocalRunsAllowed(): void;
  isRobotBridgeAllowed(): boolean;
  /** What the auto-updater should do: the policy's feed replaces the built-in one. */
  updates(builtInFeedUrl?: string): { enabled: boolean; feedUrl?: string };
}

/** Comparable form of an Orchestrator URL: the profile store's normalisation, lower-cased. */
function canonicalUrl(url: string, options: { tenant?: string; deployment?: PresetProfile['deployment'] } = {}): string {
  try {
    return resolveConnectionLayout(url, options).orchestratorUrl.toLowerCase();
  } catch {
    return url.trim().replace(/\/+$/, '').toLowerCase();
  }
}

export function createPolicyGuard(policy: Policy, options: { path: string }): PolicyGuard {
  const setBy = said('serviceErrors.policySetBy', { path: options.path });
  const allowedUrls = new Set(policy.profiles.map((preset) => canonicalUrl(preset.orchestratorUrl, preset)));
  const presetNames = new Set(policy.profiles.map((preset) => preset.name.toLowerCase()));
  const isOrchestratorUrlAllowed = (url: string) => !policy.lockOrchestratorUrl || allowedUrls.has(canonicalUrl(url));
  const isLocalRunsAllowed = () => !policy.disableLocalRuns && !policy.disableRobotBridge;

  return {
    policy,
    missingPresets(existing) {
      const names = new Set(existing.map((profile) => profile.name.toLowerCase()));
      return policy.profiles.filter((preset) => !names.has(preset.name.toLowerCase())).map((preset) => ({ ...preset }));
    },
    isOrchestratorUrlAllowed,
    assertOrchestratorUrlAllowed(url) {
      if (isOrchestratorUrlAllowed(url)) return;
      throw BatonError.said('FORBIDDEN', said('serviceErrors.policyLocked'), {
        hint: [said('serviceErrors.policyUsePreset', { names: policy.profiles.map((preset) => preset.name).join(', ') }), setBy],
        details: { allowed: policy.profiles.map((preset) => preset.orchestratorUrl) },
      });
    },
    isLockedPreset: (profile) => policy.lockOrchestratorUrl && presetNames.has(profile.name.toLowerCase()),
    isLocalRunsAllowed,
    assertLocalRunsAllowed() {
      if (isLocalRunsAllowed()) return;
      throw BatonError.said('FORBIDDEN', said('serviceErrors.policyLocalRunsOff'), {
        hint: [said('serviceErrors.policyRunRemotely'), setBy],
      });
    },
    isRobotBridgeAllowed: () => !policy.disableRobotBridge,
    updates(builtInFeedUrl) {
      if (!policy.updates.enabled) return { enabled: false };
      const feedUrl = policy.updates.feedUrl ?? builtInFeedUrl;
      return feedUrl ? { enabled: true, feedUrl } : { enabled: true };
    },
  };
}

/**
 * The profile store as the policy allows it: preset profiles are added (once, by name), every
 * change a locked value forbids fails with FORBIDDEN before anything is written, and a profile
 * the settings file holds for a URL the policy does not allow is hidden and cannot be used.
 */
export function applyPolicy(store: ProfileStore, guard: PolicyGuard): ProfileStore {
  for (const preset of guard.missingPresets(store.list())) store.add(preset);
  const isAllowed = (profile: StoredProfile) => guard.isOrchestratorUrlAllowed(profile.orchestratorUrl);
  const list = () => store.list().filter(isAllowed);
  const get = (id: string) => {
    const profile = store.get(id);
    guard.assertOrchestratorUrlAllowed(profile.orchestratorUrl);
    return profile;
  };

  const lockedPresetError = (name: string) =>
    BatonError.said('FORBIDDEN', said('serviceErrors.policyPresetLocked', { name }), {
      hint: said('serviceErrors.policyPresetLockedHint'),
    });

  return {
    list,
    get,
    findByName: (name) => list().find((profile) => profile.name.toLowerCase() === name.toLowerCase()),
    activeId() {
      const id = store.activeId();
      const allowed = list();
      return allowed.some((profile) => profile.id === id) ? id : (allowed[0]?.id ?? null);
    },
    setActive: (id) => store.setActive(get(id).id),
    add(input) {
      guard.assertOrchestratorUrlAllowed(input.orchestratorUrl);
      return store.add(input);
    },
    update(patch) {
      const current = get(patch.id);
      const repoints = patch.orchestratorUrl !== undefined || patch.tenant !== undefined || patch.deployment !== undefined;
      const renames = patch.name !== undefined && patch.name.toLowerCase() !== current.name.toLowerCase();
      if (guard.isLockedPreset(current) && (repoints || renames)) throw lockedPresetError(current.name);
      if (patch.orchestratorUrl !== undefined) guard.assertOrchestratorUrlAllowed(patch.orchestratorUrl);
      return store.update(patch);
    },
    remove(id) {
      const current = store.get(id);
      if (guard.isLockedPreset(current)) throw lockedPresetError(current.name);
      // Removing a profile the policy hides is allowed: it only tidies the settings file.
      store.remove(id);
    },
  };
}

import { z } from 'zod';
import type { Preferences, PreferencesPatch, SettingsView } from '../../shared/contract/preferences';
import { BatonError } from '../../shared/errors';
import { inEnglish, listed, said } from '../../shared/message-parts';
import type { Logger, SettingsStore } from '../platform';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readStoredPreferences, toStoredPreferences } from './stored-preferences';

/** The robot bridge address is the robot domain's setting; preferences only show and change it. */
export interface RobotBridgeAddress {
  current(): string;
  change(url: string): Promise<void>;
}

/** What "Reset Baton" forgets, each a select key of `errors.resetPart`, named in the person's language when it fails. */
export type ResetPart = 'profiles' | 'robotPairing' | 'runHistory' | 'catalog' | 'settings';

export interface PreferenceServiceDeps {
  settings: SettingsStore;
  dataLocation: string;
  capabilities: SettingsView['capabilities'];
  robotBridge: RobotBridgeAddress;
  /** What else "Reset Baton" removes (connection profiles and their secrets, caches); run in order. */
  /** "Reset Baton": what each domain keeps, forgotten in this order; one that fails does not stop the rest. */
  resetSteps?: { part: ResetPart; forget: () => Promise<void> }[];
  logger?: Logger;
}

export interface PreferenceService {
  /** The current preferences, synchronously, for hosts and notification rules. */
  current(): Preferences;
  get(): SettingsView;
  update(patch: PreferencesPatch): Promise<SettingsView>;
  reset(): Promise<SettingsView>;
  onChanged(listener: (view: SettingsView) => void): () => void;
  /** The desktop host says why the global shortcut could not be registered (or that it now is); the view shows it. */
  reportShortcutProblem(problem: string | undefined): void;
}

/** Merges a patch into preferences; nested notification kinds merge key by key. */
export function applyPreferencesPatch(current: Preferences, patch: PreferencesPatch): Preferences {
  const { robotBridgeUrl: _ignored, notifications, ...flat } = patch;
  const defined = Object.fromEntries(Object.entries(flat).filter(([, value]) => value !== undefined));
  return {
    ...current,
    ...defined,
    notifications: {
      isPaused: notifications?.isPaused ?? current.notifications.isPaused,
      kinds: {
        ...current.notifications.kinds,
        ...Object.fromEntries(Object.entries(notifications?.kinds ?? {}).filter(([, value]) => value !== undefined)),
      },
    },
  };
}

export function createPreferenceService(deps: PreferenceServiceDeps): PreferenceService {
  const listeners = new Set<(view: SettingsView) => void>();
  const read = (): Preferences => {
    const { preferences, wasMigrated } = readStoredPreferences(deps.settings.read(PREFERENCES_KEY, z.record(z.string(), z.unknown())));
    if (wasMigrated) {
      deps.settings.set(PREFERENCES_KEY, toStoredPreferences(preferences));
      deps.logger?.info('Preferences migrated to the current format');
    }
    return preferences;
  };
  let preferences = read();
  // A fact of this run of the desktop host, told again whenever it applies the shortcut: not stored.
  let shortcutProblem: string | undefined;

  const view = (): SettingsView => {
    return {
      preferences,
      robotBridgeUrl: deps.robotBridge.current(),
      dataLocation: deps.dataLocation,
      capabilities: deps.capabilities,
      ...(shortcutProblem ? { shortcutProblem } : {}),
    };
  };
  const publish = (): SettingsView => {
    for (const listener of [...listeners]) listener(view());
    // Listeners (the desktop host) may record a shortcut problem while handling the change.
    return view();
  };

  return {
    current: () => preferences,
    get: view,
    async update(patch) {
      if (patch.robotBridgeUrl !== undefined && patch.robotBridgeUrl !== deps.robotBridge.current()) {
        await deps.robotBridge.change(patch.robotBridgeUrl);
      }
      preferences = applyPreferencesPatch(preferences, patch);
      deps.settings.set(PREFERENCES_KEY, toStoredPreferences(preferences));
      return publish();
    },
    async reset() {
      const failed: ResetPart[] = [];
      for (const step of deps.resetSteps ?? []) {
        try {
          await step.forget();
        } catch (error) {
          failed.push(step.part);
          deps.logger?.error('Reset could not forget a part of Baton', {
            part: inEnglish(said('errors.resetPart', { item: step.part })),
            error: String(error),
          });
        }
      }
      deps.settings.delete(PREFERENCES_KEY);
      shortcutProblem = undefined;
      preferences = DEFAULT_PREFERENCES;
      const view = publish();
      if (failed.length > 0) {
        throw BatonError.said('INTERNAL', said('errors.resetIncomplete', { resetParts: listed(failed) }), {
          hint: said('errors.resetIncompleteHint'),
        });
      }
      deps.logger?.info('Baton was reset to its defaults');
      return view;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    reportShortcutProblem(problem) {
      shortcutProblem = problem || undefined;
    },
  };
}

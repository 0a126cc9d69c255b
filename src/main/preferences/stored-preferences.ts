import { z } from 'zod';
import { NOTIFICATION_KINDS, PREFERENCES_VERSION, preferencesSchema, type Preferences } from '../../shared/contract/preferences';

/** The settings-file key holding `{ version, preferences }`. */
export const PREFERENCES_KEY = 'preferences';

export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({});

/**
 * Version 1 (Baton 0.1 previews) kept flat keys with other names; read it so nobody loses
 * their choices on upgrade.
 */
const version1Schema = z
  .object({
    openAtLogin: z.boolean().optional(),
    muteNotifications: z.boolean().optional(),
    notifyOnSuccess: z.boolean().optional(),
    notifyOnFailure: z.boolean().optional(),
    theme: z.enum(['auto', 'light', 'dark']).optional(),
    runTarget: z.enum(['orchestrator', 'robot']).optional(),
    hotkey: z.string().optional(),
  })
  .loose();

function fromVersion1(raw: unknown): unknown {
  const parsed = version1Schema.safeParse(raw);
  if (!parsed.success) return {};
  const v1 = parsed.data;
  return {
    startAtLogin: v1.openAtLogin,
    notifications: {
      isPaused: v1.muteNotifications,
      kinds: { runSuccessful: v1.notifyOnSuccess, runFaulted: v1.notifyOnFailure },
    },
    theme: v1.theme === 'auto' ? 'system' : v1.theme,
    defaultRunTarget: v1.runTarget === 'robot' ? 'local' : v1.runTarget === 'orchestrator' ? 'remote' : undefined,
    shortcut: v1.hotkey,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses whatever the file holds into current preferences: migrates older versions, and a
 * field that does not parse falls back to its default alone, so one bad value (a hand edit,
 * a newer build's enum) never resets the person's other choices.
 */
export function readStoredPreferences(raw: unknown): { preferences: Preferences; wasMigrated: boolean } {
  if (!isRecord(raw)) return { preferences: DEFAULT_PREFERENCES, wasMigrated: false };
  const version = typeof raw.version === 'number' ? raw.version : 1;
  const body = version >= 2 ? raw.preferences : fromVersion1(raw);
  return { preferences: parseLeniently(body), wasMigrated: version < PREFERENCES_VERSION };
}

function parseLeniently(body: unknown): Preferences {
  const whole = preferencesSchema.safeParse(body ?? {});
  if (whole.success) return whole.data;
  const source = isRecord(body) ? body : {};
  const field = <K extends keyof Preferences>(key: K): Preferences[K] => {
    const parsed = preferencesSchema.shape[key].safeParse(source[key]);
    return parsed.success ? (parsed.data as Preferences[K]) : DEFAULT_PREFERENCES[key];
  };
  const notifications = isRecord(source.notifications) ? source.notifications : {};
  const kinds = isRecord(notifications.kinds) ? notifications.kinds : {};
  return {
    startAtLogin: field('startAtLogin'),
    notifications: {
      isPaused: typeof notifications.isPaused === 'boolean' ? notifications.isPaused : false,
      kinds: Object.fromEntries(
        NOTIFICATION_KINDS.map((kind) => [kind, typeof kinds[kind] === 'boolean' ? kinds[kind] : true]),
      ) as Preferences['notifications']['kinds'],
    },
    defaultRunTarget: field('defaultRunTarget'),
    shortcut: field('shortcut'),
    theme: field('theme'),
    language: field('language'),
  };
}

export function toStoredPreferences(preferences: Preferences): { version: number; preferences: Preferences } {
  return { version: PREFERENCES_VERSION, preferences };
}

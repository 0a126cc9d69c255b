import { z } from 'zod';
import { LOCALES } from '../i18n';
import type { MethodSpec } from './method-spec';
import { noParams } from './params';

/** The kinds of notification a person can turn off one by one (docs/desktop-shell.md). */
export const NOTIFICATION_KINDS = ['runSuccessful', 'runFaulted', 'runStopped', 'signInExpired', 'robotPairing'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_SHORTCUT = 'CommandOrControl+Alt+B';

const MODIFIERS = [
  'CommandOrControl',
  'CmdOrCtrl',
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
];
const KEY =
  /^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Enter|Backspace|Delete|Insert|Home|End|PageUp|PageDown|Up|Down|Left|Right|Plus|[-=[\];',./`\\])$/;

/**
 * An Electron accelerator with at least one modifier and exactly one key, e.g.
 * `CommandOrControl+Alt+B`: a bare key as a global shortcut would swallow that key everywhere.
 */
export const acceleratorSchema = z
  .string()
  .trim()
  .max(60)
  .refine((value) => {
    const parts = value.split('+');
    const key = parts.pop() ?? '';
    return parts.length >= 1 && parts.every((part) => MODIFIERS.includes(part)) && new Set(parts).size === parts.length && KEY.test(key);
  }, 'A shortcut is one or more modifiers and one key, e.g. CommandOrControl+Alt+B.');

const robotBridgeUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => /^wss?:\/\/[^/\s]+(\/\S*)?$/i.test(value),
    'The robot bridge address starts with ws:// or wss://, e.g. ws://127.0.0.1:2424/robot.',
  );

export const PREFERENCES_VERSION = 2;

/** What a person chooses; every field has a default, so an empty or older file still parses. */
export const preferencesSchema = z.object({
  startAtLogin: z.boolean().default(false),
  notifications: z
    .object({
      isPaused: z.boolean().default(false),
      kinds: z
        .object(
          Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, z.boolean().default(true)])) as Record<
            NotificationKind,
            z.ZodDefault<z.ZodBoolean>
          >,
        )
        .prefault({}),
    })
    .prefault({}),
  defaultRunTarget: z.enum(['remote', 'local']).default('remote'),
  /** Opens the quick-launch palette from anywhere; null turns it off. */
  shortcut: acceleratorSchema.nullable().default(DEFAULT_SHORTCUT),
  theme: z.enum(THEMES).default('system'),
  /** The language of the window, tray and notifications; 'system' follows the OS (docs/i18n.md). */
  language: z.enum([...LOCALES, 'system']).default('system'),
});
export type Preferences = z.output<typeof preferencesSchema>;

/** What preferences.get answers: the preferences plus facts that live elsewhere. */
export const settingsViewSchema = z.object({
  preferences: preferencesSchema,
  /** The robot bridge this app connects to (kept by the robot domain). */
  robotBridgeUrl: z.string(),
  /** Where settings and history are kept; read-only. */
  dataLocation: z.string(),
  /** Whether this host can start Baton at login and register a global shortcut (the desktop app). */
  capabilities: z.object({ startAtLogin: z.boolean(), globalShortcut: z.boolean() }),
  /** The last global-shortcut registration problem, e.g. another app owns the keys. */
  shortcutProblem: z.string().optional(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** A partial change; nested objects merge. Unknown keys are refused, not ignored. */
export const preferencesPatchSchema = z
  .object({
    startAtLogin: z.boolean().optional(),
    notifications: z
      .object({
        isPaused: z.boolean().optional(),
        kinds: z
          .object(
            Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, z.boolean().optional()])) as Record<
              NotificationKind,
              z.ZodOptional<z.ZodBoolean>
            >,
          )
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    defaultRunTarget: z.enum(['remote', 'local']).optional(),
    shortcut: acceleratorSchema.nullable().optional(),
    theme: z.enum(THEMES).optional(),
    language: z.enum([...LOCALES, 'system']).optional(),
    robotBridgeUrl: robotBridgeUrlSchema.optional(),
  })
  .strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/** The exact words the person confirms with, so a stray call cannot wipe Baton. */
export const RESET_CONFIRMATION = 'RESET BATON';

export const preferencesMethods = {
  'preferences.get': { params: noParams, result: settingsViewSchema },
  'preferences.update': { params: preferencesPatchSchema, result: settingsViewSchema },
  /** Removes preferences, connection profiles and their secrets. */
  'preferences.reset': { params: z.object({ confirm: z.literal(RESET_CONFIRMATION) }).strict(), result: settingsViewSchema },
} as const satisfies Record<string, MethodSpec>;

export const preferencesEvents = {
  'preferences.changed': settingsViewSchema,
} as const satisfies Record<string, z.ZodType>;

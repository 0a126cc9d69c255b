import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { createPreferenceService, DEFAULT_PREFERENCES, PREFERENCES_KEY, readStoredPreferences } from '../../../src/main/preferences';
import { methods } from '../../../src/shared/api';
import { RESET_CONFIRMATION } from '../../../src/shared/contract/preferences';

function service(initial?: unknown, { failingReset = false } = {}) {
  const settings = createMemorySettings();
  if (initial !== undefined) settings.set(PREFERENCES_KEY, initial);
  let robotUrl = 'ws://127.0.0.1:2424/robot';
  const resets: string[] = [];
  const preferences = createPreferenceService({
    settings,
    dataLocation: '/home/ada/.baton',
    capabilities: { startAtLogin: true, globalShortcut: true },
    robotBridge: { current: () => robotUrl, change: async (url) => void (robotUrl = url) },
    resetSteps: [
      {
        part: 'robotPairing',
        forget: async () => {
          resets.push('robot');
          if (failingReset) throw new Error('the vault is locked');
        },
      },
      { part: 'profiles', forget: async () => void resets.push('profiles') },
    ],
  });
  return { settings, preferences, resets };
}

describe('the preferences schema', () => {
  it('fills every default from an empty file', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      startAtLogin: false,
      notifications: {
        isPaused: false,
        kinds: { runSuccessful: true, runFaulted: true, runStopped: true, signInExpired: true, robotPairing: true },
      },
      defaultRunTarget: 'remote',
      shortcut: 'CommandOrControl+Alt+B',
      theme: 'system',
      language: 'system',
    });
  });

  it('migrates version 1 names and values', () => {
    const { preferences, wasMigrated } = readStoredPreferences({
      openAtLogin: true,
      muteNotifications: true,
      notifyOnSuccess: false,
      theme: 'auto',
      runTarget: 'robot',
      hotkey: 'Ctrl+Shift+Space',
    });
    expect(wasMigrated).toBe(true);
    expect(preferences).toMatchObject({ startAtLogin: true, theme: 'system', defaultRunTarget: 'local', shortcut: 'Ctrl+Shift+Space' });
    expect(preferences.notifications).toMatchObject({ isPaused: true, kinds: { runSuccessful: false, runFaulted: true } });
  });

  it('keeps the other choices when one stored field is bad', () => {
    const { preferences } = readStoredPreferences({ version: 2, preferences: { theme: 'sepia', startAtLogin: true, shortcut: 'B' } });
    expect(preferences).toMatchObject({ theme: 'system', startAtLogin: true, shortcut: 'CommandOrControl+Alt+B' });
  });

  it('keeps a chosen language and reads an unknown one as following the system', () => {
    expect(readStoredPreferences({ version: 2, preferences: { language: 'ar' } }).preferences.language).toBe('ar');
    const { preferences } = readStoredPreferences({ version: 2, preferences: { language: 'tlh', theme: 'dark' } });
    expect(preferences).toMatchObject({ language: 'system', theme: 'dark' });
  });

  it('refuses unknown keys, bare-key shortcuts and a reset without the confirmation words at the boundary', () => {
    expect(methods['preferences.update'].params.safeParse({ colour: 'red' }).success).toBe(false);
    expect(methods['preferences.update'].params.safeParse({ shortcut: 'B' }).success).toBe(false);
    expect(methods['preferences.update'].params.safeParse({ shortcut: 'Ctrl+Alt+Alt+B' }).success).toBe(false);
    expect(methods['preferences.update'].params.safeParse({ robotBridgeUrl: 'http://evil' }).success).toBe(false);
    expect(methods['preferences.reset'].params.safeParse({}).success).toBe(false);
    expect(methods['preferences.reset'].params.safeParse({ confirm: RESET_CONFIRMATION }).success).toBe(true);
  });
});

describe('the preference service', () => {
  it('saves an older file in the current format on first read', () => {
    const { settings } = service({ openAtLogin: true });
    expect(settings.get(PREFERENCES_KEY)).toMatchObject({ version: 2, preferences: { startAtLogin: true } });
  });

  it('merges a patch, saves it and tells listeners', async () => {
    const { preferences, settings } = service();
    const seen: unknown[] = [];
    preferences.onChanged((view) => seen.push(view.preferences.notifications));
    const view = await preferences.update({ notifications: { kinds: { runStopped: false } }, theme: 'dark' });
    expect(view.preferences.theme).toBe('dark');
    expect(view.preferences.notifications.kinds).toMatchObject({ runStopped: false, runFaulted: true });
    expect(seen).toHaveLength(1);
    expect(readStoredPreferences(settings.get(PREFERENCES_KEY)).preferences.theme).toBe('dark');
  });

  it('changes the robot bridge address through the robot domain', async () => {
    const { preferences } = service();
    expect((await preferences.update({ robotBridgeUrl: 'ws://127.0.0.1:9999/robot' })).robotBridgeUrl).toBe('ws://127.0.0.1:9999/robot');
  });

  it('shows the shortcut problem the desktop host reported, until it reports the shortcut works', () => {
    const { preferences, settings } = service();
    preferences.reportShortcutProblem('Ctrl+Alt+B is already used by another application.');
    expect(preferences.get().shortcutProblem).toContain('already used');
    expect([...settings.data.keys()]).not.toContain('shell.shortcutProblem');
    preferences.reportShortcutProblem(undefined);
    expect(preferences.get().shortcutProblem).toBeUndefined();
  });

  it('forgets a shortcut problem on reset, unless the desktop host reports it again', async () => {
    const { preferences } = service();
    preferences.reportShortcutProblem('Ctrl+Alt+B is already used by another application.');
    expect((await preferences.reset()).shortcutProblem).toBeUndefined();
    preferences.onChanged(() => preferences.reportShortcutProblem('Ctrl+Alt+B is still taken.'));
    expect((await preferences.reset()).shortcutProblem).toBe('Ctrl+Alt+B is still taken.');
  });

  it('resets to defaults after running the other reset steps', async () => {
    const { preferences, resets, settings } = service({ version: 2, preferences: { theme: 'dark' } });
    const view = await preferences.reset();
    expect(resets).toEqual(['robot', 'profiles']);
    expect(view.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.get(PREFERENCES_KEY)).toBeUndefined();
  });

  it('goes on with the other parts when one cannot be forgotten, and then says which one', async () => {
    const { preferences, resets, settings } = service({ version: 2, preferences: { theme: 'dark' } }, { failingReset: true });
    await expect(preferences.reset()).rejects.toMatchObject({ code: 'INTERNAL', message: 'Baton was reset, except: the robot pairing.' });
    expect(resets).toEqual(['robot', 'profiles']);
    expect(settings.get(PREFERENCES_KEY)).toBeUndefined();
  });
});

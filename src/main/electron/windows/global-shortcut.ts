import type { GlobalShortcut } from 'electron';

export type ShortcutApi = Pick<GlobalShortcut, 'register' | 'unregister'>;

/** How the person reads an accelerator on this platform: Cmd+Option+B on macOS, Ctrl+Alt+B elsewhere. */
export function displayAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const isMac = platform === 'darwin';
  const names: Record<string, string> = {
    CommandOrControl: isMac ? 'Cmd' : 'Ctrl',
    CmdOrCtrl: isMac ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Control: 'Ctrl',
    Alt: isMac ? 'Option' : 'Alt',
    Super: isMac ? 'Cmd' : 'Super',
    Meta: isMac ? 'Cmd' : 'Super',
  };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}

export type ShortcutResult = { isRegistered: true; dispose(): void } | { isRegistered: false; problem: string; dispose(): void };

/**
 * Registers one global shortcut. Electron answers false when another application already owns
 * the keys (and throws on an accelerator it cannot parse); both become a sentence the
 * Preferences screen shows, never a crash.
 */
export function registerShortcut(api: ShortcutApi, accelerator: string, onPress: () => void, platform: NodeJS.Platform): ShortcutResult {
  const shown = displayAccelerator(accelerator, platform);
  let isRegistered: boolean;
  try {
    isRegistered = api.register(accelerator, onPress);
  } catch {
    return {
      isRegistered: false,
      problem: `${shown} is not a shortcut this system accepts; choose another one in Preferences.`,
      dispose: () => {},
    };
  }
  if (!isRegistered) {
    return {
      isRegistered: false,
      problem: `${shown} is already used by another application; choose another shortcut in Preferences.`,
      dispose: () => {},
    };
  }
  return { isRegistered: true, dispose: () => api.unregister(accelerator) };
}

export interface ShortcutBinding {
  /** Registers `accelerator` (null: none), replacing the previous one; answers the problem, if any. */
  apply(accelerator: string | null): string | undefined;
  dispose(): void;
}

/** Keeps the palette's shortcut registered as preferences change. */
export function createShortcutBinding(api: ShortcutApi, onPress: () => void, platform: NodeJS.Platform): ShortcutBinding {
  let current: { accelerator: string | null; result?: ShortcutResult } = { accelerator: null };
  return {
    apply(accelerator) {
      if (accelerator === current.accelerator && current.result?.isRegistered) return undefined;
      if (accelerator === null) {
        current.result?.dispose();
        current = { accelerator };
        return undefined;
      }
      const result = registerShortcut(api, accelerator, onPress, platform);
      if (result.isRegistered) {
        current.result?.dispose();
        current = { accelerator, result };
        return undefined;
      }
      // The new keys are taken: the ones that work stay registered, so the palette is never left without a shortcut.
      if (current.result?.isRegistered && current.accelerator !== null) {
        return `${result.problem} ${displayAccelerator(current.accelerator, platform)} still opens the palette.`;
      }
      current = { accelerator, result };
      return result.problem;
    },
    dispose() {
      current.result?.dispose();
      current = { accelerator: null };
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createShortcutBinding, displayAccelerator, registerShortcut } from '../../../../src/main/electron';

function fakeGlobalShortcut(takenByOthers: string[] = []) {
  const registered = new Map<string, () => void>();
  return {
    registered,
    register(accelerator: string, callback: () => void) {
      if (accelerator.includes('Bogus')) throw new TypeError('conversion failure');
      if (takenByOthers.includes(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregister(accelerator: string) {
      registered.delete(accelerator);
    },
  };
}

describe('the global shortcut', () => {
  it('registers and calls back on the keys', () => {
    const api = fakeGlobalShortcut();
    let presses = 0;
    const result = registerShortcut(api, 'CommandOrControl+Alt+B', () => presses++, 'linux');
    expect(result.isRegistered).toBe(true);
    api.registered.get('CommandOrControl+Alt+B')!();
    expect(presses).toBe(1);
    result.dispose();
    expect(api.registered.size).toBe(0);
  });

  it('reports a conflict with another application in the platform’s words', () => {
    const result = registerShortcut(fakeGlobalShortcut(['CommandOrControl+Alt+B']), 'CommandOrControl+Alt+B', () => {}, 'darwin');
    expect(result).toMatchObject({
      isRegistered: false,
      problem: 'Cmd+Option+B is already used by another application; choose another shortcut in Preferences.',
    });
  });

  it('reports an accelerator the system cannot parse instead of throwing', () => {
    expect(registerShortcut(fakeGlobalShortcut(), 'Ctrl+Bogus', () => {}, 'linux')).toMatchObject({ isRegistered: false });
  });

  it('moves the registration when the preference changes, keeps the working keys on a conflict, and frees them when turned off', () => {
    const api = fakeGlobalShortcut(['Ctrl+Alt+K']);
    const binding = createShortcutBinding(api, () => {}, 'win32');
    expect(binding.apply('CommandOrControl+Alt+B')).toBeUndefined();
    expect(binding.apply('Ctrl+Alt+K')).toBe(
      'Ctrl+Alt+K is already used by another application; choose another shortcut in Preferences. Ctrl+Alt+B still opens the palette.',
    );
    expect([...api.registered.keys()]).toEqual(['CommandOrControl+Alt+B']);
    expect(binding.apply('Ctrl+Shift+L')).toBeUndefined();
    expect([...api.registered.keys()]).toEqual(['Ctrl+Shift+L']);
    expect(binding.apply(null)).toBeUndefined();
    expect(api.registered.size).toBe(0);
  });

  it('reports a conflict without a fallback when no shortcut worked before', () => {
    const binding = createShortcutBinding(fakeGlobalShortcut(['Ctrl+Alt+K']), () => {}, 'linux');
    expect(binding.apply('Ctrl+Alt+K')).toBe('Ctrl+Alt+K is already used by another application; choose another shortcut in Preferences.');
  });

  it('shows Ctrl+Alt on Windows and Linux', () => {
    expect(displayAccelerator('CommandOrControl+Alt+B', 'win32')).toBe('Ctrl+Alt+B');
  });
});

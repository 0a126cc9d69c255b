import { describe, expect, it } from 'vitest';
import { AUTOSTART_ARG, createLoginItemSetter, wasStartedAtLogin } from '../../../../src/main/electron/lifecycle/login-item';
import { createRecordingLogger } from '../../../../src/main/platform/memory';

function fakeApp(wasOpenedAtLogin = false) {
  const calls: { openAtLogin: boolean; args?: string[] }[] = [];
  return {
    calls,
    isPackaged: true,
    setLoginItemSettings: (settings: { openAtLogin: boolean; args?: string[] }) => void calls.push(settings),
    getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin }) as never,
  };
}

describe('start at login', () => {
  it.each(['win32', 'darwin'] as const)('registers a login item with the autostart argument on %s, and removes it again', (platform) => {
    const app = fakeApp();
    const set = createLoginItemSetter({ app, platform, logger: createRecordingLogger() })!;
    set(true);
    set(false);
    expect(app.calls).toEqual([
      { openAtLogin: true, args: [AUTOSTART_ARG] },
      { openAtLogin: false, args: [AUTOSTART_ARG] },
    ]);
  });

  it('knows a launch by the OS: the argument on Windows and Linux, what macOS reports there', () => {
    expect(wasStartedAtLogin({ app: fakeApp(), platform: 'win32', argv: ['baton.exe', AUTOSTART_ARG] })).toBe(true);
    expect(wasStartedAtLogin({ app: fakeApp(), platform: 'linux', argv: ['baton'] })).toBe(false);
    expect(wasStartedAtLogin({ app: fakeApp(true), platform: 'darwin', argv: ['Baton'] })).toBe(true);
    expect(wasStartedAtLogin({ app: fakeApp(false), platform: 'darwin', argv: ['Baton'] })).toBe(false);
    // Only macOS answers wasOpenedAtLogin; elsewhere the argument decides.
    expect(wasStartedAtLogin({ app: fakeApp(true), platform: 'win32', argv: ['baton.exe'] })).toBe(false);
  });
});

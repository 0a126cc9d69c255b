import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { App } from 'electron';
import type { Logger } from '../../platform';
import { createLinuxAutostart } from './linux-autostart';

/** Added by the login item, so a start by the OS stays in the tray. */
export const AUTOSTART_ARG = '--autostart';

/**
 * Whether the OS started this launch at login, so the window stays in the tray. Windows and Linux
 * pass the login item's argument; macOS ignores login-item arguments but tells the app itself.
 */
export function wasStartedAtLogin(options: {
  app: Pick<App, 'getLoginItemSettings'>;
  platform: NodeJS.Platform;
  argv: readonly string[];
}): boolean {
  if (options.argv.includes(AUTOSTART_ARG)) return true;
  return options.platform === 'darwin' && options.app.getLoginItemSettings().wasOpenedAtLogin === true;
}

/**
 * How this OS starts Baton at login: Electron's login item on Windows and macOS, the XDG
 * autostart file on Linux. Undefined where there is nothing to start (Linux from source).
 */
export function createLoginItemSetter(options: {
  app: Pick<App, 'setLoginItemSettings' | 'isPackaged'>;
  platform: NodeJS.Platform;
  /** The XDG autostart file (linux-autostart.ts) by default. */
  linuxAutostart?: { apply(openAtLogin: boolean): Promise<void> };
  logger: Logger;
}): ((openAtLogin: boolean) => void) | undefined {
  const { app, platform, logger } = options;
  if (platform === 'win32' || platform === 'darwin')
    return (openAtLogin) => app.setLoginItemSettings({ openAtLogin, args: [AUTOSTART_ARG] });
  // From source, the executable is the development Electron: nothing to start at login.
  if (platform !== 'linux' || !app.isPackaged) return undefined;
  const autostart =
    options.linuxAutostart ??
    createLinuxAutostart({
      fs: { mkdir, writeFile, rm },
      env: process.env,
      homeDir: homedir(),
      executable: process.env.APPIMAGE ?? process.execPath,
      args: [AUTOSTART_ARG],
    });
  return (openAtLogin) =>
    void autostart
      .apply(openAtLogin)
      .catch((error: unknown) => logger.warn('Start at login could not be changed', { error: String(error) }));
}

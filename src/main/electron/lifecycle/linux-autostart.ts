import { join } from 'node:path';

export const AUTOSTART_FILE_NAME = 'baton.desktop';

/**
 * One Exec argument, quoted as the Desktop Entry spec asks (`"`, `` ` ``, `$` and `\` escaped
 * inside double quotes), then escaped again as a desktop-file string (`\\`, `\n`, `\r`, `\t`).
 */
export function quoteExecArgument(argument: string): string {
  const isPlain = /^[A-Za-z0-9_@%+=:,./-]+$/.test(argument);
  const quoted = isPlain ? argument : `"${argument.replace(/(["`$\\])/g, '\\$1')}"`;
  // A raw line break would start a new key in the file.
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/** The XDG autostart entry that starts Baton hidden at login. */
export function autostartDesktopEntry(options: { executable: string; args: readonly string[] }): string {
  const exec = [options.executable, ...options.args].map(quoteExecArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Baton',
    'Comment=Run UiPath Orchestrator processes from your desktop',
    `Exec=${exec}`,
    'Icon=baton-desktop',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** `$XDG_CONFIG_HOME/autostart/baton.desktop`, `~/.config/autostart/baton.desktop` without it. */
export function autostartFilePath(env: Record<string, string | undefined>, homeDir: string): string {
  const configHome = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homeDir, '.config');
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

export interface AutostartFileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string, options: { mode: number }): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export interface LinuxAutostartOptions {
  fs: AutostartFileSystem;
  env: Record<string, string | undefined>;
  homeDir: string;
  /** The AppImage file when run from one (its $APPIMAGE), else the installed binary. */
  executable: string;
  args: readonly string[];
}

/** Start at login on Linux desktops (GNOME, KDE, Xfce…): the autostart file exists or it does not. */
export function createLinuxAutostart(options: LinuxAutostartOptions): { apply(openAtLogin: boolean): Promise<void> } {
  const path = autostartFilePath(options.env, options.homeDir);
  return {
    async apply(openAtLogin) {
      if (!openAtLogin) return options.fs.rm(path, { force: true });
      await options.fs.mkdir(join(path, '..'), { recursive: true });
      await options.fs.writeFile(path, autostartDesktopEntry({ executable: options.executable, args: options.args }), { mode: 0o644 });
    },
  };
}

import { homedir } from 'node:os';
import { join } from 'node:path';

export interface DataDirInputs {
  env: Record<string, string | undefined>;
  os: NodeJS.Platform;
  home: string;
}

/**
 * Where the Node hosts keep their data: BATON_HOME if set, else the OS's usual place for
 * per-user application data.
 */
export function resolveDataDir(inputs: DataDirInputs = { env: process.env, os: process.platform, home: homedir() }): string {
  const { env, os, home } = inputs;
  if (env.BATON_HOME) return env.BATON_HOME;
  if (os === 'darwin') return join(home, 'Library', 'Application Support', 'Baton');
  if (os === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Baton');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'baton');
}

import { posix, win32 } from 'node:path';

export type BuildKind = 'release' | 'development';

/**
 * Vite replaces `import.meta.env.PROD` with `true` when it bundles Baton (electron-vite for the
 * desktop app, scripts/build-cli.mjs for the shipped CLI); sources run through tsx or vitest
 * have no such flag, so they are development (or test) builds.
 */
export const CURRENT_BUILD: BuildKind = (import.meta as { env?: { PROD?: boolean } }).env?.PROD === true ? 'release' : 'development';

/**
 * Where administrators put the policy file on each OS: a machine-wide folder that ordinary
 * users cannot write. BATON_POLICY_FILE replaces it in development and test builds only: the
 * person the policy restricts controls their own environment, so in a release build the
 * variable would let them swap the admin's policy for their own.
 */
export function defaultPolicyPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  build: BuildKind = CURRENT_BUILD,
): string {
  if (env.BATON_POLICY_FILE && build === 'development') return env.BATON_POLICY_FILE;
  if (platform === 'win32') return win32.join(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'Baton', 'policy.json');
  if (platform === 'darwin') return posix.join('/Library/Application Support/Baton', 'policy.json');
  return posix.join('/etc/baton', 'policy.json');
}

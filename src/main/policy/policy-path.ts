import { posix, win32 } from 'node:path';

/**
 * Where administrators put the policy file on each OS: a machine-wide folder that ordinary
 * users cannot write. BATON_POLICY_FILE replaces it (tests, or a managed location).
 */
export function defaultPolicyPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (env.BATON_POLICY_FILE) return env.BATON_POLICY_FILE;
  if (platform === 'win32') return win32.join(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'Baton', 'policy.json');
  if (platform === 'darwin') return posix.join('/Library/Application Support/Baton', 'policy.json');
  return posix.join('/etc/baton', 'policy.json');
}

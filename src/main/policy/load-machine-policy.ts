import { readFile } from 'node:fs/promises';
import type { Logger } from '../platform';
import { loadPolicy, type LoadedPolicy } from './load-policy';
import { CURRENT_BUILD, defaultPolicyPath, type BuildKind } from './policy-path';

/** Every host reads the machine-wide policy the same way, before it builds the core. */
export function loadMachinePolicy(
  logger: Logger,
  options: {
    platform?: NodeJS.Platform;
    env?: NodeJS.ProcessEnv;
    build?: BuildKind;
    readFile?: (path: string) => Promise<string>;
  } = {},
): Promise<LoadedPolicy> {
  const { platform = process.platform, env = process.env, build = CURRENT_BUILD } = options;
  const policyLogger = logger.child('policy');
  const path = defaultPolicyPath(platform, env, build);
  // Said once per start, so an administrator who set the variable sees why it had no effect.
  if (env.BATON_POLICY_FILE && build === 'release') {
    policyLogger.warn('BATON_POLICY_FILE is ignored in a release build; the machine policy file applies', { path });
  }
  return loadPolicy({ path, readFile: options.readFile ?? ((at) => readFile(at, 'utf8')), logger: policyLogger });
}

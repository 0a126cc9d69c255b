import { readFile } from 'node:fs/promises';
import type { Logger } from '../platform';
import { loadPolicy, type LoadedPolicy } from './load-policy';
import { defaultPolicyPath } from './policy-path';

/** Every host reads the machine-wide policy the same way, before it builds the core. */
export function loadMachinePolicy(logger: Logger): Promise<LoadedPolicy> {
  return loadPolicy({ path: defaultPolicyPath(), readFile: (path) => readFile(path, 'utf8'), logger: logger.child('policy') });
}

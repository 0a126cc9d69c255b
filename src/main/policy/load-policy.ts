import type { z } from 'zod';
import type { Logger } from '../platform';
import { EMPTY_POLICY, policySchema, type Policy, type PolicyStatus } from './policy-schema';

export interface LoadedPolicy {
  policy: Policy;
  status: PolicyStatus;
}

/**
 * Reads and validates the admin policy file. Never throws: a missing file is "none", a file
 * that cannot be read, is not JSON or does not match the schema is reported (logger and
 * status) and ignored, so the app starts with no policy rather than not at all.
 */
export async function loadPolicy(deps: {
  path: string;
  readFile: (path: string) => Promise<string>;
  logger: Logger;
}): Promise<LoadedPolicy> {
  const { path, logger } = deps;
  let text: string;
  try {
    text = await deps.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { policy: EMPTY_POLICY, status: describePolicy(EMPTY_POLICY, path, 'none') };
    return invalid(
      path,
      logger,
      `The policy file could not be read (${code ?? String(error)}).`,
      'Make the file readable by every user (it holds no secrets), or remove it.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return invalid(
      path,
      logger,
      `The policy file is not valid JSON (${(error as Error).message}).`,
      'Fix the JSON syntax; docs/install.md shows a complete example.',
    );
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    return invalid(
      path,
      logger,
      `The policy file does not match the policy schema: ${summarise(parsed.error)}.`,
      'Correct or remove the listed entries; docs/install.md lists every key.',
    );
  }
  logger.info('Admin policy applied', { path, presetProfiles: parsed.data.profiles.length });
  return { policy: parsed.data, status: describePolicy(parsed.data, path, 'applied') };
}

function invalid(path: string, logger: Logger, message: string, hint: string): LoadedPolicy {
  logger.warn('Admin policy ignored', { path, problem: message });
  return { policy: EMPTY_POLICY, status: describePolicy(EMPTY_POLICY, path, 'invalid', { message, hint }) };
}

function summarise(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

export function describePolicy(
  policy: Policy,
  path: string,
  state: PolicyStatus['state'],
  problem?: PolicyStatus['problem'],
): PolicyStatus {
  return {
    state,
    path,
    ...(problem ? { problem } : {}),
    locks: {
      orchestratorUrl: policy.lockOrchestratorUrl,
      localRuns: policy.disableLocalRuns || policy.disableRobotBridge,
      robotBridge: policy.disableRobotBridge,
      updates: !policy.updates.enabled || policy.updates.feedUrl !== undefined,
    },
    presetProfiles: policy.profiles.map((profile) => profile.name),
    ...(policy.updates.feedUrl ? { updateFeedUrl: policy.updates.feedUrl } : {}),
  };
}

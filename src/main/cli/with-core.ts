import { createCore, type Core } from '../compose';
import type { Platform } from '../platform';
import { loadMachinePolicy } from '../policy';
import type { CliContext } from './cli-context';
import { connectionFromEnv, signInFromEnv } from './env-connection';

/**
 * Creates the core for one command and always disposes of it, however the command ends. With
 * BATON_URL set, the core lives in memory only and is signed in from the environment first.
 */
export async function withCore<T>(
  context: CliContext,
  host: 'cli' | 'web',
  use: (core: Core, platform: Platform) => Promise<T>,
): Promise<T> {
  const envConnection = connectionFromEnv(context.env ?? process.env);
  // The policy first: it decides whether secrets may be kept in a file.
  const policy = await loadMachinePolicy(context.logger);
  const platform = await context.createPlatform(host, {
    secretStore: context.invocation?.secretStore,
    isJson: context.invocation?.isJson ?? false,
    logFormat: context.invocation?.logFormat ?? 'human',
    isVerbose: context.invocation?.isVerbose ?? false,
    requireKeychain: policy.policy.requireKeychain,
    isEphemeral: envConnection !== undefined,
  });
  const core = createCore({ platform, version: context.version, policy });
  try {
    if (envConnection) await signInFromEnv(core, envConnection);
    return await use(core, platform);
  } finally {
    await core.dispose();
  }
}

import type { Core } from '../compose';
import type { Platform } from '../platform';
import { loadMachinePolicy } from '../policy';
import type { CliContext } from './cli-context';
import { connectionFromEnv, signInFromEnv } from './env-connection';

/**
 * Creates the core for one command and always disposes of it, however the command ends. With
 * BATON_URL set, the core lives in memory only and is signed in from the environment first.
 */
export function withCore<T>(context: CliContext, host: 'cli' | 'web', use: (core: Core, platform: Platform) => Promise<T>): Promise<T> {
  return withComposingCore(context, host, async (composing, platform) => use(await composing, platform));
}

/**
 * As withCore, but hands over the platform at once and the core while it composes: the core's
 * modules are most of a start (they load through tsx), and a host can listen meanwhile. The core
 * is disposed of when `use` ends, if it was composed.
 */
export async function withComposingCore<T>(
  context: CliContext,
  host: 'cli' | 'web',
  use: (composing: Promise<Core>, platform: Platform) => Promise<T>,
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
  let composed: Core | undefined;
  const composing = import('../compose').then(async ({ createCore }) => {
    composed = createCore({ platform, version: context.version, policy });
    if (envConnection) await signInFromEnv(composed, envConnection);
    return composed;
  });
  // Awaited by `use`; a failure is its to report.
  composing.catch(() => {});
  try {
    return await use(composing, platform);
  } finally {
    await composing.catch(() => undefined);
    await composed?.dispose();
  }
}

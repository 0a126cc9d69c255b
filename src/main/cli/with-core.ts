import { createCore, type Core } from '../compose';
import type { Platform } from '../platform';
import { loadMachinePolicy } from '../policy';
import type { CliContext } from './cli-context';

/** Creates the core for one command and always disposes of it, however the command ends. */
export async function withCore<T>(
  context: CliContext,
  host: 'cli' | 'web',
  use: (core: Core, platform: Platform) => Promise<T>,
): Promise<T> {
  const platform = await context.createPlatform(host);
  const core = createCore({ platform, version: context.version, policy: await loadMachinePolicy(platform.logger) });
  try {
    return await use(core, platform);
  } finally {
    await core.dispose();
  }
}

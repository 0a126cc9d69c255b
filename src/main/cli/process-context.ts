import { createConsoleLogger } from '../platform';
import { createNodePlatform, logLevelFrom } from '../platform/node';
import { BATON_VERSION } from '../version';
import type { CliContext } from './cli-context';
import { buildWithElectronVite } from './renderer-build';
import { waitForStopSignal } from './stop-signal';

/**
 * The `baton` process: real stdout/stderr, the Node platform, process signals. `packageRoot` is
 * main.ts's to say (this file may sit in a bundle's chunk folder, where its own URL says nothing).
 */
export function createProcessContext(packageRoot: string): CliContext {
  return {
    output: {
      out: (text) => void process.stdout.write(text),
      err: (text) => void process.stderr.write(text),
    },
    env: process.env,
    // Only for what went wrong before a platform exists (a command's own logs go through the platform's).
    logger: createConsoleLogger({ level: logLevelFrom(process.env, 'cli'), format: process.argv.includes('--json') ? 'json' : 'human' }),
    version: BATON_VERSION,
    packageRoot,
    createPlatform: (host, choices) =>
      createNodePlatform({
        host,
        secretStore: choices.secretStore,
        requireKeychain: choices.requireKeychain,
        isEphemeral: choices.isEphemeral,
        log: { format: choices.logFormat, verbose: choices.isVerbose },
      }),
    waitForStop: waitForStopSignal,
    loadWebHost: async () => (await import('../web')).startWebHost,
    buildRenderer: buildWithElectronVite,
  };
}

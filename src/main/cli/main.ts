import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../platform';
import { createNodePlatform, logLevelFrom } from '../platform/node';
import { BATON_VERSION } from '../version';
import type { CliContext } from './cli-context';
import { buildWithElectronVite } from './renderer-build';
import { runCli } from './run-cli';

/** The `baton` process: real stdout/stderr, the Node platform, process signals. */
export function createProcessContext(): CliContext {
  return {
    output: {
      out: (text) => void process.stdout.write(text),
      err: (text) => void process.stderr.write(text),
    },
    env: process.env,
    // Only for what went wrong before a platform exists (a command's own logs go through the platform's).
    logger: createConsoleLogger({ level: logLevelFrom(process.env, 'cli'), format: process.argv.includes('--json') ? 'json' : 'human' }),
    version: BATON_VERSION,
    packageRoot: fileURLToPath(new URL('../../../', import.meta.url)),
    createPlatform: (host, choices) =>
      createNodePlatform({
        host,
        secretStore: choices.secretStore,
        requireKeychain: choices.requireKeychain,
        isEphemeral: choices.isEphemeral,
        log: { format: choices.logFormat, verbose: choices.isVerbose },
      }),
    waitForStop: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    loadWebHost: async () => (await import('../web')).startWebHost,
    buildRenderer: buildWithElectronVite,
  };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const code = await runCli(argv, createProcessContext());
  process.exitCode = code;
  // A handle someone forgot to close must not keep a finished command alive forever.
  setTimeout(() => process.exit(code), 3000).unref();
}

import type { Command } from 'commander';
import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import type { IncomingDelivery } from '../webhooks';
import type { CliContext } from './cli-context';
import { ensureRendererBuilt } from './renderer-build';
import { withComposingCore } from './with-core';

const portSchema = z.coerce.number().int().min(0).max(65535);

/** `baton web`: serves the renderer and the contract on 127.0.0.1 until SIGINT/SIGTERM. */
export function addWebCommand(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  addJsonOption(
    program
      .command('web')
      .description('serve the Baton UI to your browser on 127.0.0.1 until Ctrl+C')
      .option('--port <port>', 'port to listen on (0 picks a free one)', '0')
      .option('--open', 'open the address in your browser')
      .action(async (options: { port: string; open?: boolean }, command: Command) => {
        const isJson = Boolean(command.optsWithGlobals().json);
        const port = portSchema.safeParse(options.port);
        if (!port.success) {
          throw new BatonError('VALIDATION', `--port must be a number from 0 to 65535, not "${options.port}".`, {
            hint: 'Use --port 0 to let Baton pick a free port.',
          });
        }
        const { output } = context;
        const rendererDir = await ensureRendererBuilt({ packageRoot: context.packageRoot, output, build: context.buildRenderer });
        const startWebHost = await context.loadWebHost();
        // The page is served while the core composes (its modules are most of a start); calls wait for it.
        await withComposingCore(context, 'web', async (composing, platform) => {
          // Orchestrator's webhook deliveries (docs/webhooks.md) go to the core once it is composed.
          let core: Awaited<typeof composing> | undefined;
          composing.then((composed) => (core = composed)).catch(() => {});
          const webhooks = {
            receive: (delivery: IncomingDelivery) => core?.webhooks?.receive(delivery) ?? { status: 503, message: 'Starting.' },
          };
          const host = await startWebHost({ core: composing, port: port.data, rendererDir, logger: platform.logger, webhooks });
          // Listen before printing the address: a script may signal as soon as it reads it.
          const stopped = context.waitForStop();
          try {
            if (isJson) output.out(`${JSON.stringify({ url: host.url })}\n`);
            else
              output.out(
                `Baton is running at ${host.url}\nThe address carries its launch token: treat it like a password. Press Ctrl+C to stop.\n`,
              );
            if (options.open) await platform.browser.open(host.url);
            // A core that cannot compose (a refused sign-in from the environment) ends the command with its error.
            await composing;
            const signal = await stopped;
            if (!isJson) output.err(`Stopping Baton (${signal}).\n`);
          } finally {
            await host.close();
          }
        });
      }),
  );
}

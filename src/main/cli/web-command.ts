import type { Command } from 'commander';
import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import type { IncomingDelivery } from '../webhooks';
import type { CliContext } from './cli-context';
import { ensureRendererBuilt } from './renderer-build';
import { englishTranslator, said } from '../../shared/message-parts';
import { helpWords } from './help-words';
import { webAddressText } from './web-early';
import { withComposingCore } from './with-core';

const portSchema = z.coerce.number().int().min(0).max(65535);

/** `baton web`: serves the renderer and the contract on 127.0.0.1 until SIGINT/SIGTERM. */
export function addWebCommand(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  addJsonOption(
    program
      .command('web')
      .description(h('web'))
      .option('--port <port>', h('portOption'), '0')
      .option('--open', h('openOption'))
      .action(async (options: { port: string; open?: boolean }, command: Command) => {
        const isJson = Boolean(command.optsWithGlobals().json);
        const port = portSchema.safeParse(options.port);
        if (!port.success) {
          throw BatonError.said('VALIDATION', said('cli.badPort', { port: options.port }), { hint: said('cli.portHint') });
        }
        const { output } = context;
        // main.ts may have started listening and printed the address already (web-early.ts).
        const early = context.webStartedEarly;
        const rendererDir =
          early?.listening.rendererDir ??
          (await ensureRendererBuilt({ packageRoot: context.packageRoot, output, build: context.buildRenderer, t }));
        const startWebHost = await context.loadWebHost();
        // The page is served while the core composes (its modules are most of a start); calls wait for it.
        await withComposingCore(context, 'web', async (composing, platform) => {
          // Orchestrator's webhook deliveries (docs/webhooks.md) go to the core once it is composed.
          let core: Awaited<typeof composing> | undefined;
          composing.then((composed) => (core = composed)).catch(() => {});
          const webhooks = {
            receive: (delivery: IncomingDelivery) => core?.webhooks?.receive(delivery) ?? { status: 503, message: 'Starting.' },
          };
          const host = await startWebHost({
            core: composing,
            port: port.data,
            rendererDir,
            logger: platform.logger,
            webhooks,
            listening: early?.listening,
          });
          // Listen before printing the address: a script may signal as soon as it reads it.
          const stopped = early?.stopped ?? context.waitForStop();
          try {
            if (!early) output.out(webAddressText(host.url, isJson ? undefined : t));
            if (options.open) await platform.browser.open(host.url);
            // A core that cannot compose (a refused sign-in from the environment) ends the command with its error.
            await composing;
            const signal = await stopped;
            if (!isJson) output.err(`${t.t('cli.webStopping', { signal })}\n`);
          } finally {
            await host.close();
          }
        });
      }),
  );
}

import { fileURLToPath } from 'node:url';
import type { CliContext } from './cli-context';
import { waitForStopSignal } from './stop-signal';
import { startWebEarly } from './web-early';

/**
 * The `baton` process. Its static imports are few on purpose: `baton web` starts listening and
 * prints its address (web-early.ts) before the command line and the core load, since under tsx
 * loading them is most of a start (docs/performance.md, web host).
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  // The checkout, or the bundled package (build/entries/baton.ts sits at lib/main/cli/ as this file does).
  const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const out = (text: string) => void process.stdout.write(text);
  const webStartedEarly = await startWebEarly(argv, {
    packageRoot,
    env: process.env,
    out,
    waitForStop: waitForStopSignal,
    translator: async () => (await import('./cli-language')).cliTranslator(process.env),
  });
  // The rest loads in long stretches (from the bundle, bin/baton.mjs): the page's first files go out first.
  await webStartedEarly?.listening.pageServed;
  const [{ runCli }, { createProcessContext }] = await Promise.all([import('./run-cli'), import('./process-context')]);
  const context: CliContext = { ...createProcessContext(packageRoot), webStartedEarly };
  const code = await runCli(argv, context);
  // The web command closes its host; this is for a command line that ended before it ran.
  await webStartedEarly?.listening.close();
  process.exitCode = code;
  // A handle someone forgot to close must not keep a finished command alive forever.
  setTimeout(() => process.exit(code), 3000).unref();
}

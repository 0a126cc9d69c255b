import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Translator } from '../../shared/i18n';
import type { ListeningWebHost } from '../web/http-host';

// Loaded before the rest of the command line: it imports nothing heavy itself (docs/web-host.md, "Start").

/** `baton web` already listening and its address printed, handed to the web command. */
export interface EarlyWebHost {
  listening: ListeningWebHost;
  /** Armed before the address was printed: resolves with the signal's name. */
  stopped: Promise<string>;
}

/**
 * The `baton web` invocations known here in full: `web` with `--port N`, `--open`, `--json` and
 * `--verbose`, as commander reads them (a port of digits only). Anything else (help, other options,
 * a port commander would refuse or read otherwise) goes the ordinary way, and so does
 * BATON_SECRET_STORE=keychain: a missing keychain is then refused before any address is printed.
 */
export function earlyWebInvocation(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): { port: number; isJson: boolean } | undefined {
  if (env.BATON_SECRET_STORE?.trim().toLowerCase() === 'keychain') return undefined;
  let isWeb = false;
  let isJson = false;
  let port: number | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === 'web' && !isWeb) isWeb = true;
    else if (arg === '--json') isJson = true;
    else if (arg === '--verbose') continue;
    else if (arg === '--open' && isWeb) continue;
    else if ((arg === '--port' || arg.startsWith('--port=')) && isWeb && port === undefined) {
      const value = arg === '--port' ? argv[(index += 1)] : arg.slice('--port='.length);
      if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65535) return undefined;
      port = Number(value);
    } else return undefined;
  }
  return isWeb ? { port: port ?? 0, isJson } : undefined;
}

/**
 * Starts `baton web`'s HTTP side and prints its address before the rest of Baton loads: the page's
 * files are served at once, while the command line, the core's modules and the core itself load
 * (the web command then attaches the rest, `startWebHost({ listening })`). Undefined when the
 * invocation is not one `earlyWebInvocation` knows, the page is not built, or listening fails: the
 * command then runs as always and says what is wrong.
 */
export async function startWebEarly(
  argv: readonly string[],
  options: {
    packageRoot: string;
    env: Record<string, string | undefined>;
    out(text: string): void;
    waitForStop(): Promise<string>;
    /** The invocation's language, for the address said in a sentence (not needed with --json). */
    translator(): Promise<Translator>;
  },
): Promise<EarlyWebHost | undefined> {
  const invocation = earlyWebInvocation(argv, options.env);
  if (!invocation) return undefined;
  const rendererDir = join(options.packageRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) return undefined;
  const { listenWebHost } = await import('../web/http-host');
  const listening = await listenWebHost({ port: invocation.port, rendererDir }).catch(() => undefined);
  if (!listening) return undefined;
  let t: Translator | undefined;
  try {
    t = invocation.isJson ? undefined : await options.translator();
  } catch {
    await listening.close();
    return undefined;
  }
  // Listen before printing the address: a script may signal as soon as it reads it.
  const stopped = options.waitForStop();
  options.out(webAddressText(listening.url, t));
  return { listening, stopped };
}

/** What `baton web` prints once it listens: one JSON line without a translator (--json), else two sentences. */
export function webAddressText(url: string, t: Translator | undefined): string {
  if (!t) return `${JSON.stringify({ url })}\n`;
  return `${t.t('cli.webRunning', { url })}\n${t.t('cli.webToken')}\n`;
}

import { spawn as nodeSpawn } from 'node:child_process';
import { BatonError } from '../../../shared/errors';
import { said } from '../../../shared/message-parts';
import { isOpenableUrl } from '../../../shared/openable-url';
import type { Browser, Logger } from '../types';

export type Spawner = (command: string, args: string[]) => Promise<void>;

/** Only https anywhere, or http to this machine (the web host, the sign-in redirect listener): `isOpenableUrl`. */
export function assertOpenableUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw BatonError.said('VALIDATION', said('errors.openNotUrl'), { hint: said('errors.openNotUrlHint') });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw BatonError.said('VALIDATION', said('errors.openCredentials'), { hint: said('errors.openCredentialsHint') });
  }
  if (!isOpenableUrl(url)) {
    throw BatonError.said('VALIDATION', said('errors.openScheme', { protocol: parsed.protocol }), { hint: said('errors.openSchemeHint') });
  }
  return parsed;
}

/** The OS's "open this URL" command, run without a shell so the URL is never interpreted. */
export function openerFor(os: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (os === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd.exe built-in and cmd would split the URL at `&`; rundll32 takes it verbatim.
  if (os === 'win32') return { command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

const spawnDetached: Spawner = (command, args) =>
  new Promise((resolve, reject) => {
    const child = nodeSpawn(command, args, { stdio: 'ignore', detached: true, shell: false });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });

/**
 * Opens URLs in the person's browser. `BATON_BROWSER=none` (headless machines, tests) or a
 * failing opener prints the URL on stderr for the person to open instead.
 */
export function createNodeBrowser(options: {
  logger: Logger;
  env?: Record<string, string | undefined>;
  os?: NodeJS.Platform;
  spawn?: Spawner;
  open?: (url: string) => Promise<void>;
  writeErr?: (text: string) => void;
}): Browser {
  const env = options.env ?? process.env;
  const os = options.os ?? process.platform;
  const spawn = options.spawn ?? spawnDetached;
  const writeErr = options.writeErr ?? ((text: string) => void process.stderr.write(text));
  const printInstead = (url: string) => writeErr(`Open this address in your browser: ${url}\n`);

  return {
    async open(url) {
      const href = assertOpenableUrl(url).href;
      if (options.open) return options.open(href);
      if (env.BATON_BROWSER === 'none') return printInstead(href);
      const { command, args } = openerFor(os, href);
      try {
        await spawn(command, args);
      } catch (error) {
        options.logger.warn('Could not start the browser', { command, reason: error instanceof Error ? error.message : String(error) });
        printInstead(href);
      }
    },
  };
}

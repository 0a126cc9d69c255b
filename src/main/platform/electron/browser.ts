import type { Browser } from '../types';

/** The person's browser, through the host's one external-link wrapper (https, loopback http). */
export function createShellBrowser(openExternal: (url: string) => Promise<void>): Browser {
  return { open: (url) => openExternal(url) };
}

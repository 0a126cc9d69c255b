import type { Net } from 'electron';
import type { HttpFetch } from '../types';

/** Electron's net.fetch: Chromium's network stack, so the OS trust store and proxy settings apply. */
export function createNetFetch(net: Pick<Net, 'fetch'>): HttpFetch {
  return (input, init) => net.fetch(typeof input === 'string' ? input : input.href, init);
}

import type { Shell } from 'electron';
import { BatonError } from '../../shared/errors';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The rule for anything Baton hands to the operating system to open: https anywhere, http
 * only on this machine (a local Orchestrator or the sandbox). file:, javascript:, custom
 * schemes and URLs with embedded credentials could run or reveal something, so never.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

export type OpenExternal = (url: string) => Promise<void>;

/** The ONE wrapper around shell.openExternal; every other module receives this function. */
export function createExternalOpener(shell: Pick<Shell, 'openExternal'>): OpenExternal {
  return async (url) => {
    if (!isAllowedExternalUrl(url)) {
      throw new BatonError('VALIDATION', `Baton will not open ${describeScheme(url)} links.`, {
        hint: 'Only https links (and http links to this computer) are opened in your browser.',
      });
    }
    await shell.openExternal(url);
  };
}

function describeScheme(raw: string): string {
  try {
    return `${new URL(raw).protocol.replace(/:$/, '')}:`;
  } catch {
    return 'malformed';
  }
}

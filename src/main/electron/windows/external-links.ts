import type { Shell } from 'electron';
import { BatonError } from '../../../shared/errors';
import { isOpenableUrl } from '../../../shared/openable-url';

/** Kept under its Electron name for the window guards; the rule itself is shared by every host. */
export const isAllowedExternalUrl = isOpenableUrl;

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

import type { Shell } from 'electron';
import { BatonError } from '../../../shared/errors';
import type { MessageText } from '../../../shared/i18n';
import { said } from '../../../shared/message-parts';
import { isOpenableUrl } from '../../../shared/openable-url';

/** Kept under its Electron name for the window guards; the rule itself is shared by every host. */
export const isAllowedExternalUrl = isOpenableUrl;

export type OpenExternal = (url: string) => Promise<void>;

/** The ONE wrapper around shell.openExternal; every other module receives this function. */
export function createExternalOpener(shell: Pick<Shell, 'openExternal'>): OpenExternal {
  return async (url) => {
    if (!isAllowedExternalUrl(url)) {
      throw BatonError.said('VALIDATION', refusedLink(url), { hint: said('serviceErrors.linkRefusedHint') });
    }
    await shell.openExternal(url);
  };
}

/** Names the link's scheme (`javascript:`), or says it is malformed. */
function refusedLink(raw: string): MessageText {
  try {
    return said('serviceErrors.linkRefused', { scheme: `${new URL(raw).protocol.replace(/:$/, '')}:` });
  } catch {
    return said('serviceErrors.linkMalformed');
  }
}

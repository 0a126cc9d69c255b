import { bannerText, clockTime, reasonText, remoteBlockText } from '../../../shared/connectivity-text';
import type { ConnectivityStatus } from '../../../shared/contract/connectivity';
import type { Translator } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { useConnectivity } from './use-connectivity';

// The sentences live in src/shared so the tray's tooltip says exactly what the banner says.
export { bannerText, clockTime, reasonText };

/** Why remote runs are paused, in the translator's language (English without one); undefined when they may run. */
export function remoteBlockReason(status: ConnectivityStatus | undefined, t?: Translator): string | undefined {
  return remoteBlockText(status, t);
}

/** The active profile's reason remote runs are paused, in the window's language. */
export function useRemoteBlockReason(): string | undefined {
  return remoteBlockText(useConnectivity(), useT());
}

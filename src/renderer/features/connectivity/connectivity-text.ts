import { bannerText, clockTime } from '../../../shared/connectivity-text';
import type { ConnectivityStatus } from '../../../shared/contract/connectivity';

// The sentences live in src/shared so the tray's tooltip says exactly what the banner says.
export { bannerText, clockTime };

export function remoteBlockReason(status: ConnectivityStatus | undefined): string | undefined {
  if (!status || status.state !== 'offline') return undefined;
  return `Offline since ${clockTime(status.since)}: Orchestrator cannot be reached, so remote runs are paused. Local runs still work.`;
}

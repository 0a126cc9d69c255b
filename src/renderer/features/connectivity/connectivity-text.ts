import type { ConnectivityStatus } from '../../../shared/contract/connectivity';

/** "10:42" in the person's own time zone and locale. */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** The banner's sentence: "Offline since 10:42 — showing processes from 10:40"; undefined while all is well. */
export function bannerText(status: ConnectivityStatus | undefined): string | undefined {
  if (!status) return undefined;
  if (status.state === 'offline') {
    const from = status.catalogRefreshedAt ? ` — showing processes from ${clockTime(status.catalogRefreshedAt)}` : '';
    return `Offline since ${clockTime(status.since)}${from}`;
  }
  if (status.state === 'degraded') return `Orchestrator is having trouble since ${clockTime(status.since)} — some actions may fail`;
  return undefined;
}

/** Why remote runs and stops are disabled right now, or undefined when they are allowed. */
export function remoteBlockReason(status: ConnectivityStatus | undefined): string | undefined {
  if (!status || status.state !== 'offline') return undefined;
  return `Offline since ${clockTime(status.since)}: Orchestrator cannot be reached, so remote runs are paused. Local runs still work.`;
}

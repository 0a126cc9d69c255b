import type { ConnectivityStatus } from './contract/connectivity';

// The sentences about connectivity that the window's banner and the tray's tooltip share.

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

import type { Catalog } from '../../../shared/contract/catalog';

/** Local time as `10:40`, for "showing processes from 10:40". */
export function formatClockTime(iso: string, locale?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** The one line above the list: how many processes match, how fresh they are, whether a refresh runs. */
export function describeCatalogStatus(catalog: Catalog, shown: number, isRefreshing: boolean, locale?: string): string {
  const total = catalog.processes.length;
  const parts: string[] = [];
  parts.push(shown === total ? `${total} ${total === 1 ? 'process' : 'processes'}` : `${shown} of ${total} processes`);
  if (catalog.source === 'cache' && catalog.refreshedAt)
    parts.push(`showing processes from ${formatClockTime(catalog.refreshedAt, locale)}`);
  else if (catalog.source === 'server' && catalog.refreshedAt && !isRefreshing)
    parts.push(`updated ${formatClockTime(catalog.refreshedAt, locale)}`);
  if (isRefreshing) parts.push('refreshing…');
  return parts.join(' · ');
}

export type CatalogPhase =
  /** Nobody is signed in: the list cannot exist yet. */
  | 'signed-out'
  /** Nothing cached and the first listing is under way. */
  | 'loading'
  /** Nothing cached and the first listing failed as a whole. */
  | 'failed'
  /** The server answered: no process in any folder. */
  | 'empty'
  | 'ready';

export function catalogPhase(catalog: Catalog): CatalogPhase {
  if (catalog.profileId === null || (catalog.error?.code === 'AUTH_REQUIRED' && catalog.processes.length === 0)) return 'signed-out';
  if (catalog.processes.length > 0) return 'ready';
  if (catalog.error) return 'failed';
  if (catalog.source === 'empty' && catalog.isRefreshing) return 'loading';
  return 'empty';
}

import type { Catalog } from '../../../shared/contract/catalog';
import type { Translator } from '../../../shared/i18n';

/** Local time as `10:40`, for "showing processes from 10:40". */
export function formatClockTime(iso: string, translator: Translator): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return translator.formatTime(at, { timeStyle: undefined, hour: '2-digit', minute: '2-digit' });
}

/** The one line above the list: how many processes match, how fresh they are, whether a refresh runs. */
export function describeCatalogStatus(catalog: Catalog, shown: number, isRefreshing: boolean, translator: Translator): string {
  const { t } = translator;
  const total = catalog.processes.length;
  const parts: string[] = [];
  parts.push(shown === total ? t('processes.statusCount', { total }) : t('processes.statusShown', { shown, total }));
  if (catalog.source === 'cache' && catalog.refreshedAt)
    parts.push(t('processes.statusCached', { time: formatClockTime(catalog.refreshedAt, translator) }));
  else if (catalog.source === 'server' && catalog.refreshedAt && !isRefreshing)
    parts.push(t('processes.statusUpdated', { time: formatClockTime(catalog.refreshedAt, translator) }));
  if (isRefreshing) parts.push(t('processes.statusRefreshing'));
  return parts.join(t('common.listSeparator'));
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

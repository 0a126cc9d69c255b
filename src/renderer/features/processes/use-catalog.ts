import { useCallback, useState } from 'react';
import type { Catalog } from '../../../shared/contract/catalog';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';
import { arrivedEarlyCatalog, takeEarlyCatalog } from './early-catalog';

export interface CatalogState {
  catalog?: Catalog;
  /** `catalog.get` itself failed (the core could not answer at all). */
  loadError?: BatonError;
  /** A manual refresh or a favourite toggle failed. */
  actionError?: BatonError;
  isRefreshing: boolean;
  refresh(): void;
  setFavorite(processId: string, isFavorite: boolean): void;
  retry(): void;
  dismissActionError(): void;
}

/** The catalog as the core has it: fetched once, then kept current by `catalog.changed`. */
export function useCatalog(): CatalogState {
  const api = useBatonApi();
  // An event may bring something newer than the answer to `catalog.get`; the newer one is kept.
  // The first ask takes the answer main.tsx asked for as the page started; if it is already here,
  // the first render shows it.
  const live = useLiveValue(() => takeEarlyCatalog() ?? api.catalog.get(), 'catalog.changed', { initial: arrivedEarlyCatalog });
  const { set, refetch } = live;
  const [actionError, setActionError] = useState<BatonError>();
  const [isManualRefresh, setIsManualRefresh] = useState(false);

  const refresh = useCallback(() => {
    setIsManualRefresh(true);
    setActionError(undefined);
    api.catalog
      .refresh()
      .then(
        (next) => set(() => next),
        (caught: unknown) => setActionError(toBatonError(caught)),
      )
      .finally(() => setIsManualRefresh(false));
  }, [api, set]);

  const setFavorite = useCallback(
    (processId: string, isFavorite: boolean) => {
      const flip = (value: boolean) => (current: Catalog | undefined) =>
        current && { ...current, processes: current.processes.map((p) => (p.id === processId ? { ...p, isFavorite: value } : p)) };
      set(flip(isFavorite));
      api.catalog.setFavorite({ processId, isFavorite }).catch((caught: unknown) => {
        set(flip(!isFavorite));
        setActionError(toBatonError(caught));
      });
    },
    [api, set],
  );

  const retry = useCallback(() => void refetch(), [refetch]);
  const dismissActionError = useCallback(() => setActionError(undefined), []);

  return {
    catalog: live.value,
    loadError: live.error,
    actionError,
    isRefreshing: isManualRefresh || live.value?.isRefreshing === true,
    refresh,
    setFavorite,
    retry,
    dismissActionError,
  };
}

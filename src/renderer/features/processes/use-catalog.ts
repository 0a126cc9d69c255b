import { useCallback, useEffect, useState } from 'react';
import type { Catalog } from '../../../shared/contract/catalog';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi, useConnectionState } from '../../app/baton-context';

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
  const connection = useConnectionState();
  const [catalog, setCatalog] = useState<Catalog>();
  const [loadError, setLoadError] = useState<BatonError>();
  const [actionError, setActionError] = useState<BatonError>();
  const [isManualRefresh, setIsManualRefresh] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    const stop = api.on('catalog.changed', (next) => {
      if (!isCurrent) return;
      setCatalog(next);
      setLoadError(undefined);
    });
    api.catalog.get().then(
      (next) => {
        if (!isCurrent) return;
        // An event may already have brought something newer.
        setCatalog((current) => current ?? next);
        setLoadError(undefined);
      },
      (caught: unknown) => isCurrent && setLoadError(toBatonError(caught)),
    );
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api, round]);

  // A load that failed while the link to the core was down is worth another try once it is back.
  const hasLoadFailed = loadError !== undefined;
  useEffect(() => {
    if (connection.status === 'open' && hasLoadFailed) setRound((value) => value + 1);
  }, [connection.status, hasLoadFailed]);

  const refresh = useCallback(() => {
    setIsManualRefresh(true);
    setActionError(undefined);
    api.catalog
      .refresh()
      .then(
        (next) => {
          setCatalog(next);
          setLoadError(undefined);
        },
        (caught: unknown) => setActionError(toBatonError(caught)),
      )
      .finally(() => setIsManualRefresh(false));
  }, [api]);

  const setFavorite = useCallback(
    (processId: string, isFavorite: boolean) => {
      const flip = (value: boolean) => (current: Catalog | undefined) =>
        current && { ...current, processes: current.processes.map((p) => (p.id === processId ? { ...p, isFavorite: value } : p)) };
      setCatalog(flip(isFavorite));
      api.catalog.setFavorite({ processId, isFavorite }).catch((caught: unknown) => {
        setCatalog(flip(!isFavorite));
        setActionError(toBatonError(caught));
      });
    },
    [api],
  );

  const retry = useCallback(() => setRound((value) => value + 1), []);
  const dismissActionError = useCallback(() => setActionError(undefined), []);

  return {
    catalog,
    loadError,
    actionError,
    isRefreshing: isManualRefresh || catalog?.isRefreshing === true,
    refresh,
    setFavorite,
    retry,
    dismissActionError,
  };
}

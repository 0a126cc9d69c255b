import type { HandlersFor } from '../../shared/api';
import type { CatalogService } from './catalog-service';

/** The catalog.* part of the contract. */
export function catalogHandlers(catalog: CatalogService): HandlersFor<'catalog'> {
  return {
    'catalog.get': () => catalog.get(),
    'catalog.refresh': () => catalog.refresh(),
    'catalog.setFavorite': ({ processId, isFavorite }) => catalog.setFavorite(processId, isFavorite),
  };
}

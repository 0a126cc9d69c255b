export { createCatalogService, SIGN_IN_FIRST, type CatalogService } from './catalog-service';
export { createCatalogStore, type CatalogStore, type ListingMode } from './catalog-store';
export { fetchCatalog, type FetchedCatalog } from './fetch-catalog';
export { catalogHandlers } from './handlers';

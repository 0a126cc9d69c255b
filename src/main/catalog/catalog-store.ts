import { z } from 'zod';
import type { Files, Logger, SettingsStore } from '../platform';
import { cachedCatalogSchema, createCatalogCacheFiles, type CachedCatalog } from './catalog-cache-file';

export type { CachedCatalog, ProcessEntry } from './catalog-cache-file';

export type ListingMode = 'cross-folder' | 'per-folder';

const key = (what: string, profileId: string) => `catalog.${what}.${profileId}`;

export interface CatalogStore {
  readCache(profileId: string): CachedCatalog | undefined;
  writeCache(profileId: string, cache: CachedCatalog): void;
  readMode(profileId: string): ListingMode | undefined;
  writeMode(profileId: string, mode: ListingMode): void;
  favorites(profileId: string): Set<string>;
  setFavorite(profileId: string, processId: string, isFavorite: boolean): void;
  /** Removes the cache files; the settings keys go with the settings ("Reset Baton"). */
  removeCacheFiles(): void;
  /** Writes a cache still waiting to be written (the service stops). */
  flush(): void;
}

export interface CatalogStoreOptions {
  /** The data folder the cache files go in (the platform's); without it the catalog is kept in memory only. */
  files?: Files;
  logger?: Logger;
}

/**
 * The catalog's persistence: the cached listing in its own file per profile (see
 * catalog-cache-file.ts), mode and favourites in the settings store. A cache that no longer
 * parses is ignored, not fatal. A cache left in the settings by an older Baton is still read, and
 * moved out of the settings file at the next write.
 */
export function createCatalogStore(settings: SettingsStore, options: CatalogStoreOptions = {}): CatalogStore {
  const files = options.files && createCatalogCacheFiles({ files: options.files, logger: options.logger });
  // A cache of another format is only a cache: read past it quietly, the next refresh replaces it.
  const fromSettings = (profileId: string): CachedCatalog | undefined => {
    const parsed = cachedCatalogSchema.safeParse(settings.get(key('cache', profileId)));
    return parsed.success ? parsed.data : undefined;
  };
  return {
    removeCacheFiles: () => files?.removeAll(),
    flush: () => files?.flush(),
    readCache(profileId) {
      return files?.read(profileId) ?? fromSettings(profileId);
    },
    writeCache(profileId, cache) {
      files?.write(profileId, cache);
      if (settings.get(key('cache', profileId)) !== undefined) settings.delete(key('cache', profileId));
    },
    readMode(profileId) {
      return settings.read(key('mode', profileId), z.enum(['cross-folder', 'per-folder']));
    },
    writeMode(profileId, mode) {
      settings.set(key('mode', profileId), mode);
    },
    favorites(profileId) {
      // The person's own choices: a wrong value is set aside with a warning, not silently dropped.
      return new Set(settings.read(key('favorites', profileId), z.array(z.string())) ?? []);
    },
    setFavorite(profileId, processId, isFavorite) {
      const set = this.favorites(profileId);
      if (isFavorite) set.add(processId);
      else set.delete(processId);
      settings.set(key('favorites', profileId), [...set]);
    },
  };
}

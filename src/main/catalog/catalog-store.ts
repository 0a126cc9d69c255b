import { z } from 'zod';
import { folderSchema, processSchema, type Folder, type Process } from '../../shared/contract/catalog';
import type { SettingsStore } from '../platform';

export type ListingMode = 'cross-folder' | 'per-folder';

/** What survives a restart, per profile: the last good listing (favourites apart), how to list, favourites. */
const cachedCatalogSchema = z.object({
  folders: z.array(folderSchema),
  processes: z.array(processSchema.omit({ isFavorite: true })),
  refreshedAt: z.string(),
});
export type CachedCatalog = z.infer<typeof cachedCatalogSchema>;
export type ProcessEntry = Omit<Process, 'isFavorite'>;

const key = (what: string, profileId: string) => `catalog.${what}.${profileId}`;

export interface CatalogStore {
  readCache(profileId: string): CachedCatalog | undefined;
  writeCache(profileId: string, cache: { folders: Folder[]; processes: ProcessEntry[]; refreshedAt: string }): void;
  readMode(profileId: string): ListingMode | undefined;
  writeMode(profileId: string, mode: ListingMode): void;
  favorites(profileId: string): Set<string>;
  setFavorite(profileId: string, processId: string, isFavorite: boolean): void;
}

/** The catalog's persistence in the settings store; a cache that no longer parses is ignored, not fatal. */
export function createCatalogStore(settings: SettingsStore): CatalogStore {
  return {
    readCache(profileId) {
      const parsed = cachedCatalogSchema.safeParse(settings.get(key('cache', profileId)));
      return parsed.success ? parsed.data : undefined;
    },
    writeCache(profileId, cache) {
      settings.set(key('cache', profileId), cache);
    },
    readMode(profileId) {
      const parsed = z.enum(['cross-folder', 'per-folder']).safeParse(settings.get(key('mode', profileId)));
      return parsed.success ? parsed.data : undefined;
    },
    writeMode(profileId, mode) {
      settings.set(key('mode', profileId), mode);
    },
    favorites(profileId) {
      const parsed = z.array(z.string()).safeParse(settings.get(key('favorites', profileId)));
      return new Set(parsed.success ? parsed.data : []);
    },
    setFavorite(profileId, processId, isFavorite) {
      const set = this.favorites(profileId);
      if (isFavorite) set.add(processId);
      else set.delete(processId);
      settings.set(key('favorites', profileId), [...set]);
    },
  };
}

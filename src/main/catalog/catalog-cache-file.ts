import { z } from 'zod';
import { folderSchema, processSchema, type Process } from '../../shared/contract/catalog';
import type { Files, Logger } from '../platform';

/** What survives a restart, per profile: the last good listing (favourites apart), how to list, favourites. */
export const cachedCatalogSchema = z.object({
  folders: z.array(folderSchema),
  processes: z.array(processSchema.omit({ isFavorite: true })),
  refreshedAt: z.string(),
  /** Each release's change stamp by release key (absent in caches of older Batons: the next refresh is a full one). */
  stamps: z.record(z.string(), z.string()).optional(),
});
export type CachedCatalog = z.infer<typeof cachedCatalogSchema>;
export type ProcessEntry = Omit<Process, 'isFavorite'>;

/** Stamped into every cache file; a file with another format or version is not read. */
export const CATALOG_CACHE_FORMAT = 'baton.catalog-cache';
export const CATALOG_CACHE_VERSION = 1;

const cachedProcessSchema = processSchema.omit({ isFavorite: true });

export interface CatalogCacheFiles {
  /** The profile's cache, or undefined when there is none or it is not one Baton can use. */
  read(profileId: string): CachedCatalog | undefined;
  /** Written after the current task (so a refresh answers before the disk write), atomically. */
  write(profileId: string, cache: CachedCatalog): void;
  /** Writes what is pending now (tests, shutdown). */
  flush(): void;
  /** Where the profile's cache lives, as the data folder names it. */
  pathOf(profileId: string): string;
  /** Removes every profile's cache file ("Reset Baton"). */
  removeAll(): void;
}

const CACHE_FOLDER = 'catalog-cache';

/**
 * One JSON file per profile under `catalog-cache/` in the data folder (the platform's `Files`), apart from the settings file so that
 * neither settings reads nor start-up parse 10,000 processes they do not need. Baton wrote the file
 * itself, so reading checks the envelope's stamp and shape and the first and last entries instead of
 * a full schema parse of every process (that parse alone took ≈150 ms for 10,000); a file that is not
 * valid JSON or not shaped like a cache is refused and the catalog starts empty.
 */
export function createCatalogCacheFiles(options: { files: Files; logger?: Logger }): CatalogCacheFiles {
  const { files } = options;
  const pending = new Map<string, CachedCatalog>();
  let scheduled = false;
  // A profile id never names a folder or climbs out of this one: every dot and slash is encoded.
  const fileOf = (profileId: string) => `${CACHE_FOLDER}/${encodeURIComponent(profileId).replace(/\./g, '%2E')}.json`;
  const pathOf = (profileId: string) => files.locate(fileOf(profileId));

  const writeNow = (profileId: string, cache: CachedCatalog): void => {
    try {
      // The catalog marks favourites on its entries in place; they are kept in the settings, not here.
      const processes = cache.processes.map((p) => {
        const { isFavorite: _, ...entry } = p as typeof p & { isFavorite?: boolean };
        return entry;
      });
      const envelope = { format: CATALOG_CACHE_FORMAT, version: CATALOG_CACHE_VERSION, profileId, ...cache, processes };
      // Process lists name folders and arguments: the port keeps them the person's alone.
      files.write(fileOf(profileId), JSON.stringify(envelope));
    } catch (error) {
      // The cache only speeds up the next start; the catalog in memory is still good.
      options.logger?.warn('The process list could not be saved for the next start.', {
        file: pathOf(profileId),
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const flush = (): void => {
    scheduled = false;
    const entries = [...pending];
    pending.clear();
    for (const [profileId, cache] of entries) writeNow(profileId, cache);
  };

  return {
    pathOf,
    removeAll() {
      pending.clear();
      files.remove(CACHE_FOLDER);
    },
    read(profileId) {
      const waiting = pending.get(profileId);
      if (waiting) return waiting;
      const text = files.read(fileOf(profileId));
      if (text === undefined) return undefined;
      let found: CachedCatalog | undefined;
      try {
        found = checkedEnvelope(JSON.parse(text), profileId);
      } catch {
        found = undefined;
      }
      if (!found)
        options.logger?.warn('The saved process list could not be read; it is listed again from Orchestrator.', {
          file: pathOf(profileId),
        });
      return found;
    },
    write(profileId, cache) {
      pending.set(profileId, cache);
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
    },
    flush,
  };
}

function checkedEnvelope(value: unknown, profileId: string): CachedCatalog | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.format !== CATALOG_CACHE_FORMAT || v.version !== CATALOG_CACHE_VERSION || v.profileId !== profileId) return undefined;
  const { folders, processes, refreshedAt, stamps } = v;
  if (typeof refreshedAt !== 'string' || !Array.isArray(folders) || !Array.isArray(processes)) return undefined;
  const hasStamps = typeof stamps === 'object' && stamps !== null && !Array.isArray(stamps);
  const ends = <T>(items: T[]): T[] => (items.length === 0 ? [] : [items[0]!, items[items.length - 1]!]);
  if (!ends(folders).every((f) => folderSchema.safeParse(f).success)) return undefined;
  if (!ends(processes).every((p) => cachedProcessSchema.safeParse(p).success)) return undefined;
  return { folders, processes, refreshedAt, ...(hasStamps ? { stamps } : {}) } as CachedCatalog;
}

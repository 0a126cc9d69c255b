import { z } from 'zod';
import { folderSchema, processSchema, type ArgumentSchema, type Folder, type Process } from '../../shared/contract/catalog';
import { asciiJson } from '../lib';
import type { Files, Logger } from '../platform';

/** What survives a restart, per profile: the last good listing (favourites apart), how to list, favourites. */
export interface CachedCatalog {
  folders: Folder[];
  processes: ProcessEntry[];
  refreshedAt: string;
  /** Each release's change stamp by release key (absent in caches of older Batons: the next refresh is a full one). */
  stamps?: Map<string, string>;
}

/** A cache as older Batons kept it, in the settings or in a version-1 file. */
export const cachedCatalogSchema = z
  .object({
    folders: z.array(folderSchema),
    processes: z.array(processSchema.omit({ isFavorite: true })),
    refreshedAt: z.string(),
    stamps: z.record(z.string(), z.string()).optional(),
  })
  .transform(({ stamps, ...cache }): CachedCatalog => ({ ...cache, ...(stamps ? { stamps: new Map(Object.entries(stamps)) } : {}) }));
export type ProcessEntry = Omit<Process, 'isFavorite'>;

/** Stamped into every cache file; a file with another format or version is not read. */
export const CATALOG_CACHE_FORMAT = 'baton.catalog-cache';
/** 2: one row per process (see `ProcessRow`); 1 (Baton before it, still read): the entries as objects. */
export const CATALOG_CACHE_VERSION = 2;
const OLDER_CACHE_VERSION = 1;

/**
 * A process as the file keeps it: its fields by position, no key names, and nothing the folder
 * already says (the id is `<folderId>:<releaseKey>`, the path is the folder's); the input
 * arguments as JSON text (empty when there are none); its release's change stamp (empty when it
 * has none). 60% of the bytes, and a third of the parse time, of the entries as objects with a
 * stamp map (docs/performance.md, cached start).
 */
type ProcessRow = [
  name: string,
  description: string,
  version: string,
  releaseId: number,
  releaseKey: string,
  processKey: string,
  folderId: number,
  /** 1: runnable, 2: prefers a local run. */
  marks: number,
  inputArguments: string,
  stamp: string,
  /** Only when it is not the folder's own path (a folder listed under another name). */
  folderPath?: string,
];

const RUNNABLE = 1;
const PREFERS_LOCAL = 2;

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
      // Favourites are kept in the settings, not here; the rows leave them out.
      const envelope = {
        format: CATALOG_CACHE_FORMAT,
        version: CATALOG_CACHE_VERSION,
        profileId,
        refreshedAt: cache.refreshedAt,
        folders: cache.folders,
        processes: rowsOf(cache),
        // The stamps of releases the list leaves out (hidden for attended users…), as key, stamp, key, stamp….
        ...(cache.stamps ? { stamps: unlistedStamps(cache) } : {}),
      };
      // Process lists name folders and arguments: the port keeps them the person's alone. ASCII
      // only: Node reads such a file on its fast path (asciiJson).
      files.write(fileOf(profileId), asciiJson(envelope));
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
  if (v.format !== CATALOG_CACHE_FORMAT || v.profileId !== profileId) return undefined;
  if (v.version !== CATALOG_CACHE_VERSION && v.version !== OLDER_CACHE_VERSION) return undefined;
  const { folders, processes, refreshedAt, stamps } = v;
  if (typeof refreshedAt !== 'string' || !Array.isArray(folders) || !Array.isArray(processes)) return undefined;
  if (!ends(folders).every((f) => folderSchema.safeParse(f).success)) return undefined;
  if (v.version === OLDER_CACHE_VERSION) {
    if (!ends(processes).every((p) => cachedProcessSchema.safeParse(p).success)) return undefined;
    const hasStamps = typeof stamps === 'object' && stamps !== null && !Array.isArray(stamps);
    const older = { folders, processes, refreshedAt } as CachedCatalog;
    return hasStamps ? { ...older, stamps: new Map(Object.entries(stamps as Record<string, string>)) } : older;
  }
  const entries = entriesOf(processes, folders as Folder[]);
  if (!entries) return undefined;
  if (stamps === undefined) return { folders: folders as Folder[], processes: entries, refreshedAt };
  if (!Array.isArray(stamps) || stamps.length % 2 !== 0) return undefined;
  return { folders: folders as Folder[], processes: entries, refreshedAt, stamps: stampsOf(processes as ProcessRow[], stamps) };
}

const ends = <T>(items: T[]): T[] => (items.length === 0 ? [] : [items[0]!, items[items.length - 1]!]);

function rowsOf(cache: CachedCatalog): ProcessRow[] {
  const pathOf = new Map(cache.folders.map((f) => [f.id, f.path]));
  return cache.processes.map((p) => {
    const marks = (p.isRunnable ? RUNNABLE : 0) | (p.prefersLocal ? PREFERS_LOCAL : 0);
    const inputs = p.inputArguments.length > 0 ? JSON.stringify(p.inputArguments) : '';
    const stamp = cache.stamps?.get(p.releaseKey) ?? '';
    const row: ProcessRow = [p.name, p.description, p.version, p.releaseId, p.releaseKey, p.processKey, p.folderId, marks, inputs, stamp];
    if (pathOf.get(p.folderId) !== p.folderPath) row.push(p.folderPath);
    return row;
  });
}

function unlistedStamps(cache: CachedCatalog): string[] {
  const listed = new Set(cache.processes.map((p) => p.releaseKey));
  return [...(cache.stamps ?? [])].flatMap(([releaseKey, stamp]) => (listed.has(releaseKey) ? [] : [releaseKey, stamp]));
}

/**
 * The entries of a version-2 file, or undefined when a row is not shaped like one (Baton wrote
 * the file itself: each row's shape is checked, not every argument's every field).
 */
function entriesOf(rows: unknown[], folders: Folder[]): ProcessEntry[] | undefined {
  const pathOf = new Map(folders.map((f) => [f.id, f.path]));
  const entries: ProcessEntry[] = [];
  for (const row of rows) {
    if (!isProcessRow(row)) return undefined;
    const [name, description, version, releaseId, releaseKey, processKey, folderId, marks, inputs, , ownPath] = row;
    const folderPath = ownPath ?? pathOf.get(folderId);
    if (folderPath === undefined) return undefined;
    const entry = {
      id: `${folderId}:${releaseKey}`,
      name,
      description,
      version,
      releaseId,
      releaseKey,
      processKey,
      folderId,
      folderPath,
      isRunnable: (marks & RUNNABLE) !== 0,
      prefersLocal: (marks & PREFERS_LOCAL) !== 0,
      inputArguments: inputs === '' ? [] : argumentsFromText(inputs),
    };
    if (!entry.inputArguments) return undefined;
    entries.push(entry as ProcessEntry);
  }
  return entries;
}

/**
 * A row's arguments: JSON text, parsed row by row (a few milliseconds for 10,000 short texts,
 * far less than the same arguments as objects in the file); undefined when it is not a list of
 * named arguments.
 */
function argumentsFromText(text: string): ArgumentSchema[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof (a as { name?: unknown } | null)?.name === 'string')) return undefined;
    return parsed as ArgumentSchema[];
  } catch {
    return undefined;
  }
}

function isProcessRow(row: unknown): row is ProcessRow {
  return (
    Array.isArray(row) &&
    (row.length === 10 || (row.length === 11 && typeof row[10] === 'string')) &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    typeof row[2] === 'string' &&
    typeof row[3] === 'number' &&
    typeof row[4] === 'string' &&
    typeof row[5] === 'string' &&
    typeof row[6] === 'number' &&
    typeof row[7] === 'number' &&
    typeof row[8] === 'string' &&
    typeof row[9] === 'string'
  );
}

function stampsOf(rows: ProcessRow[], flat: unknown[]): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const row of rows) if (row[9] !== '') stamps.set(row[4], row[9]);
  for (let i = 0; i < flat.length; i += 2) {
    const [releaseKey, stamp] = [flat[i], flat[i + 1]];
    if (typeof releaseKey === 'string' && typeof stamp === 'string') stamps.set(releaseKey, stamp);
  }
  return stamps;
}

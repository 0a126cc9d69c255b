import {
  askReleasesEarly,
  askRunnableEarly,
  getReleasesByKey,
  listReleaseStamps,
  listRunnableReleaseIds,
  RELEASE_KEYS_PER_REQUEST,
  type OrchestratorClient,
  type ReleaseStampDto,
} from '../orchestrator';
import type { ListingMode, ProcessEntry } from './catalog-store';
import { foldersFromReleases, isListed, listSortedFolders, stampOf, toProcess, UNLISTED, type FetchedCatalog } from './fetch-catalog';

/** What the last good listing left: its processes and each release's change stamp by key. */
export interface KnownCatalog {
  processes: readonly ProcessEntry[];
  stamps: ReadonlyMap<string, string>;
}

/**
 * Past this share of changed releases, keyed batches of 50 cost more round trips than one full
 * listing (10,000 releases: 10 pages of 1,000 against 50 batches for a quarter of them).
 */
const MAX_CHANGED_SHARE = 0.25;

/**
 * A warm refresh: the lean listing (`releaseChangeFields`, a fifth of the bytes) with the folders and
 * the runnable marks, then full rows (description, argument schemas) only for releases that are new
 * or whose stamp changed, in batches by key; every other release is the cached entry, moved to the
 * folder its row names now. Releases the lean listing no longer names are gone. Returns undefined
 * when a full listing is the better way (no cross-folder listing, too much changed, or the lean
 * listing failed: the full path knows how to fall back per folder and reports the error).
 */
export async function fetchChangedCatalog(
  client: OrchestratorClient,
  known: KnownCatalog,
  mode: ListingMode | undefined,
): Promise<FetchedCatalog | undefined> {
  if (mode === 'per-folder' || known.stamps.size === 0) return undefined;
  // On a new connection, the lean listing's first page goes out with the version probe instead of after it.
  const early = { releases: askReleasesEarly(client, 'releaseChangeFields'), runnable: askRunnableEarly(client) };
  const dialect = await client.dialect();
  if (!dialect.hasCrossFolderListing) return undefined;
  const stamps = new Map<string, string>();
  const changed: string[] = [];
  // Each lean row against its cached stamp as its page arrives; what is left (an unchanged stamp) is settled once the folders are in.
  const compare = (row: ReleaseStampDto): ReleaseStampDto | undefined => {
    if (row.OrganizationUnitId == null) return undefined;
    const stamp = stampOf(row, dialect);
    const knownStamp = known.stamps.get(row.Key);
    if (knownStamp === stamp) return row;
    // Left out last time and unchanged: still left out, without asking for its row.
    if (knownStamp === UNLISTED + stamp) stamps.set(row.Key, knownStamp);
    else changed.push(row.Key);
    return undefined;
  };
  const listing = Promise.all([
    listReleaseStamps(client, undefined, { map: compare, early: early.releases }),
    listSortedFolders(client),
    listRunnableReleaseIds(client, early.runnable),
  ]);
  // Built while the listing is on the way.
  const byKey = new Map<string, ProcessEntry>();
  for (const p of known.processes) byKey.set(p.releaseKey, p);
  let rows, listed, runnable;
  try {
    [rows, listed, runnable] = await listing;
  } catch {
    return undefined;
  }
  const pathOf = new Map(listed.folders.map((f) => [f.id, f.path]));
  const unchanged = new Map<string, ProcessEntry>();
  for (const row of rows) {
    if (row === undefined) continue;
    const folderId = row.OrganizationUnitId!;
    const before = byKey.get(row.Key);
    // A folder no listing shows keeps the path its release row gave last time; a move there needs the new row.
    const path = pathOf.get(folderId) ?? (before?.folderId === folderId ? before.folderPath : undefined);
    if (before === undefined || path === undefined) {
      changed.push(row.Key);
      continue;
    }
    stamps.set(row.Key, known.stamps.get(row.Key)!);
    const isRunnable = runnable.has(row.Id);
    // Most releases stay where they were, as they were: the cached entry itself, no copy (10,000 copies cost ≈ 10 ms).
    const isSame =
      before.folderId === folderId && before.folderPath === path && before.releaseId === row.Id && before.isRunnable === isRunnable;
    unchanged.set(
      row.Key,
      isSame ? before : { ...before, id: `${folderId}:${row.Key}`, releaseId: row.Id, folderId, folderPath: path, isRunnable },
    );
  }
  if (changed.length > Math.max(RELEASE_KEYS_PER_REQUEST, rows.length * MAX_CHANGED_SHARE)) return undefined;
  // In the order the catalog had them (its sort then finds them in order: ≈ 10 ms less for 10,000), the changed ones after.
  const processes: ProcessEntry[] = [];
  for (const p of known.processes) {
    const entry = unchanged.get(p.releaseKey);
    if (entry !== undefined) processes.push(entry);
  }
  for (const release of await getReleasesByKey(client, changed)) {
    const folderId = release.OrganizationUnitId;
    if (folderId == null) continue;
    if (!isListed(release)) {
      stamps.set(release.Key, UNLISTED + stampOf(release, dialect));
      continue;
    }
    const path = pathOf.get(folderId) ?? release.OrganizationUnitFullyQualifiedName ?? String(folderId);
    stamps.set(release.Key, stampOf(release, dialect));
    processes.push(toProcess(release, { id: folderId, path }, runnable.has(release.Id)));
  }
  return { folders: foldersFromReleases(processes, listed.folders), processes, mode: 'cross-folder', stamps };
}

import type { Folder } from '../../shared/contract/catalog';
import { toErrorPayload } from '../../shared/errors';
import {
  askReleasesEarly,
  askRunnableEarly,
  isFolderRequired,
  isOrchestratorCallError,
  listFoldersForUser,
  listReleasesAcrossFolders,
  listReleasesInFolder,
  listRunnableReleaseIds,
  parseInputArguments,
  type ApiDialect,
  type EarlyReleases,
  type FirstPage,
  type FolderDto,
  type OrchestratorClient,
  type ReleaseDto,
} from '../orchestrator';
import type { ListingMode, ProcessEntry } from './catalog-store';

export interface FetchedCatalog {
  folders: Folder[];
  processes: ProcessEntry[];
  /** The mode to remember for this profile. */
  mode: ListingMode;
  /** Each listed release's change stamp by release key (see stampOf), for the next warm refresh. */
  stamps: Map<string, string>;
}

const IDENTITY_FIELDS = new Set(['Id', 'Key', 'OrganizationUnitId']);

/**
 * What says a release changed since it was cached: the dialect's `releaseChangeFields` past its
 * identity and folder (package version and change stamp), read alike from a lean or a full row.
 */
export function stampOf(release: Record<string, unknown>, dialect: ApiDialect): string {
  let stamp = '';
  for (const field of dialect.releaseChangeFields) if (!IDENTITY_FIELDS.has(field)) stamp += `${String(release[field] ?? '')}\n`;
  return stamp;
}

/** Marks the stamp of a release the catalog leaves out (hidden, package deleted), so a warm refresh leaves it out too without its full row. */
export const UNLISTED = 'unlisted\n';

export function toFolder(dto: FolderDto): Folder {
  const path = dto.FullyQualifiedName ?? dto.DisplayName ?? String(dto.Id);
  return { id: dto.Id, ...(dto.Key ? { key: dto.Key } : {}), path, displayName: dto.DisplayName ?? path };
}

export function toProcess(release: ReleaseDto, folder: { id: number; path: string }, isRunnable: boolean): ProcessEntry {
  const name = release.Name ?? release.ProcessKey ?? release.Key;
  return {
    id: `${folder.id}:${release.Key}`,
    name,
    description: release.Description ?? '',
    version: release.ProcessVersion ?? '',
    releaseId: release.Id,
    releaseKey: release.Key,
    processKey: release.ProcessKey ?? name,
    folderId: folder.id,
    folderPath: folder.path,
    isRunnable,
    // Attended processes need the person's desktop: a run on this machine's robot suits them.
    prefersLocal: release.RequiresUserInteraction === true || release.IsAttended === true,
    inputArguments: parseInputArguments(release.Arguments?.Input, release.InputArguments),
  };
}

// UiPath Assistant does not offer these to people; neither does Baton.
export const isListed = (r: ReleaseDto): boolean => r.HiddenForAttendedUser !== true && r.IsProcessDeleted !== true;

interface AcrossFolders {
  /** Converted page by page as they arrive; folder paths and `isRunnable` are settled once everything is in. */
  entries: (ProcessEntry | undefined)[];
  runnable: Set<number>;
}

function listAcrossFolders(
  client: OrchestratorClient,
  dialect: ApiDialect,
  stamps: Map<string, string>,
  early: { releases?: EarlyReleases; runnable?: FirstPage } | undefined,
): Promise<AcrossFolders> {
  const entry = (r: ReleaseDto): ProcessEntry | undefined => {
    if (r.OrganizationUnitId == null) return undefined;
    const stamp = stampOf(r, dialect);
    if (!isListed(r)) return void stamps.set(r.Key, UNLISTED + stamp);
    stamps.set(r.Key, stamp);
    return toProcess(r, { id: r.OrganizationUnitId, path: r.OrganizationUnitFullyQualifiedName ?? String(r.OrganizationUnitId) }, false);
  };
  return Promise.all([listReleasesAcrossFolders(client, entry, early?.releases), listRunnableReleaseIds(client, early?.runnable)]).then(
    ([entries, runnable]) => ({
      entries,
      runnable,
    }),
  );
}

function acrossFolders({ entries, runnable }: AcrossFolders, folders: Folder[]): ProcessEntry[] {
  const pathOf = new Map(folders.map((f) => [f.id, f.path]));
  const processes: ProcessEntry[] = [];
  for (const p of entries) {
    if (!p) continue;
    // The folder list is the authority on paths; a release row's own path is the fallback for a folder it did not list.
    const path = pathOf.get(p.folderId);
    if (path !== undefined && path !== p.folderPath) p.folderPath = path;
    p.isRunnable = runnable.has(p.releaseId);
    processes.push(p);
  }
  return processes;
}

/** A person may run processes in folders no folder listing shows them (no SubFolders.View): those folders, from the releases. */
export function foldersFromReleases(processes: ProcessEntry[], listed: Folder[]): Folder[] {
  const known = new Set(listed.map((f) => f.id));
  const extra = new Map<number, Folder>();
  for (const p of processes) {
    if (known.has(p.folderId) || extra.has(p.folderId)) continue;
    extra.set(p.folderId, { id: p.folderId, path: p.folderPath, displayName: p.folderPath.split('/').pop() ?? p.folderPath });
  }
  return [...listed, ...extra.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Which releases may be started, for the per-folder listing: the lean cross-folder
 * `$select=Id&mandatoryPermissions=Jobs.Create` pass where the version has it (20.10+; the
 * parameter applies only without a folder header). 19.10 and 20.4 cannot say (no such parameter,
 * and `GetCurrentPermissions()` takes no folder there), nor can a server refusing that pass: the
 * run is offered, and Orchestrator's refusal names Jobs.Create and the folder (the contract has
 * no "unknown", and a view-only mark could lock out people who may run).
 */
async function runnableReleases(client: OrchestratorClient, dialect: ApiDialect): Promise<(releaseId: number) => boolean> {
  if (!dialect.hasCrossFolderListing) return () => true;
  const ids = await listRunnableReleaseIds(client).catch(() => undefined);
  return ids ? (id) => ids.has(id) : () => true;
}

/** Each folder on its own, in parallel: one folder's failure is recorded on it and the others stay. */
async function perFolder(
  client: OrchestratorClient,
  dialect: ApiDialect,
  folders: Folder[],
): Promise<{ folders: Folder[]; processes: ProcessEntry[]; stamps: Map<string, string> }> {
  const runnable = runnableReleases(client, dialect);
  const stamps = new Map<string, string>();
  const results = await Promise.all(
    folders.map(async (folder) => {
      try {
        const [releases, isRunnable] = await Promise.all([listReleasesInFolder(client, folder.id, folder.path), runnable]);
        const listed = releases.filter(isListed);
        for (const r of releases) stamps.set(r.Key, (isListed(r) ? '' : UNLISTED) + stampOf(r, dialect));
        return { folder, processes: listed.map((r) => toProcess(r, folder, isRunnable(r.Id))) };
      } catch (error) {
        return { folder: { ...folder, error: toErrorPayload(error) }, processes: [] };
      }
    }),
  );
  return { folders: results.map((r) => r.folder), processes: results.flatMap((r) => r.processes), stamps };
}

/** The folders this person may use, as catalog folders by path (see listFoldersForUser). */
export function listSortedFolders(client: OrchestratorClient): Promise<{ folders: Folder[]; error?: unknown }> {
  return listFoldersForUser(client).then((listed) => ({
    ...listed,
    folders: listed.folders.map(toFolder).sort((a, b) => a.path.localeCompare(b.path)),
  }));
}

/** A refusal that will be the same next time (needs a folder, a query this build refuses, a permission): worth remembering. */
const isLastingRefusal = (error: unknown): boolean =>
  isFolderRequired(error) || (isOrchestratorCallError(error) && (error.status === 400 || error.status === 403 || error.status === 404));

/**
 * Folders and releases. Where the version has cross-folder listing (20.10+), one listing asked at
 * the same time as the folders (release rows carry their folder: two round trips in all);
 * otherwise (19.10, 20.4), or after a cross-folder refusal that will not change, one listing per
 * folder, remembered so the failing call is not repeated on every refresh. Folders come from the
 * first listing that works for this person and token (see listFoldersForUser); releases that
 * arrived without any folder list still show, under the folders their rows name.
 */
export async function fetchCatalog(client: OrchestratorClient, knownMode: ListingMode | undefined): Promise<FetchedCatalog> {
  // On a new connection, the listing's first page goes out with the version probe instead of after it.
  const early =
    knownMode === 'per-folder' ? undefined : { releases: askReleasesEarly(client, 'releaseFields'), runnable: askRunnableEarly(client) };
  const dialect = await client.dialect();
  const listedFolders = listSortedFolders(client);
  if (dialect.hasCrossFolderListing && knownMode !== 'per-folder') {
    const stamps = new Map<string, string>();
    const across = listAcrossFolders(client, dialect, stamps, early);
    // Awaited below; a failure there is handled there.
    across.catch(() => {});
    const listed = await listedFolders;
    try {
      const found = await across;
      const processes = acrossFolders(found, listed.folders);
      return { folders: foldersFromReleases(processes, listed.folders), processes, mode: 'cross-folder', stamps };
    } catch (error) {
      if (listed.folders.length === 0) throw listed.error ?? error;
      const split = await perFolder(client, dialect, listed.folders);
      if (split.folders.every((f) => f.error)) throw error;
      return { ...split, mode: isLastingRefusal(error) ? 'per-folder' : 'cross-folder' };
    }
  }
  const listed = await listedFolders;
  if (listed.folders.length === 0 && listed.error !== undefined) throw listed.error;
  return { ...(await perFolder(client, dialect, listed.folders)), mode: 'per-folder' };
}

import type { Folder } from '../../shared/contract/catalog';
import { toErrorPayload } from '../../shared/errors';
import {
  isFolderRequired,
  listFolders,
  listReleasesAcrossFolders,
  listReleasesInFolder,
  listRunnableReleaseIds,
  parseInputArguments,
  type FolderDto,
  type OrchestratorClient,
  type ReleaseDto,
} from '../orchestrator';
import type { ListingMode, ProcessEntry } from './catalog-store';

export interface FetchedCatalog {
  folders: Folder[];
  processes: ProcessEntry[];
  /** The mode that worked, to remember for this profile. */
  mode: ListingMode;
}

function toFolder(dto: FolderDto): Folder {
  const path = dto.FullyQualifiedName ?? dto.DisplayName ?? String(dto.Id);
  return { id: dto.Id, ...(dto.Key ? { key: dto.Key } : {}), path, displayName: dto.DisplayName ?? path };
}

function toProcess(release: ReleaseDto, folder: { id: number; path: string }, isRunnable: boolean): ProcessEntry {
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
const isListed = (r: ReleaseDto): boolean => r.HiddenForAttendedUser !== true && r.IsProcessDeleted !== true;

interface AcrossFolders {
  /** Converted page by page as they arrive; folder paths and `isRunnable` are settled once everything is in. */
  entries: (ProcessEntry | undefined)[];
  runnable: Set<number>;
}

function listAcrossFolders(client: OrchestratorClient): Promise<AcrossFolders> {
  const entry = (r: ReleaseDto): ProcessEntry | undefined =>
    isListed(r) && r.OrganizationUnitId != null
      ? toProcess(r, { id: r.OrganizationUnitId, path: r.OrganizationUnitFullyQualifiedName ?? String(r.OrganizationUnitId) }, false)
      : undefined;
  return Promise.all([listReleasesAcrossFolders(client, entry), listRunnableReleaseIds(client)]).then(([entries, runnable]) => ({
    entries,
    runnable,
  }));
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

/** Each folder on its own, in parallel: one folder's failure is recorded on it and the others stay. */
async function perFolder(client: OrchestratorClient, folders: Folder[]): Promise<{ folders: Folder[]; processes: ProcessEntry[] }> {
  const results = await Promise.all(
    folders.map(async (folder) => {
      try {
        const releases = await listReleasesInFolder(client, folder.id, folder.path);
        // Without cross-folder listing there is no cheap way to learn Jobs.Create per folder: offer the run, and
        // Orchestrator's refusal names the missing permission.
        return { folder, processes: releases.filter(isListed).map((r) => toProcess(r, folder, true)) };
      } catch (error) {
        return { folder: { ...folder, error: toErrorPayload(error) }, processes: [] };
      }
    }),
  );
  return { folders: results.map((r) => r.folder), processes: results.flatMap((r) => r.processes) };
}

/**
 * Folders and releases: one cross-folder listing where the server has it, asked for at the same
 * time as the folders (release rows carry their folder, so nothing waits for the folder list: two
 * round trips in all), otherwise (19.10, 20.4: "a folder is required") one listing per folder once
 * the folders are known. A cross-folder listing that fails for another reason falls back to
 * per-folder for this refresh, so one bad folder cannot hide all.
 */
export async function fetchCatalog(client: OrchestratorClient, knownMode: ListingMode | undefined): Promise<FetchedCatalog> {
  const listedFolders = listFolders(client).then((dtos) => dtos.map(toFolder).sort((a, b) => a.path.localeCompare(b.path)));
  if (knownMode !== 'per-folder') {
    const across = listAcrossFolders(client);
    // Awaited below only if the folders list; a folders failure is the error reported.
    across.catch(() => {});
    const folders = await listedFolders;
    try {
      return { folders, processes: acrossFolders(await across, folders), mode: 'cross-folder' };
    } catch (error) {
      if (isFolderRequired(error)) return { ...(await perFolder(client, folders)), mode: 'per-folder' };
      if (folders.length === 0) throw error;
      const split = await perFolder(client, folders);
      if (split.folders.every((f) => f.error)) throw error;
      return { ...split, mode: knownMode ?? 'cross-folder' };
    }
  }
  return { ...(await perFolder(client, await listedFolders)), mode: 'per-folder' };
}

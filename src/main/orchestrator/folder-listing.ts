import { z } from 'zod';
import type { FolderListing } from './api-dialect';
import { listAll } from './odata-paging';
import type { OrchestratorClient } from './orchestrator-client';
import { folderDtoSchema, type FolderDto } from './schemas';

// FolderDto's fields in every version (reference orchestrator-versions.md §2.3); Key from 20.10.
const FOLDER_FIELDS_1910 = ['Id', 'DisplayName', 'FullyQualifiedName'];
const FOLDER_FIELDS_KEYED = [...FOLDER_FIELDS_1910, 'Key'];

/** `/api/Folders/GetAllForCurrentUser` pages: `take` ≤ 1000 (§3.2). */
const CURRENT_USER_PAGE = 1000;
const MAX_CURRENT_USER_PAGES = 200;
const currentUserPage = z.object({ PageItems: z.array(folderDtoSchema), Count: z.number() }).loose();
const navigationList = z.array(folderDtoSchema);

export interface ListedFolders {
  folders: FolderDto[];
  /** The first listing (in the table's order) that gave folders, or answered at all. */
  listing: FolderListing | undefined;
  /** A failure, when no listing answered at all. */
  error?: unknown;
}

async function listCurrentUser(client: OrchestratorClient): Promise<FolderDto[]> {
  const rows: FolderDto[] = [];
  for (let page = 0; page < MAX_CURRENT_USER_PAGES; page += 1) {
    const answer = await client.request(
      { path: '/api/Folders/GetAllForCurrentUser', query: { take: CURRENT_USER_PAGE, skip: page * CURRENT_USER_PAGE } },
      currentUserPage,
    );
    rows.push(...answer.PageItems);
    if (answer.PageItems.length < CURRENT_USER_PAGE || rows.length >= answer.Count) break;
  }
  return rows;
}

const LISTINGS: Record<FolderListing, (client: OrchestratorClient, hasKey: boolean) => Promise<FolderDto[]>> = {
  'current-user': listCurrentUser,
  'odata-folders': (client, hasKey) =>
    listAll(
      client,
      { path: '/odata/Folders', query: { $select: (hasKey ? FOLDER_FIELDS_KEYED : FOLDER_FIELDS_1910).join(',') } },
      folderDtoSchema,
    ),
  navigation: (client) => client.request({ path: '/api/FoldersNavigation/GetAllFoldersForCurrentUser' }, navigationList),
};

/**
 * The folders this person may use: every listing the version and token allow, asked at once and
 * merged in the table's fixed order (an earlier listing's row wins). One listing alone misses
 * folders: `/odata/Folders` shows only folders with SubFolders.View, so a person who may run
 * processes in a folder can be missing there (§4); `GetAllForCurrentUser` and the navigation
 * listing show assigned folders, but a confidential app gets an empty one and OAuth tokens are
 * refused the navigation listing (§3.2), which is therefore skipped for them. Never throws: when
 * no listing answered, the first failure is returned, so that releases that did arrive can still
 * be shown.
 */
export async function listFoldersForUser(client: OrchestratorClient): Promise<ListedFolders> {
  const dialect = await client.dialect();
  const tokenKind = client.connection.tokenKind ?? 'oauth';
  const listings = dialect.folderListings.filter((listing) => listing !== 'navigation' || tokenKind === 'legacy');
  const outcomes = await Promise.all(
    listings.map((listing) =>
      LISTINGS[listing](client, dialect.apiVersion !== null).then(
        (folders) => ({ listing, folders, error: undefined as unknown }),
        (error: unknown) => ({ listing, folders: [] as FolderDto[], error }),
      ),
    ),
  );
  const byId = new Map<number, FolderDto>();
  for (const outcome of outcomes) for (const folder of outcome.folders) if (!byId.has(folder.Id)) byId.set(folder.Id, folder);
  const folders = [...byId.values()];
  client.rememberFolderKeys(folders.map((f) => ({ id: f.Id, key: f.Key })));
  const answered = outcomes.find((o) => o.error === undefined && o.folders.length > 0) ?? outcomes.find((o) => o.error === undefined);
  if (answered) return { folders, listing: answered.listing };
  return { folders, listing: outcomes[0]?.listing, error: outcomes.find((o) => o.error !== undefined)?.error };
}

/** The folders, or the error when no listing answered (for callers that need a verdict, such as Diagnostics). */
export async function listFolders(client: OrchestratorClient): Promise<FolderDto[]> {
  const listed = await listFoldersForUser(client);
  if (listed.error !== undefined && listed.folders.length === 0) throw listed.error;
  return listed.folders;
}

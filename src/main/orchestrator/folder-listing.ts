import { z } from 'zod';
import type { FolderListing } from './api-dialect';
import { isOrchestratorCallError } from './http-errors';
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
  /** The listing that answered (or the last one tried when none had any folder). */
  listing: FolderListing | undefined;
  /** The error of the first listing that failed, when none answered at all. */
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
 * The folders this person may use, by the first listing of the version's fixed order that gives
 * any: a regular user without SubFolders.View sees none in `/odata/Folders` although they may run
 * processes there, and a confidential app gets an empty `GetAllForCurrentUser` (§3.2, §4). The
 * navigation listing is skipped for OAuth and PAT tokens, which it refuses. Never throws: a
 * failure is returned so that releases that did arrive can still be shown.
 */
export async function listFoldersForUser(client: OrchestratorClient): Promise<ListedFolders> {
  const dialect = await client.dialect();
  const tokenKind = client.connection.tokenKind ?? 'oauth';
  let firstError: unknown;
  let last: FolderListing | undefined;
  for (const listing of dialect.folderListings) {
    if (listing === 'navigation' && tokenKind !== 'legacy') continue;
    last = listing;
    try {
      const folders = await LISTINGS[listing](client, dialect.apiVersion !== null);
      if (folders.length > 0) {
        client.rememberFolderKeys(folders.map((f) => ({ id: f.Id, key: f.Key })));
        return { folders, listing };
      }
    } catch (error) {
      // A refusal (an endpoint this build lacks, a permission) moves on to the next listing; no answer at all does not.
      if (!isOrchestratorCallError(error) || error.status === undefined) return { folders: [], listing, error };
      firstError ??= error;
    }
  }
  return { folders: [], listing: last, ...(firstError === undefined ? {} : { error: firstError }) };
}

/** The folders, or the error when no listing answered (for callers that need a verdict, such as Diagnostics). */
export async function listFolders(client: OrchestratorClient): Promise<FolderDto[]> {
  const listed = await listFoldersForUser(client);
  if (listed.error !== undefined && listed.folders.length === 0) throw listed.error;
  return listed.folders;
}

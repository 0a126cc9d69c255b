import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { NEWEST_DIALECT, type ApiDialect } from './api-dialect';
import { askFirstPage, listAll, type FirstPage } from './odata-paging';
import { isBodyRefused, isOrchestratorCallError } from './http-errors';
import type { OrchestratorClient } from './orchestrator-client';
import { collectionOf, mapped } from './row-checks';
import {
  idRowSchema,
  jobDtoSchema,
  releaseDtoSchema,
  releaseStampSchema,
  type JobDto,
  type ReleaseDto,
  type ReleaseStampDto,
} from './schemas';

const NS = 'UiPath.Server.Configuration.OData';
// Every version's JobDto has these (reference orchestrator-versions.md §2.2).
const JOB_FIELDS = ['Id', 'Key', 'State', 'Info', 'StartTime', 'EndTime', 'CreationTime', 'OutputArguments'];

/** Orchestrator's answer when a listing needs a folder: servers without cross-folder listing (400, errorCode 1101). */
export function isFolderRequired(error: unknown): boolean {
  return isOrchestratorCallError(error) && error.status === 400 && error.errorCode === 1101;
}

/**
 * StartJobs refused the body itself, so nothing was created: an unknown property binds the body to
 * null ("startJobParameters must not be null", §2.6) and an unknown Strategy value is refused
 * naming it (19.10 has no ModernJobsCount).
 */
export function isStartBodyRefused(error: unknown): boolean {
  return isBodyRefused(error) || (isOrchestratorCallError(error) && error.status === 400 && /strategy/i.test(error.serverMessage ?? ''));
}

/** The first page of a cross-folder release listing, asked before the server said its version (see askReleasesEarly). */
export interface EarlyReleases {
  select: string;
  first: FirstPage;
}

const releasesSelecting = (fields: readonly string[]) => ({ path: '/odata/Releases', query: { $select: fields.join(',') } });

/**
 * On a connection whose version is not known yet (its first request waits for the version probe:
 * one round trip), the first page of the cross-folder release listing asked at once, with the
 * `releaseFields` (or the lean `releaseChangeFields`) of the newest dialect row. The listing takes
 * it when the server's row selects the same fields (Automation Cloud, 23.10 and later); on an
 * older server it is dropped unread (refused there for a field that version lacks, §2.7, or for
 * want of a folder, 1101) and the listing asks with the fields that version has. Undefined once
 * the version is known.
 */
export function askReleasesEarly(client: OrchestratorClient, fields: 'releaseFields' | 'releaseChangeFields'): EarlyReleases | undefined {
  if (client.knownDialect() !== undefined) return undefined;
  const request = releasesSelecting(NEWEST_DIALECT[fields]);
  return { select: request.query.$select, first: askFirstPage(client, request) };
}

const firstIfSelecting = (early: EarlyReleases | undefined, request: { query: { $select: string } }) =>
  early?.select === request.query.$select ? early.first : undefined;

/**
 * Every release the person may see, across folders, in one listing (current servers). `map`, if
 * given, turns each validated row into what the caller keeps as its page arrives, so that work
 * overlaps with the pages still on the way instead of following the last one.
 */
export function listReleasesAcrossFolders(client: OrchestratorClient): Promise<ReleaseDto[]>;
export function listReleasesAcrossFolders<T>(
  client: OrchestratorClient,
  map: (release: ReleaseDto) => T,
  early?: EarlyReleases,
): Promise<T[]>;
export async function listReleasesAcrossFolders<T>(
  client: OrchestratorClient,
  map?: (release: ReleaseDto) => T,
  early?: EarlyReleases,
): Promise<(T | ReleaseDto)[]> {
  const request = releasesSelecting((await client.dialect()).releaseFields);
  const first = firstIfSelecting(early, request);
  return map ? listAll(client, request, mapped(releaseDtoSchema, map), { first }) : listAll(client, request, releaseDtoSchema);
}

/**
 * The lean listing of a warm refresh: each release's `releaseChangeFields` only (a fifth of a full
 * row's bytes), across folders or, given a folder, in it. `kept.map`, across folders, turns each
 * row as its page arrives (the comparison with the cached stamps overlaps the pages on the way). No `$filter` for the releases the catalog
 * leaves out: the caller knows them by their stamps, and a filter made each 1,000-row page of the
 * sandbox 30–40 ms slower.
 */
export function listReleaseStamps(client: OrchestratorClient, folder?: { id: number; path: string }): Promise<ReleaseStampDto[]>;
export function listReleaseStamps<T>(
  client: OrchestratorClient,
  folder: undefined,
  kept: { map: (row: ReleaseStampDto) => T; early?: EarlyReleases },
): Promise<T[]>;
export async function listReleaseStamps<T>(
  client: OrchestratorClient,
  folder?: { id: number; path: string },
  kept?: { map: (row: ReleaseStampDto) => T; early?: EarlyReleases },
): Promise<(T | ReleaseStampDto)[]> {
  const request = releasesSelecting((await client.dialect()).releaseChangeFields);
  if (kept) return listAll(client, request, mapped(releaseStampSchema, kept.map), { first: firstIfSelecting(kept.early, request) });
  if (!folder) return listAll(client, request, releaseStampSchema);
  const context = { permission: 'Processes.View', folderPath: folder.path };
  return listAll(client, { ...request, folderId: folder.id, context }, releaseStampSchema);
}

/** Keys per request: 50 `eq` comparisons stay under Orchestrator's 100 expressions per `$filter` (as the official SDKs chunk keys). */
export const RELEASE_KEYS_PER_REQUEST = 50;

/**
 * Full rows of the releases with these keys, `RELEASE_KEYS_PER_REQUEST` per request, all sent at
 * once (the client's limiter paces them). `Key eq … or …` rather than `in (…)`: `in` is not
 * established on 20.10 and older (orchestrator-versions.md §2.8). A key no longer there is absent.
 */
export async function getReleasesByKey(
  client: OrchestratorClient,
  keys: readonly string[],
  folder?: { id: number; path: string },
): Promise<ReleaseDto[]> {
  const { releaseFields } = await client.dialect();
  const batches: string[][] = [];
  for (let i = 0; i < keys.length; i += RELEASE_KEYS_PER_REQUEST) batches.push(keys.slice(i, i + RELEASE_KEYS_PER_REQUEST));
  const pages = await Promise.all(
    batches.map((batch) =>
      client.request(
        {
          path: '/odata/Releases',
          ...(folder ? { folderId: folder.id, context: { permission: 'Processes.View', folderPath: folder.path } } : {}),
          query: {
            $select: releaseFields.join(','),
            $filter: batch.map((key) => `Key eq '${key.replace(/'/g, "''")}'`).join(' or '),
            $top: batch.length,
          },
        },
        collectionOf(releaseDtoSchema),
      ),
    ),
  );
  return pages.flatMap((page) => page.value);
}

const RUNNABLE = { path: '/odata/Releases', query: { $select: 'Id', mandatoryPermissions: 'Jobs.Create' } };

/**
 * The lean second pass: ids of releases, across folders, where the person holds Jobs.Create
 * (`mandatoryPermissions` exists from 20.10 and applies only without a folder header, §3.3).
 */
export async function listRunnableReleaseIds(client: OrchestratorClient, early?: FirstPage): Promise<Set<number>> {
  const rows = await listAll(client, RUNNABLE, idRowSchema, { first: early });
  return new Set(rows.map((r) => r.Id));
}

/**
 * The Jobs.Create pass's first page asked with the version probe on a new connection (it names no
 * field a version may lack; a server without `mandatoryPermissions`, before 20.10, refuses it for
 * want of a folder and it is dropped unread). Undefined once the version is known.
 */
export function askRunnableEarly(client: OrchestratorClient): FirstPage | undefined {
  return client.knownDialect() === undefined ? askFirstPage(client, RUNNABLE) : undefined;
}

export async function listReleasesInFolder(client: OrchestratorClient, folderId: number, folderPath: string): Promise<ReleaseDto[]> {
  const { releaseFields } = await client.dialect();
  return listAll(
    client,
    {
      path: '/odata/Releases',
      folderId,
      query: { $select: releaseFields.join(',') },
      context: { permission: 'Processes.View', folderPath },
    },
    releaseDtoSchema,
  );
}

export interface StartJobRequest {
  folderId: number;
  folderPath: string;
  releaseKey: string;
  inputArguments: Record<string, unknown>;
  /** Sent only where the version knows `Reference`. */
  reference: string;
}

/**
 * `full`: what the version has (Reference and ModernJobsCount from 20.10). `minimal`: only fields
 * and values every version since 19.10 knows (StartProcessDto of SW1910), for the one retry after
 * the body was refused.
 */
export type StartBody = 'full' | 'minimal';

/** The `startInfo` Baton sends to this dialect; exported for the spec check. */
export function startInfoFor(dialect: ApiDialect, request: StartJobRequest, body: StartBody): Record<string, unknown> {
  const isMinimal = body === 'minimal';
  return {
    ReleaseKey: request.releaseKey,
    // Modern folders need ModernJobsCount (20.4+); 19.10 knows only JobsCount (§2.4).
    Strategy: isMinimal || dialect.modernJobsCount === 'no' ? 'JobsCount' : 'ModernJobsCount',
    JobsCount: 1,
    Source: 'Manual',
    // Orchestrator takes the arguments as a JSON object serialized into a string.
    InputArguments: serializeInputArguments(dialect, request.inputArguments),
    ...(dialect.hasReference && !isMinimal ? { Reference: request.reference } : {}),
  };
}

/**
 * The arguments as Orchestrator takes them, refused before sending when longer than the
 * version's published limit (StartProcessDto.InputArguments maxLength 10000 from 20.10, §2.4).
 */
export function serializeInputArguments(dialect: ApiDialect, inputArguments: Record<string, unknown>): string {
  const text = JSON.stringify(inputArguments);
  const limit = dialect.inputArgumentsMaxLength;
  if (limit !== undefined && text.length > limit) {
    // Lengths as text: English says 10001, not 10,001.
    const values = { length: String(text.length), limit: String(limit) };
    throw BatonError.said('VALIDATION', said('serviceErrors.inputTooLong', values), {
      hint: said('serviceErrors.inputTooLongHint', { limit: values.limit }),
      details: { length: text.length, limit },
    });
  }
  return text;
}

/** StartJobs, once: never retried here, because a retry of an ambiguous failure could start a second job. */
export async function startJob(client: OrchestratorClient, request: StartJobRequest, body: StartBody = 'full'): Promise<JobDto> {
  const startInfo = startInfoFor(await client.dialect(), request, body);
  const answer = await client.request(
    {
      method: 'POST',
      path: `/odata/Jobs/${NS}.StartJobs`,
      folderId: request.folderId,
      body: { startInfo },
      isIdempotent: false,
      maxRetries: 0,
      context: { permission: 'Jobs.Create', folderPath: request.folderPath },
    },
    collectionOf(jobDtoSchema),
  );
  const job = answer.value[0];
  if (!job) throw BatonError.said('INTERNAL', said('serviceErrors.startNoJob'), { hint: said('serviceErrors.startNoJobHint') });
  return job;
}

/** The job a StartJobs with this Reference created, if any (for ambiguous failures). */
export async function findJobByReference(client: OrchestratorClient, folderId: number, reference: string): Promise<JobDto | undefined> {
  const answer = await client.request(
    {
      path: '/odata/Jobs',
      folderId,
      query: { $filter: `Reference eq '${reference.replace(/'/g, "''")}'`, $top: 1, $select: JOB_FIELDS.join(',') },
      context: { permission: 'Jobs.View' },
    },
    collectionOf(jobDtoSchema),
  );
  return answer.value[0];
}

/** A caller that paces itself (the job poller) takes a 429 at once instead of the client's retries. */
export interface JobReadOptions {
  maxRetries?: number;
}

export function getJob(client: OrchestratorClient, folderId: number, jobId: number, options: JobReadOptions = {}): Promise<JobDto> {
  return client.request(
    { path: `/odata/Jobs(${jobId})`, folderId, query: { $select: JOB_FIELDS.join(',') }, maxRetries: options.maxRetries },
    jobDtoSchema,
  );
}

/**
 * Many jobs in one list request (counts against Cloud's 100 list requests/min per tenant). Without
 * a folder it is the cross-folder listing (20.10+, reference §3.3). `withOutputs: false` leaves
 * out the output arguments, the bulk of a finished job's row.
 */
export async function getJobs(
  client: OrchestratorClient,
  folderId: number | undefined,
  jobIds: number[],
  options: JobReadOptions & { withOutputs?: boolean } = {},
): Promise<JobDto[]> {
  const fields = options.withOutputs === false ? JOB_FIELDS.filter((f) => f !== 'OutputArguments') : JOB_FIELDS;
  const answer = await client.request(
    {
      path: '/odata/Jobs',
      folderId,
      query: { $filter: `Id in (${jobIds.join(',')})`, $top: jobIds.length, $select: fields.join(',') },
      maxRetries: options.maxRetries,
    },
    collectionOf(jobDtoSchema),
  );
  return answer.value;
}

export async function stopJobs(
  client: OrchestratorClient,
  folderId: number,
  folderPath: string,
  jobIds: number[],
  strategy: 'SoftStop' | 'Kill',
): Promise<void> {
  // StopJobs' body is camelCase, unlike StartJobs (reference/orchestrator-api.md §6.4).
  await client.request(
    {
      method: 'POST',
      path: `/odata/Jobs/${NS}.StopJobs`,
      folderId,
      body: { jobIds, strategy },
      // Stopping twice is harmless: safe to retry.
      isIdempotent: true,
      context: { permission: 'Jobs.Edit', folderPath },
    },
    z.unknown(),
  );
}

import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { listAll } from './odata-paging';
import { isOrchestratorCallError } from './http-errors';
import type { OrchestratorClient } from './orchestrator-client';
import {
  collectionSchema,
  folderDtoSchema,
  idRowSchema,
  jobDtoSchema,
  releaseDtoSchema,
  type FolderDto,
  type JobDto,
  type ReleaseDto,
} from './schemas';

const NS = 'UiPath.Server.Configuration.OData';

// Only the fields the catalog uses. Servers before cross-folder listing (19.10, 20.4) lack the newer ones
// and refuse a $select that names them, so the per-folder pass asks for the old set.
const RELEASE_FIELDS_LEGACY = [
  'Id',
  'Key',
  'Name',
  'ProcessKey',
  'ProcessVersion',
  'Description',
  'InputArguments',
  'Arguments',
  'IsProcessDeleted',
];
const RELEASE_FIELDS_CURRENT = [
  ...RELEASE_FIELDS_LEGACY,
  'OrganizationUnitId',
  'OrganizationUnitFullyQualifiedName',
  'HiddenForAttendedUser',
  'RequiresUserInteraction',
  'IsAttended',
];
const FOLDER_FIELDS = ['Id', 'DisplayName', 'FullyQualifiedName'];
const JOB_FIELDS = ['Id', 'Key', 'State', 'Info', 'StartTime', 'EndTime', 'CreationTime', 'OutputArguments'];

/** Orchestrator's answer when a listing needs a folder: servers without cross-folder listing (400, errorCode 1101). */
export function isFolderRequired(error: unknown): boolean {
  return isOrchestratorCallError(error) && error.status === 400 && error.errorCode === 1101;
}

/** 19.10 knows no `ModernJobsCount`; it answers 400 naming the Strategy. */
export function isStrategyRefused(error: unknown): boolean {
  return isOrchestratorCallError(error) && error.status === 400 && /strategy/i.test(error.message);
}

export function listFolders(client: OrchestratorClient): Promise<FolderDto[]> {
  return listAll(client, { path: '/odata/Folders', query: { $select: FOLDER_FIELDS.join(',') } }, folderDtoSchema);
}

/**
 * Every release the person may see, across folders, in one listing (current servers). `map`, if
 * given, turns each validated row into what the caller keeps as its page arrives, so that work
 * overlaps with the pages still on the way instead of following the last one.
 */
export function listReleasesAcrossFolders(client: OrchestratorClient): Promise<ReleaseDto[]>;
export function listReleasesAcrossFolders<T>(client: OrchestratorClient, map: (release: ReleaseDto) => T): Promise<T[]>;
export function listReleasesAcrossFolders<T>(client: OrchestratorClient, map?: (release: ReleaseDto) => T): Promise<(T | ReleaseDto)[]> {
  const request = { path: '/odata/Releases', query: { $select: RELEASE_FIELDS_CURRENT.join(',') } };
  return map ? listAll(client, request, releaseDtoSchema.transform(map)) : listAll(client, request, releaseDtoSchema);
}

/** The lean second pass: ids of releases in folders where the person holds Jobs.Create. */
export async function listRunnableReleaseIds(client: OrchestratorClient): Promise<Set<number>> {
  const rows = await listAll(
    client,
    { path: '/odata/Releases', query: { $select: 'Id', mandatoryPermissions: 'Jobs.Create' } },
    idRowSchema,
  );
  return new Set(rows.map((r) => r.Id));
}

export function listReleasesInFolder(client: OrchestratorClient, folderId: number, folderPath: string): Promise<ReleaseDto[]> {
  return listAll(
    client,
    {
      path: '/odata/Releases',
      folderId,
      query: { $select: RELEASE_FIELDS_LEGACY.join(',') },
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
  reference: string;
  strategy: 'ModernJobsCount' | 'JobsCount';
}

/** StartJobs, once: never retried here, because a retry of an ambiguous failure could start a second job. */
export async function startJob(client: OrchestratorClient, request: StartJobRequest): Promise<JobDto> {
  const startInfo = {
    ReleaseKey: request.releaseKey,
    Strategy: request.strategy,
    JobsCount: 1,
    Source: 'Manual',
    // Orchestrator takes the arguments as a JSON object serialized into a string.
    InputArguments: JSON.stringify(request.inputArguments),
    Reference: request.reference,
  };
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
    collectionSchema(jobDtoSchema),
  );
  const job = answer.value[0];
  if (!job)
    throw new BatonError('INTERNAL', 'Orchestrator accepted the start but returned no job.', {
      hint: 'Look for the job in Orchestrator before starting again.',
    });
  return job;
}

/** The job a StartJobs with this Reference created, if any (for ambiguous failures). */
export async function findJobByReference(client: OrchestratorClient, folderId: number, reference: string): Promise<JobDto | undefined> {
  const answer = await client.request(
    {
      path: '/odata/Jobs',
      folderId,
      query: { $filter: `Reference eq '${reference.replace(/'/g, "''")}'`, $top: 1, $select: JOB_FIELDS.join(',') },
    },
    collectionSchema(jobDtoSchema),
  );
  return answer.value[0];
}

export function getJob(client: OrchestratorClient, folderId: number, jobId: number): Promise<JobDto> {
  return client.request({ path: `/odata/Jobs(${jobId})`, folderId, query: { $select: JOB_FIELDS.join(',') } }, jobDtoSchema);
}

/** Many jobs of one folder in one list request (counts against Cloud's 100 list requests/min). */
export async function getJobs(client: OrchestratorClient, folderId: number, jobIds: number[]): Promise<JobDto[]> {
  const answer = await client.request(
    {
      path: '/odata/Jobs',
      folderId,
      query: { $filter: `Id in (${jobIds.join(',')})`, $top: jobIds.length, $select: JOB_FIELDS.join(',') },
    },
    collectionSchema(jobDtoSchema),
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

import { z } from 'zod';
import type { ApiDialect, OrchestratorClient } from '../orchestrator';

// Lenient on purpose, as the orchestrator domain's schemas: versions add and drop fields (§2.2).
const text = z.string().nullish();
export const listedJobSchema = z
  .object({
    Id: z.number(),
    Key: text,
    State: z.string(),
    Info: text,
    StartTime: text,
    EndTime: text,
    CreationTime: text,
    Source: text,
    SourceType: text,
    StartingScheduleId: z.number().nullish(),
    StartingTriggerId: text,
    ReleaseName: text,
    HostMachineName: text,
    OrganizationUnitId: z.number().nullish(),
    OrganizationUnitFullyQualifiedName: text,
    Reference: text,
  })
  .loose();
export type ListedJob = z.infer<typeof listedJobSchema>;
const listedJobsSchema = z.object({ '@odata.count': z.number().optional(), value: z.array(listedJobSchema) }).loose();

/**
 * `$select` of a job listing by the lowest API version a row applies from (reference
 * orchestrator-versions.md §2.2): an unknown property is a 400 (§2.7). Servers without a number
 * (19.10, 20.4) take the first row.
 */
const JOB_LIST_FIELDS: ReadonlyArray<{ fromApiVersion: number; fields: readonly string[] }> = [
  {
    fromApiVersion: 0,
    fields: [
      'Id',
      'Key',
      'State',
      'Info',
      'StartTime',
      'EndTime',
      'CreationTime',
      'Source',
      'SourceType',
      'StartingScheduleId',
      'ReleaseName',
      'HostMachineName',
    ],
  },
  { fromApiVersion: 11, fields: ['OrganizationUnitId', 'OrganizationUnitFullyQualifiedName', 'Reference'] },
  { fromApiVersion: 17, fields: ['StartingTriggerId'] },
];

export function jobListFields(dialect: ApiDialect): string[] {
  const version = dialect.apiVersion ?? 0;
  return JOB_LIST_FIELDS.filter((row) => row.fromApiVersion <= version).flatMap((row) => [...row.fields]);
}

export interface JobListQuery {
  /** Orchestrator state names, any of them (`or`: `in` on 20.10 and older is not established, §3.4). */
  states?: readonly string[];
  /** Only jobs created at or after this instant. */
  createdAfter?: Date;
  /** A folder header; none: across folders (20.10+, §3.3). */
  folderId?: number;
  folderPath?: string;
  top: number;
  skip: number;
}

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function jobListFilter(query: Pick<JobListQuery, 'states' | 'createdAfter'>): string | undefined {
  const parts: string[] = [];
  if (query.states && query.states.length > 0) parts.push(`(${query.states.map((s) => `State eq ${quote(s)}`).join(' or ')})`);
  if (query.createdAfter) parts.push(`CreationTime ge ${query.createdAfter.toISOString()}`);
  return parts.length === 0 ? undefined : parts.join(' and ');
}

/**
 * One page of jobs, newest first, with the count where the server gives it. A filtered
 * `GET /odata/Jobs` is what Cloud limits to 100 a minute per tenant (§6), so this asks once and
 * retries a refusal at most once (after its Retry-After).
 */
export async function listJobsPage(client: OrchestratorClient, query: JobListQuery): Promise<{ jobs: ListedJob[]; total?: number }> {
  const dialect = await client.dialect();
  const answer = await client.request(
    {
      path: '/odata/Jobs',
      folderId: query.folderId,
      query: {
        $select: jobListFields(dialect).join(','),
        $filter: jobListFilter(query),
        $orderby: 'CreationTime desc',
        $top: query.top,
        $skip: query.skip === 0 ? undefined : query.skip,
        $count: true,
      },
      maxRetries: 1,
      context: { permission: 'Jobs.View', folderPath: query.folderPath },
    },
    listedJobsSchema,
  );
  return { jobs: answer.value, total: answer['@odata.count'] };
}

/** One job with the listing's fields (`Jobs({id})` is not among Cloud's limited calls, §6). */
export async function getListedJob(client: OrchestratorClient, folderId: number, jobId: number, folderPath?: string): Promise<ListedJob> {
  const dialect = await client.dialect();
  return client.request(
    {
      path: `/odata/Jobs(${jobId})`,
      folderId,
      query: { $select: jobListFields(dialect).join(',') },
      context: { permission: 'Jobs.View', folderPath },
    },
    listedJobSchema,
  );
}

import { z } from 'zod';
import type { OrchestratorClient } from '../orchestrator';

const NS = 'UiPath.Server.Configuration.OData';

/**
 * ResumeJob sends a suspended job on: `{"jobKey": guid}` in every version since 19.10
 * (reference/orchestrator-versions.md §3.4, §3.1); it needs Jobs.Edit in the job's folder.
 */
export async function resumeJob(client: OrchestratorClient, job: { folderId: number; folderPath: string; jobKey: string }): Promise<void> {
  await client.request(
    {
      method: 'POST',
      path: `/odata/Jobs/${NS}.ResumeJob`,
      folderId: job.folderId,
      body: { jobKey: job.jobKey },
      // Resuming a job that is no longer suspended is refused, never done twice: safe to retry.
      isIdempotent: true,
      context: { permission: 'Jobs.Edit', folderPath: job.folderPath },
    },
    z.unknown(),
  );
}

// LogDto (§2.5): these four exist in every version. `Id` is always 0 (§3.5), so it is not asked for.
const LOG_FIELDS = ['Level', 'TimeStamp', 'Message', 'RawMessage'];

export const robotLogRowSchema = z
  .object({
    Level: z.string().nullish(),
    TimeStamp: z.string(),
    Message: z.string().nullish(),
    RawMessage: z.string().nullish(),
  })
  .loose();
export type RobotLogRow = z.infer<typeof robotLogRowSchema>;

const pageSchema = z.object({ value: z.array(robotLogRowSchema) }).loose();

/**
 * One page of a job's robot logs, oldest first, from `since` (a TimeStamp as the server wrote it)
 * on, skipping the first `skip` lines at or after it. `JobKey` is an Edm.Guid: unquoted in the
 * filter (§3.5). Needs OR.Monitoring(.Read) and Logs.View (§4).
 */
export async function readRobotLogs(
  client: OrchestratorClient,
  query: { folderId: number; folderPath: string; jobKey: string; since?: string; skip: number; top: number },
): Promise<RobotLogRow[]> {
  const filters = [`JobKey eq ${query.jobKey}`];
  if (query.since) filters.push(`TimeStamp ge ${query.since}`);
  const page = await client.request(
    {
      path: '/odata/RobotLogs',
      folderId: query.folderId,
      query: {
        $filter: filters.join(' and '),
        $orderby: 'TimeStamp asc',
        $select: LOG_FIELDS.join(','),
        $top: String(query.top),
        ...(query.skip > 0 ? { $skip: String(query.skip) } : {}),
      },
      context: { permission: 'Logs.View', folderPath: query.folderPath },
    },
    pageSchema,
  );
  return page.value;
}

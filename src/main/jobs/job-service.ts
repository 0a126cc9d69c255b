import { randomUUID } from 'node:crypto';
import type { Catalog } from '../../shared/contract/catalog';
import type { Job, JobPage, JobPeriod, JobState } from '../../shared/contract/jobs';
import type { Run } from '../../shared/contract/runs';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Clock } from '../platform';
import { stopJobs, type ClientPool, type ConnectionSource, type JobDto, type OrchestratorClient } from '../orchestrator';
import { applyJob, resumeJob } from '../runs';
import { getListedJob, listJobsPage, type ListedJob } from './job-listing';
import { orchestratorStatesOf, toJob, type BatonRuns } from './job-row';
import { createListPacer } from './list-pacer';

export interface JobService {
  list(params: ListParams): Promise<JobPage>;
  stop(params: { folderId: number; jobId: number; mode: 'soft' | 'kill' }): Promise<Job>;
  resume(params: { folderId: number; jobId: number }): Promise<Job>;
  follow(params: { folderId: number; jobId: number }): Promise<Run>;
}

export interface ListParams {
  states?: JobState[];
  folderId?: number;
  period: JobPeriod;
  limit: number;
  cursor?: string;
}

export interface JobServiceDeps {
  connections: ConnectionSource;
  clients: ClientPool;
  /** Folders (and processes, for Follow); `refresh` where nothing is known yet (a fresh `baton` process on 19.10). */
  catalog: { get(): Promise<Catalog>; refresh(): Promise<Catalog> };
  /** The run service: Baton's own runs (to mark them) and `adopt` (Follow). */
  runs: { list(params?: { limit?: number }): Promise<Run[]>; adopt(run: Run): Run };
  clock: Clock;
  /** Refuses at once while Orchestrator is unreachable (src/main/connectivity's gate fits). */
  remoteGate?: { refusal(apiBaseUrl: string): BatonError | undefined };
  /** Job listings this view may send per minute and profile (default LIST_BUDGET_PER_MINUTE). */
  listsPerMinute?: number;
  newId?: () => string;
}

/**
 * A third of Automation Cloud's 100 filtered job listings a minute per tenant (orchestrator-versions.md
 * §6): the tenant's other clients, and Baton's own run polling, share the rest.
 */
export const LIST_BUDGET_PER_MINUTE = 30;
/** The same question asked again this soon is answered from the last answer, without a request. */
const REUSE_MS = 5_000;
const PERIOD_MS: Record<JobPeriod, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 };

export function createJobService(deps: JobServiceDeps): JobService {
  const { clock } = deps;
  const newId = deps.newId ?? (() => randomUUID());
  const pacer = createListPacer({ clock, perMinute: deps.listsPerMinute ?? LIST_BUDGET_PER_MINUTE });
  const answers = new Map<string, { at: number; page: JobPage }>();

  const requireClient = (): { client: OrchestratorClient; profileId: string } => {
    const active = deps.connections.active();
    const refusal = active ? deps.remoteGate?.refusal(active.connection.apiBaseUrl) : undefined;
    if (refusal) throw refusal;
    const client = deps.clients.active();
    if (!active || !client) throw BatonError.said('AUTH_REQUIRED', said('errors.signInFirst'), { hint: said('errors.signInFirstHint') });
    return { client, profileId: active.connection.profileId };
  };

  const batonRunsOf = async (): Promise<BatonRuns> => {
    const runs = await deps.runs.list();
    // Baton's own start gives every remote run the reference `baton-<run id>` (sent from 20.10 on).
    return new Map(
      runs.flatMap((run) =>
        run.target === 'remote' && typeof run.jobId === 'number'
          ? [[run.jobId, { runId: run.id, isStartedByBaton: run.reference === `baton-${run.id}` }] as const]
          : [],
      ),
    );
  };

  const folderPathOf = (catalog: Catalog, folderId: number): string | undefined => catalog.folders.find((f) => f.id === folderId)?.path;

  /** 19.10 and 20.4 list jobs only per folder (§3.3): each folder's newest, merged. */
  async function listPerFolder(client: OrchestratorClient, catalog: Catalog, query: Parameters<typeof listJobsPage>[1]) {
    const pages = await Promise.all(
      catalog.folders.map(async (folder) => {
        try {
          const page = await listJobsPage(client, {
            ...query,
            folderId: folder.id,
            folderPath: folder.path,
            skip: 0,
            top: query.skip + query.top,
          });
          return page.jobs.map((job) => ({ job, folder: { id: folder.id, path: folder.path } }));
        } catch (error) {
          // A folder without Jobs.View is simply not the person's to see.
          if (error instanceof BatonError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) return [];
          throw error;
        }
      }),
    );
    const all = pages.flat().sort((a, b) => (b.job.CreationTime ?? '').localeCompare(a.job.CreationTime ?? ''));
    return { rows: all.slice(query.skip, query.skip + query.top), total: all.length };
  }

  return {
    async list(params) {
      const { client, profileId } = requireClient();
      const batonRuns = await batonRunsOf();
      // A run Baton started or followed since is news the last answer lacks.
      const key = JSON.stringify([profileId, params, [...batonRuns.keys()]]);
      const known = answers.get(key);
      if (known && clock.now() - known.at < REUSE_MS) return known.page;
      const [catalog, dialect] = await Promise.all([deps.catalog.get(), client.dialect()]);
      pacer.take(profileId);
      const skip = Number(params.cursor ?? 0);
      const query = {
        states: params.states ? orchestratorStatesOf(params.states) : undefined,
        createdAfter: new Date(clock.now() - PERIOD_MS[params.period]),
        // One more than asked: whether a next page exists without a second request.
        top: params.limit + 1,
        skip,
      };
      let rows: Array<{ job: ListedJob; folder: { id: number; path: string } }>;
      let total: number | undefined;
      if (params.folderId !== undefined || dialect.hasCrossFolderListing) {
        const folderPath = params.folderId === undefined ? undefined : folderPathOf(catalog, params.folderId);
        const page = await listJobsPage(client, { ...query, folderId: params.folderId, folderPath });
        rows = page.jobs.map((job) => ({ job, folder: { id: params.folderId ?? job.OrganizationUnitId ?? 0, path: folderPath ?? '' } }));
        total = page.total;
      } else {
        // Per folder needs the folders: a catalog that has none yet is asked for them first.
        const known = catalog.folders.length > 0 ? catalog : await deps.catalog.refresh();
        ({ rows, total } = await listPerFolder(client, known, query));
      }
      const jobs = rows.slice(0, params.limit).map(({ job, folder }) => toJob(job, folder, batonRuns));
      const page: JobPage = {
        jobs,
        nextCursor: rows.length > params.limit ? String(skip + params.limit) : null,
        ...(total === undefined ? {} : { total }),
        listedAt: new Date(clock.now()).toISOString(),
      };
      answers.clear();
      answers.set(key, { at: clock.now(), page });
      return page;
    },

    async stop({ folderId, jobId, mode }) {
      const { client } = requireClient();
      const catalog = await deps.catalog.get();
      // Read first: it names the folder for a refusal and says whether there is anything to stop.
      const before = await getListedJob(client, folderId, jobId, folderPathOf(catalog, folderId));
      const folder = { id: folderId, path: before.OrganizationUnitFullyQualifiedName ?? folderPathOf(catalog, folderId) ?? '' };
      const batonRuns = await batonRunsOf();
      if (['Successful', 'Faulted', 'Stopped'].includes(before.State)) return toJob(before, folder, batonRuns);
      await stopJobs(client, folderId, folder.path, [jobId], mode === 'kill' ? 'Kill' : 'SoftStop');
      answers.clear();
      return toJob(await getListedJob(client, folderId, jobId, folder.path), folder, batonRuns);
    },

    async resume({ folderId, jobId }) {
      const { client } = requireClient();
      const catalog = await deps.catalog.get();
      const before = await getListedJob(client, folderId, jobId, folderPathOf(catalog, folderId));
      const folder = { id: folderId, path: before.OrganizationUnitFullyQualifiedName ?? folderPathOf(catalog, folderId) ?? '' };
      const batonRuns = await batonRunsOf();
      if (before.State !== 'Suspended' || !before.Key) {
        const job = toJob(before, folder, batonRuns);
        throw BatonError.said('CONFLICT', said('serviceErrors.jobNotSuspended', { name: job.processName, state: job.state }), {
          hint: said('serviceErrors.jobNotSuspendedHint'),
        });
      }
      // ResumeJob takes the job's key (every version, orchestrator-versions.md §3.4).
      await resumeJob(client, { folderId, folderPath: folder.path, jobKey: before.Key });
      answers.clear();
      return toJob(await getListedJob(client, folderId, jobId, folder.path), folder, batonRuns);
    },

    async follow({ folderId, jobId }) {
      const { client, profileId } = requireClient();
      const catalog = await deps.catalog.get();
      const job = await getListedJob(client, folderId, jobId, folderPathOf(catalog, folderId));
      const folderPath = job.OrganizationUnitFullyQualifiedName ?? folderPathOf(catalog, folderId) ?? '';
      // The catalog's entry, so "Run again" works; a process the person cannot list keeps the folder only.
      const process = catalog.processes.find((p) => p.folderId === folderId && p.name === job.ReleaseName);
      const createdAt = job.CreationTime ? new Date(Date.parse(job.CreationTime)).toISOString() : new Date(clock.now()).toISOString();
      const run = applyJob(
        {
          id: newId(),
          target: 'remote',
          profileId,
          processId: process?.id ?? `${folderId}:`,
          processName: job.ReleaseName ?? `Job ${jobId}`,
          folderId,
          folderPath,
          inputArguments: {},
          state: 'pending',
          createdAt,
          jobId,
          ...(job.Reference ? { reference: job.Reference } : {}),
        },
        job as JobDto,
      );
      answers.clear();
      return deps.runs.adopt(run);
    },
  };
}

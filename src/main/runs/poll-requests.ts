import type { Clock, Logger } from '../platform';
import { getJob, getJobs, type ClientPool, type JobDto, type OrchestratorClient } from '../orchestrator';
import type { TenantBudget } from './poll-budget';
import { isFinal, retryAfterOf, statusOf, type FollowedJob, type JobUpdateSource, type Listable } from './poll-pace';

/** A job the poller follows, with where it stands. */
export interface PolledJob extends FollowedJob, Listable {
  since: number;
  dueAt: number;
  failures: number;
  isInFlight: boolean;
  /** When Orchestrator last told Baton about this job. */
  seenAt: number;
  /** The furthest state seen (see stateRank): an update behind it is stale. */
  rank: number;
}

/** What the poller's requests report back to it. */
export interface PollRequestsContext {
  clock: Clock;
  clients: ClientPool;
  logger?: Logger;
  /** Single reads a minute for one tenant (what the listings leave of the request budget). */
  singleBudget: number;
  apply(entry: PolledJob, job: JobDto, source?: JobUpdateSource): boolean;
  succeeded(entry: PolledJob, tenant: string | undefined): void;
  failed(entry: PolledJob, error: unknown, tenant: string | undefined): void;
}

/** The poller's three requests: one job, a listing of many, and the read of a finished job for its outputs. */
export function createPollRequests(ctx: PollRequestsContext) {
  const { clock, apply, succeeded, failed, singleBudget } = ctx;
  /** A 429 from anything: every request to the tenant waits; nobody's run is given up. */
  const tooMany = (budget: TenantBudget, error: unknown, group: PolledJob[]): void => {
    budget.refused(retryAfterOf(error));
    ctx.logger?.warn('Orchestrator is limiting requests: polling waits', { waitMs: budget.pausedUntil() - clock.now() });
    for (const e of group) e.dueAt = budget.pausedUntil();
  };

  const readOne = async (client: OrchestratorClient, budget: TenantBudget, tenant: string, entry: PolledJob): Promise<void> => {
    entry.isInFlight = true;
    try {
      const job = await getJob(client, entry.folderId, entry.jobId, { maxRetries: 0 });
      succeeded(entry, tenant);
      apply(entry, job);
    } catch (error) {
      if (statusOf(error) === 429) tooMany(budget, error, [entry]);
      else failed(entry, error, tenant);
    } finally {
      entry.isInFlight = false;
    }
  };

  /** One listing for `group` (all in one folder, or across folders when `folderId` is undefined). */
  const list = async (
    client: OrchestratorClient,
    budget: TenantBudget,
    tenant: string,
    folderId: number | undefined,
    group: PolledJob[],
  ): Promise<void> => {
    budget.listed();
    group.forEach((e) => (e.isInFlight = true));
    try {
      const jobs = await getJobs(
        client,
        folderId,
        group.map((e) => e.jobId),
        { maxRetries: 0, withOutputs: false },
      );
      const byId = new Map(jobs.map((j) => [j.Id, j]));
      const finals: [PolledJob, JobDto][] = [];
      for (const e of group) {
        const job = byId.get(e.jobId);
        // A job missing from the list (moved, or not visible across folders) is asked for on its own.
        if (!job) e.dueAt = clock.now();
        else if (isFinal(job)) finals.push([e, job]);
        else {
          e.failures = 0;
          apply(e, job);
        }
      }
      // The outputs are left out of lists: one `Jobs(id)` read at the end brings them, out of the single reads' share.
      budget.nextSingleAt = Math.max(budget.nextSingleAt, clock.now()) + (finals.length * 60_000) / singleBudget;
      await Promise.all(finals.map(([e, listed]) => finalRead(e, listed)));
    } catch (error) {
      const status = statusOf(error);
      if (status === 429) tooMany(budget, error, group);
      else if (status === 400) {
        // A server that refuses this filter (older versions may not know `in`, reference §3.4) gets single reads.
        budget.refusedLists.add(folderId === undefined ? '*' : String(folderId));
        ctx.logger?.warn('Orchestrator refused a job listing: reading jobs one by one', { folderId: folderId ?? 'all' });
        group.forEach((e) => (e.dueAt = clock.now()));
      } else group.forEach((e) => failed(e, error, tenant));
    } finally {
      group.forEach((e) => (e.isInFlight = false));
    }
  };

  /** A final state without outputs: read once more for them (the pushed or listed job if that fails). */
  const finalRead = async (entry: PolledJob, seen: JobDto, source: JobUpdateSource = 'polling'): Promise<void> => {
    const client = ctx.clients.forProfile(entry.profileId);
    let job = seen;
    entry.isInFlight = true;
    try {
      if (client) job = await getJob(client, entry.folderId, entry.jobId, { maxRetries: 0 });
    } catch (error) {
      ctx.logger?.debug('Reading a finished job for its outputs failed', { error: String(error) });
    } finally {
      entry.isInFlight = false;
    }
    apply(entry, job, source);
  };

  return { readOne, list, finalRead };
}

import type { Clock, Logger } from '../platform';
import { getJob, getJobs, type ClientPool, type JobDto } from '../orchestrator';

export interface FollowedJob {
  runId: string;
  profileId: string;
  folderId: number;
  jobId: number;
}

export interface JobPoller {
  follow(job: FollowedJob): void;
  unfollow(runId: string): void;
  /** Asks again right away (after a stop, say), then carries on at the usual pace. */
  pollSoon(runId: string): void;
  dispose(): void;
}

/** How long to wait before asking again about a job followed for `ageMs`: quick while it is young, calmer for long runs. */
export function pollInterval(ageMs: number): number {
  // The budget is a state change seen within 1.5 s at p95 (DESIGN.md §8), at any age: a long run
  // backs off only as far as that allows. Single-job reads are not rate-limited in Cloud; job
  // listings (many runs at once) stay under listRequestsPerMinute.
  if (ageMs < 60_000) return 1_000;
  if (ageMs < 5 * 60_000) return 1_200;
  return 1_400;
}

const PAUSED_RECHECK_MS = 5_000;

interface Entry extends FollowedJob {
  since: number;
  dueAt: number;
  failures: number;
}

/**
 * Follows Orchestrator jobs by polling: one timer for all of them; jobs due together in one
 * folder are asked for with one `$filter=Id in (…)` list request, and single jobs with
 * `Jobs(id)`. Cloud allows 100 job list requests per minute per tenant (reference §7.4), so list
 * requests stay within `listRequestsPerMinute`, falling back to `Jobs(id)` calls past it.
 */
export function createJobPoller(deps: {
  clients: ClientPool;
  clock: Clock;
  logger?: Logger;
  listRequestsPerMinute?: number;
  /** True while this Orchestrator is known to be unreachable: its jobs wait (no request) until it is back. */
  isPaused?(apiBaseUrl: string): boolean;
  onJob(runId: string, job: JobDto): void;
  /** A poll failed; return 'stop' to stop following the job. */
  onError(runId: string, error: unknown): 'retry' | 'stop';
}): JobPoller {
  const { clock } = deps;
  const budget = deps.listRequestsPerMinute ?? 90;
  const entries = new Map<string, Entry>();
  const listRequestTimes: number[] = [];
  let cancelTimer: (() => void) | undefined;
  let timerAt = Infinity;
  let isTicking = false;
  let isDisposed = false;

  const schedule = (): void => {
    if (isDisposed || isTicking) return;
    let next = Infinity;
    for (const e of entries.values()) next = Math.min(next, e.dueAt);
    if (next === timerAt) return;
    cancelTimer?.();
    cancelTimer = undefined;
    timerAt = next;
    if (next === Infinity) return;
    cancelTimer = clock.setTimeout(
      () => {
        cancelTimer = undefined;
        timerAt = Infinity;
        void tick();
      },
      Math.max(0, next - clock.now()),
    );
  };

  const mayList = (): boolean => {
    const now = clock.now();
    while (listRequestTimes.length > 0 && listRequestTimes[0]! <= now - 60_000) listRequestTimes.shift();
    return listRequestTimes.length < budget;
  };

  const settle = (entry: Entry, outcome: { job?: JobDto; error?: unknown }): void => {
    if (!entries.has(entry.runId)) return;
    const now = clock.now();
    if (outcome.job) {
      entry.failures = 0;
      entry.dueAt = now + pollInterval(now - entry.since);
      deps.onJob(entry.runId, outcome.job);
      return;
    }
    entry.failures += 1;
    if (deps.onError(entry.runId, outcome.error) === 'stop') {
      entries.delete(entry.runId);
      return;
    }
    entry.dueAt = now + Math.min(60_000, pollInterval(now - entry.since) * 2 ** entry.failures);
  };

  const pollGroup = async (group: Entry[]): Promise<void> => {
    const first = group[0]!;
    const client = deps.clients.forProfile(first.profileId);
    if (!client) {
      group.forEach((e) => settle(e, { error: new Error('no connection') }));
      return;
    }
    if (deps.isPaused?.(client.connection.apiBaseUrl)) {
      // Asking an unreachable server only adds failures; the run service catches up when it is back.
      group.forEach((e) => (e.dueAt = clock.now() + PAUSED_RECHECK_MS));
      return;
    }
    if (group.length > 1 && mayList()) {
      listRequestTimes.push(clock.now());
      try {
        const jobs = await getJobs(
          client,
          first.folderId,
          group.map((e) => e.jobId),
        );
        const byId = new Map(jobs.map((j) => [j.Id, j]));
        // A job missing from the list is asked for on its own next time.
        group.forEach((e) => (byId.has(e.jobId) ? settle(e, { job: byId.get(e.jobId) }) : settle(e, { error: undefined })));
      } catch (error) {
        group.forEach((e) => settle(e, { error }));
      }
      return;
    }
    await Promise.all(
      group.map(async (e) => {
        try {
          settle(e, { job: await getJob(client, e.folderId, e.jobId) });
        } catch (error) {
          settle(e, { error });
        }
      }),
    );
  };

  const tick = async (): Promise<void> => {
    if (isDisposed) return;
    isTicking = true;
    try {
      const now = clock.now();
      const groups = new Map<string, Entry[]>();
      for (const e of entries.values()) {
        if (e.dueAt > now) continue;
        const key = `${e.profileId}|${e.folderId}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
      }
      await Promise.all([...groups.values()].map((g) => pollGroup(g)));
    } catch (error) {
      deps.logger?.warn('Polling jobs failed', { error: String(error) });
    } finally {
      isTicking = false;
      schedule();
    }
  };

  return {
    follow(job) {
      const now = clock.now();
      entries.set(job.runId, { ...job, since: now, dueAt: now + pollInterval(0), failures: 0 });
      schedule();
    },
    unfollow(runId) {
      entries.delete(runId);
      schedule();
    },
    pollSoon(runId) {
      const e = entries.get(runId);
      if (!e) return;
      e.dueAt = clock.now();
      schedule();
    },
    dispose() {
      isDisposed = true;
      cancelTimer?.();
      entries.clear();
    },
  };
}

import type { Clock, Logger } from '../platform';
import type { ClientPool, JobDto, OrchestratorClient } from '../orchestrator';
import { createTenantBudget, type TenantBudget } from './poll-budget';
import { createPollRequests, type PolledJob } from './poll-requests';
import {
  DEFAULT_FEW_RUNS,
  DEFAULT_LIST_REQUESTS_PER_MINUTE,
  DEFAULT_REQUESTS_PER_MINUTE,
  FINAL_RANK,
  isFinal,
  MIN_STEP_MS,
  PAUSED_RECHECK_MS,
  pollInterval,
  RECONCILE_MS,
  rankOf,
  sweepOf,
  type FollowedJob,
  type JobUpdateSource,
} from './poll-pace';

export { pollInterval, RECONCILE_MS, type FollowedJob, type JobUpdateSource } from './poll-pace';

export interface JobPoller {
  follow(job: FollowedJob): void;
  unfollow(runId: string): void;
  /** Asks again right away (after a stop, say), then carries on at the usual pace. */
  pollSoon(runId: string): void;
  /**
   * A job update Orchestrator pushed (a webhook): applied to every followed run of that profile
   * and job exactly as a polled one; one older than what the run has seen is ignored.
   */
  push(profileId: string, job: JobDto): void;
  /** Webhooks deliver for this profile: polling slows to the reconciliation pass (and speeds up again when they stop). */
  setPushActive(profileId: string, isActive: boolean): void;
  dispose(): void;
}

/**
 * Follows Orchestrator jobs by polling, as the safety net under webhooks (docs/runs.md, "How
 * often Baton asks"). Per tenant: up to `fewRuns` runs are each read with `Jobs(id)` (not
 * rate-limited in Cloud) at the quick pace; past that, listings (`Id in (…)`, across folders where
 * the version has it, else one per folder) sweep them under `listRequestsPerMinute` while single
 * reads share what is left of `requestsPerMinute`. A 429 pauses every request to that tenant for
 * its Retry-After; a 400 to a list turns that list into single reads. A final state seen in a list
 * is read once more with `Jobs(id)` for its outputs. With webhooks working for a profile, its runs
 * are only reconciled every 30 s.
 */
export function createJobPoller(deps: {
  clients: ClientPool;
  clock: Clock;
  logger?: Logger;
  listRequestsPerMinute?: number;
  requestsPerMinute?: number;
  fewRuns?: number;
  /** True while this Orchestrator is known to be unreachable: its jobs wait (no request) until it is back. */
  isPaused?(apiBaseUrl: string): boolean;
  /** A state of the job, read by polling or pushed by a webhook (`source`). */
  onJob(runId: string, job: JobDto, source: JobUpdateSource): void;
  /** A poll failed; return 'stop' to stop following the job. */
  onError(runId: string, error: unknown): 'retry' | 'stop';
}): JobPoller {
  const { clock } = deps;
  const listBudget = deps.listRequestsPerMinute ?? DEFAULT_LIST_REQUESTS_PER_MINUTE;
  const singleBudget = Math.max(1, (deps.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE) - listBudget);
  const fewRuns = deps.fewRuns ?? DEFAULT_FEW_RUNS;
  const entries = new Map<string, PolledJob>();
  const budgets = new Map<string, TenantBudget>();
  const pushActive = new Set<string>();
  /** Tenants with many runs are paced as a whole: when each next needs the timer. */
  const tenantWake = new Map<string, number>();
  let cancelTimer: (() => void) | undefined;
  let timerAt = Infinity;
  let isDisposed = false;

  const tenantOf = (client: OrchestratorClient): string => client.connection.apiBaseUrl.replace(/\/+$/, '').toLowerCase();
  const budgetFor = (tenant: string): TenantBudget => {
    let budget = budgets.get(tenant);
    if (!budget) budgets.set(tenant, (budget = createTenantBudget(clock, listBudget)));
    return budget;
  };

  /** The runs polled (not reconciled) in this entry's tenant: past `fewRuns`, single reads share the budget. */
  const intervalFor = (entry: PolledJob, tenant: string | undefined): number => {
    if (pushActive.has(entry.profileId)) return RECONCILE_MS;
    const quick = pollInterval(clock.now() - entry.since);
    if (tenant === undefined) return quick;
    const polled = [...entries.values()].filter((e) => !pushActive.has(e.profileId) && tenantKeyOf(e) === tenant).length;
    return polled <= fewRuns ? quick : Math.max(quick, (polled * 60_000) / singleBudget);
  };
  const tenantKeyOf = (entry: PolledJob): string | undefined => {
    const client = deps.clients.forProfile(entry.profileId);
    return client ? tenantOf(client) : undefined;
  };

  const schedule = (): void => {
    if (isDisposed) return;
    let next = Infinity;
    for (const e of entries.values()) if (!e.isInFlight) next = Math.min(next, e.dueAt);
    for (const at of tenantWake.values()) next = Math.min(next, at);
    if (next === timerAt) return;
    cancelTimer?.();
    cancelTimer = undefined;
    timerAt = next;
    if (next === Infinity) return;
    cancelTimer = clock.setTimeout(
      () => {
        cancelTimer = undefined;
        timerAt = Infinity;
        tick();
      },
      Math.max(0, next - clock.now()),
    );
  };

  /** Hands `job` to the run unless the run has seen it further along; true if applied. */
  const apply = (entry: PolledJob, job: JobDto, source: JobUpdateSource = 'polling'): boolean => {
    if (!entries.has(entry.runId)) return false;
    const rank = rankOf(job.State);
    // Behind what the run has seen, or after its end (a late copy of the final state): nothing new.
    if (rank < entry.rank || entry.rank === FINAL_RANK) return false;
    entry.rank = rank;
    entry.seenAt = clock.now();
    deps.onJob(entry.runId, job, source);
    return true;
  };

  const succeeded = (entry: PolledJob, tenant: string | undefined): void => {
    entry.failures = 0;
    entry.dueAt = clock.now() + intervalFor(entry, tenant);
  };

  const failed = (entry: PolledJob, error: unknown, tenant: string | undefined): void => {
    if (!entries.has(entry.runId)) return;
    entry.failures += 1;
    if (deps.onError(entry.runId, error) === 'stop') {
      entries.delete(entry.runId);
      return;
    }
    entry.dueAt = clock.now() + Math.min(60_000, intervalFor(entry, tenant) * 2 ** entry.failures);
  };

  const { readOne, list, finalRead } = createPollRequests({
    clock,
    clients: deps.clients,
    logger: deps.logger,
    singleBudget,
    apply,
    succeeded,
    failed,
  });

  /**
   * One tenant's requests now. Few runs: each due one read on its own. Many: a sweep whenever the
   * listing budget allows, and single reads of the longest-unseen runs paced to what is left of the
   * request budget. Reconciled runs (webhooks working): a sweep, or single reads, every 30 s.
   */
  const pollTenant = (client: OrchestratorClient, tenant: string, idle: PolledJob[]): { work: Promise<void>[]; wakeAt: number } => {
    const budget = budgetFor(tenant);
    const now = clock.now();
    if (now < budget.pausedUntil()) {
      idle.forEach((e) => (e.dueAt = Math.max(e.dueAt, budget.pausedUntil())));
      return { work: [], wakeAt: budget.pausedUntil() };
    }
    const work: Promise<void>[] = [];
    let wakeAt = Infinity;
    const polled = idle.filter((e) => !pushActive.has(e.profileId));
    const reconciled = idle.filter((e) => pushActive.has(e.profileId));
    const isDue = (e: PolledJob) => e.dueAt <= now;
    const sweep = (candidates: PolledJob[]): Set<PolledJob> => {
      if (!budget.mayList()) return new Set();
      const { folderId, group } = sweepOf(client.knownDialect()?.hasCrossFolderListing === true, budget.refusedLists, candidates);
      // One run is read on its own: `Jobs(id)` costs no listing.
      if (group.length < 2) return new Set();
      work.push(list(client, budget, tenant, folderId, group));
      return new Set(group);
    };

    if (reconciled.some(isDue)) {
      const listed = sweep(reconciled);
      for (const e of reconciled) {
        if (listed.has(e)) e.dueAt = now + RECONCILE_MS;
        else if (isDue(e)) work.push(readOne(client, budget, tenant, e));
      }
    }

    if (polled.length <= fewRuns) {
      for (const e of polled) if (isDue(e)) work.push(readOne(client, budget, tenant, e));
    } else {
      const listed = sweep(polled);
      const spacing = 60_000 / singleBudget;
      if (budget.nextSingleAt < now - spacing) budget.nextSingleAt = now;
      const waiting = polled
        .filter((e) => !listed.has(e) && now - e.seenAt >= pollInterval(now - e.since))
        .sort((a, b) => a.seenAt - b.seenAt);
      while (budget.nextSingleAt <= now && waiting.length > 0) {
        work.push(readOne(client, budget, tenant, waiting.shift()!));
        budget.nextSingleAt += spacing;
      }
      // At least a step ahead: a sweep that cannot go out (every list refused) must not spin the timer.
      wakeAt = Math.max(now + MIN_STEP_MS, Math.min(budget.nextListAt(), budget.nextSingleAt));
      // Paced as a whole: no run's own time wakes the timer before the tenant's next request.
      for (const e of polled) if (!listed.has(e)) e.dueAt = Math.max(e.dueAt, wakeAt);
    }
    return { work, wakeAt };
  };

  const tick = (): void => {
    if (isDisposed) return;
    const now = clock.now();
    const byTenant = new Map<string, { client: OrchestratorClient; idle: PolledJob[] }>();
    for (const e of [...entries.values()]) {
      if (e.isInFlight) continue;
      const client = deps.clients.forProfile(e.profileId);
      if (!client) {
        if (e.dueAt <= now) failed(e, new Error('no connection'), undefined);
        continue;
      }
      if (deps.isPaused?.(client.connection.apiBaseUrl)) {
        // Asking an unreachable server only adds failures; the run service catches up when it is back.
        if (e.dueAt <= now) e.dueAt = now + PAUSED_RECHECK_MS;
        continue;
      }
      const tenant = tenantOf(client);
      const slot = byTenant.get(tenant) ?? { client, idle: [] };
      slot.idle.push(e);
      byTenant.set(tenant, slot);
    }
    tenantWake.clear();
    const work: Promise<void>[] = [];
    for (const [tenant, { client, idle }] of byTenant) {
      const polled = pollTenant(client, tenant, idle);
      work.push(...polled.work);
      if (polled.wakeAt !== Infinity) tenantWake.set(tenant, polled.wakeAt);
    }
    schedule();
    for (const w of work)
      void w.catch((error: unknown) => deps.logger?.warn('Polling jobs failed', { error: String(error) })).finally(schedule);
  };

  return {
    follow(job) {
      const now = clock.now();
      entries.set(job.runId, { ...job, since: now, dueAt: now + pollInterval(0), failures: 0, isInFlight: false, seenAt: now, rank: -1 });
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
    push(profileId, job) {
      for (const e of [...entries.values()]) {
        if (e.profileId !== profileId || e.jobId !== job.Id || rankOf(job.State) < e.rank || e.rank === FINAL_RANK) continue;
        if (isFinal(job) && job.OutputArguments === undefined) {
          // Older versions' events carry no outputs (reference §3.6): one `Jobs(id)` read brings them.
          void finalRead(e, job, 'webhook');
          continue;
        }
        if (apply(e, job, 'webhook') && entries.has(e.runId)) e.dueAt = Math.max(e.dueAt, clock.now() + intervalFor(e, tenantKeyOf(e)));
      }
      schedule();
    },
    setPushActive(profileId, isActive) {
      if (isActive === pushActive.has(profileId)) return;
      if (isActive) pushActive.add(profileId);
      else {
        pushActive.delete(profileId);
        // Deliveries stopped: whatever they would have said is asked for now.
        for (const e of entries.values()) if (e.profileId === profileId) e.dueAt = clock.now();
      }
      schedule();
    },
    dispose() {
      isDisposed = true;
      cancelTimer?.();
      entries.clear();
    },
  };
}

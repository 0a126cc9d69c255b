import { isOrchestratorCallError, type JobDto } from '../orchestrator';

// How often the job poller asks, and what it makes of an answer (docs/runs.md, "How often Baton asks").

/** How Baton learnt a job's state: by asking (polling) or told by Orchestrator (a webhook delivery). */
export type JobUpdateSource = 'polling' | 'webhook';

export interface FollowedJob {
  runId: string;
  profileId: string;
  folderId: number;
  jobId: number;
}

/** How long to wait before asking again about a job followed for `ageMs`: quick while it is young, calmer for long runs. */
export function pollInterval(ageMs: number): number {
  // The budget is a state change seen within 1.5 s at p95 (DESIGN.md §8), at any age: a long run
  // backs off only as far as that allows. Single-job reads are not rate-limited in Cloud.
  if (ageMs < 60_000) return 1_000;
  if (ageMs < 5 * 60_000) return 1_200;
  return 1_400;
}

/** With webhooks delivering, polling only catches what they dropped: once per 30 s (issue #22). */
export const RECONCILE_MS = 30_000;
/** Job listings a minute for one tenant by default: Cloud allows 100 for everyone in it (reference §6). */
export const DEFAULT_LIST_REQUESTS_PER_MINUTE = 10;
/** All poll requests a minute for one tenant once there are many runs. */
export const DEFAULT_REQUESTS_PER_MINUTE = 150;
/** Up to this many runs in one tenant are each read on their own at the quick pace. */
export const DEFAULT_FEW_RUNS = 10;
/** Ids in one `Id in (…)` list, as the official SDK batches (reference §3.4). */
export const IDS_PER_LIST = 50;
export const PAUSED_RECHECK_MS = 5_000;
export const MIN_STEP_MS = 50;

/*
 * How far along a job is. Running, Suspended and Resumed go round in a cycle, so they share a
 * rank; the webhook service orders those by the event's timestamp before they get here.
 */
const RANKS: Record<string, number> = {
  Pending: 0,
  Running: 1,
  Suspended: 1,
  Resumed: 1,
  Stopping: 2,
  Terminating: 2,
  Successful: 3,
  Faulted: 3,
  Stopped: 3,
};
export const rankOf = (state: string): number => RANKS[state] ?? 1;
export const FINAL_RANK = 3;
export const isFinal = (job: JobDto): boolean => rankOf(job.State) === FINAL_RANK;

export const statusOf = (error: unknown): number | undefined => (isOrchestratorCallError(error) ? error.status : undefined);
export const retryAfterOf = (error: unknown): number | undefined => {
  const details = isOrchestratorCallError(error) ? error.details : undefined;
  const value = typeof details === 'object' && details !== null ? (details as { retryAfterMs?: unknown }).retryAfterMs : undefined;
  return typeof value === 'number' ? value : undefined;
};

/** What a sweep needs of a followed job. */
export interface Listable {
  folderId: number;
  /** When Orchestrator last told Baton about this job. */
  seenAt: number;
}

/**
 * Two or more runs to list together, longest unseen first: up to 50 across folders where the
 * version can (and has not refused it), else the fullest folder's.
 */
export function sweepOf<E extends Listable>(
  hasCrossFolderListing: boolean,
  refusedLists: ReadonlySet<string>,
  idle: E[],
): { folderId?: number; group: E[] } {
  const oldest = [...idle].sort((a, b) => a.seenAt - b.seenAt);
  if (hasCrossFolderListing && !refusedLists.has('*')) return { group: oldest.slice(0, IDS_PER_LIST) };
  const byFolder = new Map<number, E[]>();
  for (const e of oldest) if (!refusedLists.has(String(e.folderId))) byFolder.set(e.folderId, [...(byFolder.get(e.folderId) ?? []), e]);
  let best: E[] = [];
  for (const group of byFolder.values()) if (group.length > best.length) best = group;
  return { folderId: best[0]?.folderId, group: best.slice(0, IDS_PER_LIST) };
}

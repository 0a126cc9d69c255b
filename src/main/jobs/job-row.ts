import type { Job, JobState, StartedBy } from '../../shared/contract/jobs';
import type { ListedJob } from './job-listing';

/** Orchestrator's state names (reference orchestrator-versions.md §8) in Baton's words. */
const STATES: Record<string, JobState> = {
  Pending: 'pending',
  Running: 'running',
  Resumed: 'running',
  Suspended: 'suspended',
  Stopping: 'stopping',
  Terminating: 'stopping',
  Successful: 'successful',
  Faulted: 'faulted',
  Stopped: 'stopped',
};

/** What to ask Orchestrator for, per state Baton shows (the reverse of STATES). */
export function orchestratorStatesOf(states: readonly JobState[]): string[] {
  return Object.entries(STATES)
    .filter(([, state]) => states.includes(state))
    .map(([name]) => name);
}

/**
 * `SourceType` values by who stands behind them (19.10: Manual, Schedule, Agent, Queue; v20 adds
 * StudioWeb … ApiWorkflow, orchestrator-versions.md §2.2, orchestrator-api.md §6.2). `Agent` is a
 * robot: the Assistant, or a workflow's Start Job.
 */
const KIND_BY_SOURCE_TYPE: Record<string, StartedBy['kind']> = {
  Manual: 'user',
  StudioWeb: 'user',
  StudioDesktop: 'user',
  Studio: 'user',
  Apps: 'user',
  Schedule: 'schedule',
  Queue: 'trigger',
  Event: 'trigger',
  IntegrationTrigger: 'trigger',
  ApiTrigger: 'trigger',
  HttpTrigger: 'trigger',
  HttpTriggerWithCallback: 'trigger',
  HttpTriggerCallback: 'trigger',
  Agent: 'robot',
  Assistant: 'robot',
  RobotAPI: 'robot',
  RobotNetAPI: 'robot',
  CommandLine: 'robot',
};

/** `Source` says only the type on many servers ("Manual"); a real name is anything else. */
const GENERIC_SOURCES = new Set(['manual', 'schedule', 'agent', 'queue', 'trigger']);

export function startedByOf(job: Pick<ListedJob, 'Source' | 'SourceType' | 'StartingScheduleId' | 'StartingTriggerId'>): StartedBy {
  const byType = job.SourceType ? KIND_BY_SOURCE_TYPE[job.SourceType] : undefined;
  // A schedule's id, or a trigger's (v17+), says more than a type some versions leave at Manual.
  const kind: StartedBy['kind'] =
    typeof job.StartingScheduleId === 'number' ? 'schedule' : job.StartingTriggerId ? 'trigger' : (byType ?? 'unknown');
  const source = job.Source?.trim();
  const hasName = source !== undefined && source !== '' && !GENERIC_SOURCES.has(source.toLowerCase()) && source !== job.SourceType;
  return hasName ? { kind, name: source } : { kind };
}

const iso = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
};

/**
 * Baton's runs of this profile by Orchestrator job id: to link a job to the run that follows it, and
 * to mark the ones Baton started (a followed job has a run too, but someone else started it).
 */
export type BatonRuns = ReadonlyMap<number, { runId: string; isStartedByBaton: boolean }>;

export function toJob(job: ListedJob, folder: { id: number; path: string }, batonRuns: BatonRuns): Job {
  const run = batonRuns.get(job.Id);
  const runId = run?.runId;
  const folderId = job.OrganizationUnitId ?? folder.id;
  const machine = job.HostMachineName?.trim();
  const startedAt = iso(job.StartTime);
  const endedAt = iso(job.EndTime);
  return {
    id: job.Id,
    ...(job.Key ? { key: job.Key } : {}),
    folderId,
    folderPath: job.OrganizationUnitFullyQualifiedName ?? folder.path,
    processName: job.ReleaseName ?? `Job ${job.Id}`,
    // An unknown future state reads as running: it has not ended as far as Baton can tell.
    state: STATES[job.State] ?? 'running',
    startedBy: startedByOf(job),
    // Baton's start sends `Reference: baton-<run id>` (20.10+); older servers are matched by its history.
    isBaton: run?.isStartedByBaton === true || (job.Reference ?? '').startsWith('baton-'),
    ...(runId ? { runId } : {}),
    ...(machine ? { machine } : {}),
    createdAt: iso(job.CreationTime) ?? startedAt ?? new Date(0).toISOString(),
    ...(startedAt ? { startedAt } : {}),
    ...(endedAt ? { endedAt } : {}),
    ...(job.Info ? { info: job.Info } : {}),
  };
}

import type { Run, RunFor, RunLog, RunLogPage, StartRunParams } from '../../shared/contract/runs';
import type { Process } from '../../shared/contract/catalog';
import type { Clock, Logger, SettingsStore } from '../platform';
import type { ClientPool, ConnectionSource, JobDto } from '../orchestrator';
import type { LocalTarget } from './targets/local';
import type { RemoteGate } from './targets/remote';

export interface RunService {
  start<P extends StartRunParams>(params: P): Promise<RunFor<P['target']>>;
  stop(runId: string, mode?: 'soft' | 'kill'): Promise<Run>;
  /** Pauses a local run where the robot can; remote jobs cannot be paused (CONFLICT, with why). */
  pauseRun(runId: string): Promise<Run>;
  /** Resumes a paused local run or a suspended remote job (ResumeJob); CONFLICT with why elsewhere. */
  resumeRun(runId: string): Promise<Run>;
  /** The run's log lines held in memory (the newest RUN_LOG_LINES_KEPT), with where the whole log is. */
  logs(runId: string): Promise<RunLogPage>;
  /** With `isFresh`, active remote runs are read from Orchestrator first, not answered from history. */
  list(params?: { isActive?: boolean; limit?: number; isFresh?: boolean }): Promise<Run[]>;
  get(runId: string, options?: { isFresh?: boolean }): Promise<Run>;
  onUpdated(listener: (run: Run) => void): () => void;
  onLog(listener: (log: RunLog) => void): () => void;
  /** Follows again the runs the history holds as still active (after a start of Baton). */
  followKept(): void;
  /**
   * After a lost connection came back: asks once for every active remote run `isAffected` picks,
   * records the answers and follows the rest afresh (the notifications domain tells an outage's ended runs in one notification).
   * Resolves with the runs that turned out to have ended.
   */
  catchUp(isAffected?: (run: Run) => boolean): Promise<Run[]>;
  /** Follows a job Baton did not start (the Jobs view's Follow): kept and polled as a remote run; a known job keeps its run. */
  adopt(run: Run): Run;
  /** Forgets the history ("Reset Baton"); runs still going go on in Orchestrator and on the robot. */
  forgetHistory(): void;
  /** Job updates Orchestrator pushed (webhooks, src/main/webhooks): applied to the runs following those jobs as if polled. */
  pushJob(profileId: string, job: JobDto): void;
  /** Webhooks deliver for this profile: polling its jobs slows to a reconciliation pass. */
  setPushActive(profileId: string, isActive: boolean): void;
  /** Stops following and listening; runs go on in Orchestrator and on the robot. */
  dispose(): void;
}

export interface RunServiceDeps {
  connections: ConnectionSource;
  clients: ClientPool;
  catalog: { findProcess(processId: string): Promise<Process> };
  settings: SettingsStore;
  clock: Clock;
  logger?: Logger;
  /** Refuses runs and stops at once while Orchestrator is unreachable, instead of trying (and never queueing). */
  remoteGate?: RemoteGate;
  /** Where runs go besides Orchestrator: `local`, the robot of this machine (without it, local runs are refused). */
  targets?: { local?: LocalTarget };
  listRequestsPerMinute?: number;
  /** How remote log lines are read (tests make pages small). */
  remoteLogs?: { everyMs?: number; pageSize?: number; requestsPerMinute?: number; linesKept?: number };
  newId?: () => string;
  random?: () => number;
}

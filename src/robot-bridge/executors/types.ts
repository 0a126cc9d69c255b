import type { JobError, LocalProcess, OfferedProcess } from '../../shared/robot-protocol';

export type JobLogLevel = 'trace' | 'info' | 'warn' | 'error';

/** What an executor may report while a job runs; the job manager turns it into notifications. */
export interface JobReporter {
  log(level: JobLogLevel, message: string): void;
  /** A status message (RobotJS `Status[]`, UiPath "Report Status"); becomes the job's `info`. */
  progress(message: string): void;
  event(channel: string, payload: unknown): void;
  /** Merged into the job's output arguments. */
  output(outputArguments: Record<string, unknown>): void;
}

export type JobOutcome =
  | { state: 'successful'; outputArguments?: Record<string, unknown> }
  | { state: 'faulted'; error: JobError; outputArguments?: Record<string, unknown> }
  | { state: 'stopped' };

export interface RunningJob {
  /** Settles once, with how the job ended; never rejects. */
  readonly done: Promise<JobOutcome>;
  stop(mode: 'soft' | 'kill'): void;
  /** Suspends and continues the job (the command executor on POSIX); absent where the executor cannot. */
  pause?(): void;
  resume?(): void;
  /** A message to the running job (RobotJS `SendClientMessage`); absent if the executor has no channel. */
  message?(channel: string, payload: unknown): void;
}

export interface ExecutorStartRequest {
  jobId: string;
  process: LocalProcess;
  inputArguments: Record<string, unknown>;
  reporter: JobReporter;
}

export interface Executor {
  readonly name: 'simulated' | 'command' | 'uirobot' | 'robotjs';
  /** Advertised in RobotInfo.features and the hello result. */
  readonly features: string[];
  /** false: like an attended robot, one job at a time (others get BUSY). */
  readonly allowsConcurrentJobs: boolean;
  listProcesses(): Promise<LocalProcess[]>;
  /** Prepares a process before its first run; throws RobotBridgeError PROCESS_NOT_FOUND. */
  install(key: string): Promise<void>;
  /** Starts a job; throws RobotBridgeError EXECUTOR_FAILED if it cannot start at all. */
  start(request: ExecutorStartRequest): RunningJob;
  onProcessesChanged?(listener: () => void): () => void;
  /**
   * Takes the Orchestrator processes a signed-in client may run (replacing its last offer) and
   * answers how many it lists; present only on executors that advertise OFFERED_PROCESSES_FEATURE.
   */
  offerProcesses?(processes: OfferedProcess[]): number;
}

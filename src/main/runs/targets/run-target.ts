import type { Run, RunLog } from '../../../shared/contract/runs';

/** A log line as a target reads it; the run service numbers lines that come without a `seq`. */
export type RunLogLine = Omit<RunLog, 'seq'> & { seq?: number };

/**
 * Where a run executes: Orchestrator (`targets/remote.ts`) or the robot of this machine
 * (`targets/local.ts`). The run service checks what holds for every run (a run that ended
 * cannot be stopped twice, sensitive values are never kept) and routes the rest here; a target
 * answers each call in its own terms, refusing with a CONFLICT that says why where it cannot.
 * `test/integration/run-targets.test.ts` holds both to this contract.
 */
export interface RunTarget<R extends Run, StartParams> {
  /** Starts one run with the given id; the inputs are converted against the process's schema first. */
  start(params: StartParams, runId: string): Promise<R>;
  stop(run: R, mode: 'soft' | 'kill'): Promise<R>;
  pause(run: R): Promise<R>;
  resume(run: R): Promise<R>;
  /** Asks the server or the robot now; a run found ended is no longer followed. */
  get(run: R): Promise<R>;
  /** Keeps an active run up to date through `onUpdated` until it ends (the robot pushes; Orchestrator is asked). */
  follow(run: R): void;
  /** The page with the run's whole log, where there is one. */
  logPageUrl(run: R): string | undefined;
  onUpdated(listener: (run: R) => void): () => void;
  onLog(listener: (line: RunLogLine) => void): () => void;
  /** Stops following and listening; runs go on where they execute. */
  dispose(): void;
}

import type { SandboxClock } from './clock';
import type { OrchestratorState } from './state';
import { FINAL_STATES, type JobOutcome, type JobRecord } from './types';
import type { SeedLogLine } from '../seed';

export type JobEventType =
  | 'job.created'
  | 'job.started'
  | 'job.completed'
  | 'job.faulted'
  | 'job.stopped'
  | 'job.stopping'
  | 'job.terminating'
  | 'job.suspended'
  | 'job.resumed';
export interface JobEvent {
  type: JobEventType;
  jobs: JobRecord[];
  userId: number | null;
  startInfo?: Record<string, unknown>;
}

export interface JobRunner {
  /** Moves a new Pending job along its release's behaviour. */
  schedule(job: JobRecord): void;
  stop(job: JobRecord, strategy: 'SoftStop' | 'Kill'): void;
  /** Ends a job now with the given outcome (admin API). */
  finish(job: JobRecord, outcome: JobOutcome): void;
  /** ResumeJob: a Suspended job goes Resumed, then Running where it left off; false if it is not suspended. */
  resume(job: JobRecord): boolean;
  close(): void;
}

// A soft stop waits for the workflow's next "Should Stop" check; a kill only for the process to exit.
const SOFT_STOP_MS = 2_000;
const KILL_MS = 500;
// A resumed job waits for a robot again before it runs on (Resumed is transitional, reference §8).
const RESUME_PICKUP_MS = 500;
const MAX_ROBOT_LOGS = 100_000;

/** How far a running job has got: run time before the current stretch, and the next log line due. */
interface Progress {
  ranMs: number;
  stretchStart: number;
  nextLine: number;
  hasSuspended: boolean;
}

export function createJobRunner(deps: { state: OrchestratorState; clock: SandboxClock; emit(event: JobEvent): void }): JobRunner {
  const { state, clock, emit } = deps;
  const timers = new Map<number, () => void>();
  const progress = new Map<number, Progress>();

  const later = (job: JobRecord, ms: number, step: () => void): void => {
    timers.get(job.id)?.();
    timers.set(
      job.id,
      clock.setTimeout(() => {
        timers.delete(job.id);
        step();
      }, ms),
    );
  };
  const touch = (job: JobRecord): void => {
    job.lastModificationTime = clock.now();
  };

  const log = (job: JobRecord, line: SeedLogLine): void => {
    const release = state.releases.get(job.releaseId)!;
    state.robotLogs.push({
      jobKey: job.key,
      folderId: job.folderId,
      level: line.level,
      timeStamp: clock.now(),
      message: line.message,
      processName: release.processKey,
      hostMachineName: job.hostMachineName ?? 'SANDBOX-VM01',
      isReportStatus: line.isReportStatus === true,
    });
    // A sandbox left running for days keeps the newest lines only, like a server's log retention.
    if (state.robotLogs.length > MAX_ROBOT_LOGS) state.robotLogs.splice(0, state.robotLogs.length - MAX_ROBOT_LOGS);
  };

  /** Writes the log lines now due, suspends or ends the job when its time comes, else waits for the next step. */
  const step = (job: JobRecord): void => {
    const p = progress.get(job.id);
    if (!p || job.state !== 'Running') return;
    const { behaviour } = state.releases.get(job.releaseId)!;
    const lines = behaviour.logLines ?? [];
    const spacing = behaviour.runMs / Math.max(1, lines.length);
    const ran = p.ranMs + (clock.now() - p.stretchStart);
    while (p.nextLine < lines.length && p.nextLine * spacing <= ran) log(job, lines[p.nextLine++]!);
    if (behaviour.suspend && !p.hasSuspended && ran >= behaviour.suspend.afterMs) {
      p.hasSuspended = true;
      p.ranMs = ran;
      job.state = 'Suspended';
      job.info = behaviour.suspend.waitsFor;
      touch(job);
      log(job, { level: 'Info', message: `Suspended: ${behaviour.suspend.waitsFor}` });
      emit({ type: 'job.suspended', jobs: [job], userId: null });
      return;
    }
    if (ran >= behaviour.runMs) {
      while (p.nextLine < lines.length) log(job, lines[p.nextLine++]!);
      end(job, outcomeOf(job));
      return;
    }
    const due = [behaviour.runMs];
    if (p.nextLine < lines.length) due.push(p.nextLine * spacing);
    if (behaviour.suspend && !p.hasSuspended) due.push(behaviour.suspend.afterMs);
    later(job, Math.max(1, Math.ceil(Math.min(...due) - ran)), () => step(job));
  };

  const end = (job: JobRecord, outcome: JobOutcome | { state: 'Stopped'; info: string }): void => {
    timers.get(job.id)?.();
    timers.delete(job.id);
    progress.delete(job.id);
    const now = clock.now();
    job.state = outcome.state;
    job.endTime = now;
    touch(job);
    if (outcome.state === 'Successful') {
      job.info = outcome.info ?? 'Job completed';
      job.outputArguments = JSON.stringify(outcome.output);
      emit({ type: 'job.completed', jobs: [job], userId: null });
    } else if (outcome.state === 'Faulted') {
      job.info = outcome.info;
      job.jobError = {
        code: 'Robot.WorkflowFaulted',
        title: outcome.info,
        detail: outcome.info,
        category: 'User',
        status: null,
        timestamp: new Date(now).toISOString(),
      };
      emit({ type: 'job.faulted', jobs: [job], userId: null });
    } else {
      job.info = outcome.info;
      emit({ type: 'job.stopped', jobs: [job], userId: null });
    }
  };

  const run = (job: JobRecord): void => {
    job.state = 'Running';
    job.startTime = clock.now();
    job.hostMachineName = 'SANDBOX-VM01';
    touch(job);
    emit({ type: 'job.started', jobs: [job], userId: null });
    progress.set(job.id, { ranMs: 0, stretchStart: clock.now(), nextLine: 0, hasSuspended: false });
    step(job);
  };

  const outcomeOf = (job: JobRecord): JobOutcome => {
    const release = state.releases.get(job.releaseId)!;
    const given = job.inputArguments ? (JSON.parse(job.inputArguments) as Record<string, unknown>) : {};
    const input = { ...release.defaultInputs, ...given };
    const missing = release.inputs.filter((a) => a.required && !a.hasDefault && (input[a.name] === undefined || input[a.name] === null));
    if (missing.length > 0) {
      return { state: 'Faulted', info: `The following required arguments are missing: ${missing.map((a) => a.name).join(', ')}.` };
    }
    try {
      return release.behaviour.outcome(input);
    } catch (error) {
      return { state: 'Faulted', info: error instanceof Error ? error.message : String(error) };
    }
  };

  return {
    schedule(job) {
      const release = state.releases.get(job.releaseId)!;
      later(job, release.behaviour.pendingMs, () => run(job));
    },
    stop(job, strategy) {
      if (FINAL_STATES.has(job.state)) return;
      if (job.state === 'Pending') {
        job.stopStrategy = strategy;
        end(job, { state: 'Stopped', info: 'Job was stopped before a robot picked it up.' });
        return;
      }
      if (job.state === 'Suspended' && strategy === 'SoftStop') {
        // No robot holds a suspended job, so nothing has to notice the request.
        job.stopStrategy = strategy;
        end(job, { state: 'Stopped', info: 'Job stopped by user request.' });
        return;
      }
      if (strategy === 'SoftStop') {
        if (job.state !== 'Running') return;
        job.state = 'Stopping';
        job.stopStrategy = 'SoftStop';
        touch(job);
        emit({ type: 'job.stopping', jobs: [job], userId: null });
        later(job, SOFT_STOP_MS, () => end(job, { state: 'Stopped', info: 'Job stopped by user request.' }));
        return;
      }
      if (job.state === 'Terminating') return;
      job.state = 'Terminating';
      job.stopStrategy = 'Kill';
      touch(job);
      emit({ type: 'job.terminating', jobs: [job], userId: null });
      later(job, KILL_MS, () => end(job, { state: 'Stopped', info: 'Job was killed by user request.' }));
    },
    finish(job, outcome) {
      if (FINAL_STATES.has(job.state)) return;
      if (job.startTime === null) {
        job.startTime = clock.now();
        job.hostMachineName = 'SANDBOX-VM01';
      }
      end(job, outcome);
    },
    resume(job) {
      const p = progress.get(job.id);
      if (job.state !== 'Suspended' || !p) return false;
      job.state = 'Resumed';
      job.info = null;
      job.resumeTime = clock.now();
      touch(job);
      emit({ type: 'job.resumed', jobs: [job], userId: null });
      later(job, RESUME_PICKUP_MS, () => {
        job.state = 'Running';
        touch(job);
        p.stretchStart = clock.now();
        step(job);
      });
      return true;
    },
    close() {
      for (const cancel of timers.values()) cancel();
      timers.clear();
    },
  };
}

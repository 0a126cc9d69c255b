import { randomUUID } from 'node:crypto';
import { isTerminalJobState, type JobEvent, type JobLog, type LocalJob, type LocalJobState, type StopMode } from '../shared/robot-protocol';
import type { BridgeClock } from './clock';
import { RobotBridgeError } from './errors';
import type { Executor, JobOutcome, RunningJob } from './executors';
import { checkInputArguments } from './input-arguments';

export const DEFAULT_JOB_HISTORY = 200;
/** Jobs running at once across all clients: one machine's CPU and desktop are shared by all of them. */
export const DEFAULT_MAX_CONCURRENT_JOBS = 4;

/** A notification for the owner of a job (the paired token that started it). */
export type JobNotification =
  | { owner: string; method: 'job.updated'; params: LocalJob }
  | { owner: string; method: 'job.log'; params: JobLog }
  | { owner: string; method: 'job.event'; params: JobEvent };

export interface JobManager {
  start(owner: string, params: { processKey: string; inputArguments?: Record<string, unknown>; jobId?: string }): Promise<LocalJob>;
  stop(owner: string, jobId: string, mode: StopMode): LocalJob;
  get(owner: string, jobId: string): LocalJob;
  list(owner: string, options?: { active?: boolean }): LocalJob[];
  message(owner: string, jobId: string, channel: string, payload: unknown): void;
  /** Suspends or continues a running job where the executor can (NOT_SUPPORTED otherwise). */
  setPaused(owner: string, jobId: string, paused: boolean): LocalJob;
  onNotification(listener: (notification: JobNotification) => void): () => void;
  /** Stops every active job and waits until each has reported its end. */
  shutdown(graceMs: number): Promise<void>;
}

interface JobRecord {
  owner: string;
  job: LocalJob;
  running?: RunningJob;
  ended: Promise<void>;
}

export function createJobManager(deps: {
  executor: Executor;
  clock: BridgeClock;
  historyLimit?: number;
  maxConcurrentJobs?: number;
}): JobManager {
  const historyLimit = deps.historyLimit ?? DEFAULT_JOB_HISTORY;
  const maxConcurrentJobs = deps.maxConcurrentJobs ?? DEFAULT_MAX_CONCURRENT_JOBS;
  const jobs = new Map<string, JobRecord>();
  const listeners = new Set<(notification: JobNotification) => void>();
  const iso = () => new Date(deps.clock.now()).toISOString();

  function emit(notification: JobNotification): void {
    for (const listener of [...listeners]) {
      try {
        listener(notification);
      } catch {
        // One broken connection must not stop the job or the other connections.
      }
    }
  }

  // record.job never leaves this module uncopied, so counting in place is safe, and cheap per event.
  function nextSeq(record: JobRecord): number {
    record.job.seq += 1;
    return record.job.seq;
  }

  function update(record: JobRecord, change: Partial<LocalJob>): void {
    record.job = { ...record.job, ...change };
    nextSeq(record);
    emit({ owner: record.owner, method: 'job.updated', params: { ...record.job } });
  }

  function findOwned(owner: string, jobId: string): JobRecord {
    const record = jobs.get(jobId);
    // Another client's job looks exactly like a missing one: nothing leaks across tokens.
    if (!record || record.owner !== owner) throw new RobotBridgeError('JOB_NOT_FOUND', `No job ${jobId} on this robot.`);
    return record;
  }

  function isActive(state: LocalJobState): boolean {
    return !isTerminalJobState(state);
  }

  function trimHistory(): void {
    if (jobs.size <= historyLimit) return;
    for (const [jobId, record] of jobs) {
      if (jobs.size <= historyLimit) break;
      if (!isActive(record.job.state)) jobs.delete(jobId);
    }
  }

  function finish(record: JobRecord, outcome: JobOutcome): void {
    record.running = undefined;
    const outputs =
      outcome.state !== 'stopped' && outcome.outputArguments
        ? { outputArguments: { ...record.job.outputArguments, ...outcome.outputArguments } }
        : {};
    update(record, {
      state: outcome.state,
      endedAt: iso(),
      paused: undefined,
      ...outputs,
      ...(outcome.state === 'faulted' ? { error: outcome.error } : {}),
    });
    trimHistory();
  }

  async function start(owner: string, params: Parameters<JobManager['start']>[1]): Promise<LocalJob> {
    const jobId = params.jobId ?? randomUUID();
    const existing = jobs.get(jobId);
    if (existing) {
      if (existing.owner !== owner) {
        throw new RobotBridgeError('INVALID_ARGUMENTS', 'This jobId is already taken; use a fresh UUID.', {
          fields: [{ path: 'jobId', message: 'is already taken' }],
        });
      }
      // Idempotent: the client retried after a dropped socket; the job runs once.
      return { ...existing.job };
    }
    const process = (await deps.executor.listProcesses()).find((candidate) => candidate.key === params.processKey);
    if (!process) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${params.processKey}" on this robot.`);
    if (!process.installed) {
      throw new RobotBridgeError('PROCESS_NOT_INSTALLED', `"${process.name}" is not installed yet; call processes.install first.`);
    }
    const inputArguments = params.inputArguments ?? {};
    checkInputArguments(process.inputArguments, inputArguments);
    // Checked again after the awaits above: two starts in the same tick must not both pass.
    if (jobs.has(jobId)) return start(owner, params);
    const activeCount = [...jobs.values()].filter((record) => isActive(record.job.state)).length;
    if (!deps.executor.allowsConcurrentJobs && activeCount > 0) {
      throw new RobotBridgeError('BUSY', 'The robot is running another job; wait for it to end or stop it.');
    }
    if (activeCount >= maxConcurrentJobs) {
      throw new RobotBridgeError('BUSY', `The robot is already running ${activeCount} jobs; wait for one to end.`);
    }

    let markEnded!: () => void;
    const record: JobRecord = {
      owner,
      job: { jobId, processKey: process.key, state: 'pending', seq: 0 },
      ended: new Promise<void>((resolve) => (markEnded = resolve)),
    };
    jobs.set(jobId, record);
    update(record, {});
    const pending = { ...record.job };

    try {
      record.running = deps.executor.start({
        jobId,
        process,
        inputArguments,
        reporter: {
          log(level, message) {
            if (!isActive(record.job.state)) return;
            emit({ owner, method: 'job.log', params: { jobId, seq: nextSeq(record), level, message, at: iso() } });
          },
          progress(message) {
            if (isActive(record.job.state)) update(record, { info: message });
          },
          event(channel, payload) {
            if (!isActive(record.job.state)) return;
            emit({ owner, method: 'job.event', params: { jobId, seq: nextSeq(record), channel, payload } });
          },
          output(outputArguments) {
            if (isActive(record.job.state))
              record.job = { ...record.job, outputArguments: { ...record.job.outputArguments, ...outputArguments } };
          },
        },
      });
    } catch (error) {
      const reason = error instanceof RobotBridgeError ? error.message : 'The executor could not start the job.';
      finish(record, { state: 'faulted', error: { code: 'EXECUTOR_FAILED', message: reason } });
      markEnded();
      return pending;
    }
    update(record, { state: 'running', startedAt: iso() });
    void record.running.done.then((outcome) => {
      finish(record, outcome);
      markEnded();
    });
    return pending;
  }

  return {
    start,

    stop(owner, jobId, mode) {
      const record = findOwned(owner, jobId);
      if (!record.running || !isActive(record.job.state)) {
        throw new RobotBridgeError('JOB_NOT_RUNNING', `Job ${jobId} has already ended (${record.job.state}).`);
      }
      if (record.job.state !== 'stopping') update(record, { state: 'stopping' });
      const snapshot = { ...record.job };
      record.running.stop(mode);
      return snapshot;
    },

    get: (owner, jobId) => ({ ...findOwned(owner, jobId).job }),

    list(owner, options = {}) {
      return [...jobs.values()]
        .filter((record) => record.owner === owner && (!options.active || isActive(record.job.state)))
        .map((record) => ({ ...record.job }));
    },

    message(owner, jobId, channel, payload) {
      const record = findOwned(owner, jobId);
      if (!record.running || record.job.state !== 'running') {
        throw new RobotBridgeError('JOB_NOT_RUNNING', `Job ${jobId} is not running (${record.job.state}).`);
      }
      if (!record.running.message) {
        throw new RobotBridgeError('EXECUTOR_FAILED', `The ${deps.executor.name} executor cannot pass messages to a job.`);
      }
      record.running.message(channel, payload);
    },

    setPaused(owner, jobId, paused) {
      const record = findOwned(owner, jobId);
      if (!record.running || record.job.state !== 'running') {
        throw new RobotBridgeError('JOB_NOT_RUNNING', `Job ${jobId} is not running (${record.job.state}).`);
      }
      const change = paused ? record.running.pause : record.running.resume;
      if (!change) {
        throw new RobotBridgeError(
          'NOT_SUPPORTED',
          `The ${deps.executor.name} executor cannot pause a job${deps.executor.name === 'command' ? ' on Windows' : ''}; stop it instead.`,
        );
      }
      if (Boolean(record.job.paused) === paused) return { ...record.job };
      change.call(record.running);
      update(record, { paused: paused ? true : undefined, info: paused ? 'Paused on this machine.' : 'Resumed.' });
      return { ...record.job };
    },

    onNotification(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    async shutdown(graceMs) {
      const active = [...jobs.values()].filter((record) => record.running && isActive(record.job.state));
      for (const record of active) {
        if (record.job.state !== 'stopping') update(record, { state: 'stopping' });
        record.running!.stop('soft');
      }
      let cancelTimer = () => {};
      const gracePassed = new Promise<void>((resolve) => (cancelTimer = deps.clock.setTimeout(resolve, graceMs)));
      await Promise.race([Promise.all(active.map((record) => record.ended)), gracePassed]);
      cancelTimer();
      for (const record of active) {
        if (!isActive(record.job.state)) continue;
        record.running?.stop('kill');
      }
      let cancelLastWait = () => {};
      const lastWait = new Promise<void>((resolve) => (cancelLastWait = deps.clock.setTimeout(resolve, 1_000)));
      await Promise.race([Promise.all(active.map((record) => record.ended)), lastWait]);
      cancelLastWait();
    },
  };
}

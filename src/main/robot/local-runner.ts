import { randomUUID } from 'node:crypto';
import type { Run, RunLog } from '../../shared/contract/runs';
import { BatonError } from '../../shared/errors';
import type { JobLog, LocalJob } from '../../shared/robot-protocol';
import type { Clock } from '../platform';
import { convertInputArguments, fromRobotArgument } from '../runs';
import { createEmitter } from '../lib';
import type { RobotJobs } from './robot-service';

/**
 * What the runs service needs for `target: 'local'`: runs on the robot of this machine, in the
 * same Run model as remote runs. The run id is the bridge's job id, so a retried start is the
 * same job (jobs.start is idempotent by jobId) and a run survives a reconnect unchanged.
 */
export interface LocalRunner {
  start(request: { processKey: string; inputArguments?: Record<string, unknown>; runId?: string }): Promise<Run>;
  stop(runId: string, mode?: 'soft' | 'kill'): Promise<Run>;
  /** Where the robot's executor can pause (the `command` executor on POSIX); CONFLICT with the reason elsewhere. */
  pause(runId: string): Promise<Run>;
  resume(runId: string): Promise<Run>;
  get(runId: string): Promise<Run>;
  onRunUpdated(listener: (run: Run) => void): () => void;
  onRunLog(listener: (log: RunLog) => void): () => void;
  /** Stops listening to the robot; runs keep going on the robot. */
  dispose(): void;
}

interface RunContext {
  processName: string;
  /** Without the values of sensitive inputs: those went to the bridge with the start and are not kept. */
  inputArguments: Record<string, unknown>;
  sensitiveArguments?: string[];
  createdAt: string;
}

/** LocalJob → Run: state names are the same words; the robot's job error becomes a BatonError payload. */
export function localJobToRun(job: LocalJob, context: RunContext): Run {
  return {
    id: job.jobId,
    target: 'local',
    profileId: null,
    processId: job.processKey,
    processName: context.processName,
    inputArguments: context.inputArguments,
    ...(context.sensitiveArguments?.length ? { sensitiveArguments: context.sensitiveArguments } : {}),
    state: job.state,
    ...(job.paused ? { isPaused: true } : {}),
    createdAt: context.createdAt,
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.endedAt ? { endedAt: job.endedAt } : {}),
    ...(job.info ? { info: job.info } : {}),
    ...(job.outputArguments ? { outputArguments: job.outputArguments } : {}),
    ...(job.error
      ? {
          error: {
            code: 'INTERNAL' as const,
            message: job.error.message,
            hint: job.error.code === 'JOB_LOST' ? 'Start the process again.' : 'See the run’s log for what the process reported.',
            details: { robotCode: job.error.code },
          },
        }
      : {}),
    jobId: job.jobId,
  };
}

export function jobLogToRunLog(log: JobLog): RunLog {
  return { runId: log.jobId, seq: log.seq, level: log.level, message: log.message, at: log.at };
}

export function createLocalRunner(deps: { robot: RobotJobs; clock: Clock; contextLimit?: number }): LocalRunner {
  const { robot, clock } = deps;
  const limit = deps.contextLimit ?? 500;
  const contexts = new Map<string, RunContext>();
  const updated = createEmitter<Run>();
  const logged = createEmitter<RunLog>();

  function remember(runId: string, context: RunContext): void {
    contexts.set(runId, context);
    if (contexts.size > limit) {
      const oldest = contexts.keys().next().value;
      if (oldest !== undefined) contexts.delete(oldest);
    }
  }

  // A job started by another Baton window or before a restart still maps to a run.
  function contextFor(job: LocalJob): RunContext {
    return (
      contexts.get(job.jobId) ?? {
        processName: job.processKey,
        inputArguments: {},
        createdAt: job.startedAt ?? new Date(clock.now()).toISOString(),
      }
    );
  }

  const stops = [
    robot.onJobUpdated((job) => updated.emit(localJobToRun(job, contextFor(job)))),
    robot.onJobLog((log) => logged.emit(jobLogToRunLog(log))),
  ];

  return {
    async start({ processKey, inputArguments: given = {}, runId = randomUUID() }) {
      const processes = await robot.listProcesses();
      const process = processes.find((candidate) => candidate.key === processKey);
      if (!process) {
        throw new BatonError('NOT_FOUND', `The robot on this machine has no process "${processKey}".`, {
          hint: 'Check `baton robot processes` for the processes this robot offers.',
        });
      }
      // Like UiPath Assistant's "Awaiting install": a process the robot has not installed is installed first.
      if (!process.installed) await robot.installProcess(process.key);
      // RobotJS tells a process's inputs only once it is installed: read them again after.
      const installed = process.installed ? process : ((await robot.listProcesses()).find((p) => p.key === processKey) ?? process);
      // Text from a command line or a form becomes the argument's type here, in the core, as for remote runs.
      const inputArguments = convertInputArguments(installed.inputArguments.map(fromRobotArgument), given);
      const sensitiveArguments = installed.inputArguments
        .filter((arg) => arg.sensitive && Object.hasOwn(inputArguments, arg.name))
        .map((arg) => arg.name);
      remember(runId, {
        processName: installed.name,
        inputArguments: Object.fromEntries(Object.entries(inputArguments).filter(([name]) => !sensitiveArguments.includes(name))),
        sensitiveArguments,
        createdAt: new Date(clock.now()).toISOString(),
      });
      const job = await robot.startJob(processKey, inputArguments, runId);
      return localJobToRun(job, contextFor(job));
    },
    async stop(runId, mode = 'soft') {
      const job = await robot.stopJob(runId, mode);
      return localJobToRun(job, contextFor(job));
    },
    async pause(runId) {
      const job = await robot.pauseJob(runId);
      return localJobToRun(job, contextFor(job));
    },
    async resume(runId) {
      const job = await robot.resumeJob(runId);
      return localJobToRun(job, contextFor(job));
    },
    async get(runId) {
      const job = await robot.getJob(runId);
      return localJobToRun(job, contextFor(job));
    },
    onRunUpdated: (listener) => updated.on(listener),
    onRunLog: (listener) => logged.on(listener),
    dispose() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}

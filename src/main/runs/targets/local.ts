import type { LocalRun } from '../../../shared/contract/runs';
import { BatonError } from '../../../shared/errors';
import { said, verbatim } from '../../../shared/message-parts';
import type { JobLog, LocalJob, LocalProcess } from '../../../shared/robot-protocol';
import { createEmitter } from '../../lib';
import type { Clock } from '../../platform';
import { convertInputArguments, fromRobotArgument } from '../input-conversion';
import type { RunLogLine, RunTarget } from './run-target';

/** What the local target needs of the robot of this machine: the robot domain's service fits (src/main/robot). */
export interface RobotJobsPort {
  listProcesses(): Promise<LocalProcess[]>;
  installProcess(key: string): Promise<void>;
  startJob(processKey: string, inputArguments: Record<string, unknown>, jobId: string): Promise<LocalJob>;
  stopJob(jobId: string, mode: 'soft' | 'kill'): Promise<LocalJob>;
  /** Where the robot's executor can (`command` on POSIX); CONFLICT with the reason elsewhere. */
  pauseJob(jobId: string): Promise<LocalJob>;
  resumeJob(jobId: string): Promise<LocalJob>;
  getJob(jobId: string): Promise<LocalJob>;
  onJobUpdated(listener: (job: LocalJob) => void): () => void;
  onJobLog(listener: (log: JobLog) => void): () => void;
}

export interface LocalStartParams {
  processKey: string;
  inputArguments?: Record<string, unknown>;
}

export type LocalTarget = RunTarget<LocalRun, LocalStartParams>;

interface RunContext {
  processName: string;
  processVersion?: string;
  bridgeUrl?: string;
  /** Without the values of sensitive inputs: those went to the bridge with the start and are not kept. */
  inputArguments: Record<string, unknown>;
  sensitiveArguments?: string[];
  createdAt: string;
}

/** LocalJob → LocalRun: state names are the same words; the robot's job error becomes a BatonError payload. */
export function localJobToRun(job: LocalJob, context: RunContext): LocalRun {
  return {
    id: job.jobId,
    target: 'local',
    profileId: null,
    ...(context.bridgeUrl ? { bridgeUrl: context.bridgeUrl } : {}),
    processKey: job.processKey,
    ...(context.processVersion ? { processVersion: context.processVersion } : {}),
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
          error: BatonError.said('INTERNAL', verbatim(job.error.message), {
            hint: said(job.error.code === 'JOB_LOST' ? 'errors.localJobLostHint' : 'errors.localJobFailedHint'),
            details: { robotCode: job.error.code },
          }).toJSON(),
        }
      : {}),
    jobId: job.jobId,
  };
}

export function jobLogToRunLog(log: JobLog): RunLogLine {
  return { runId: log.jobId, seq: log.seq, level: log.level, message: log.message, at: log.at };
}

/**
 * Runs on the robot of this machine, through its bridge. The run id is the bridge's job id, so a
 * retried start is the same job (jobs.start is idempotent by jobId) and a run survives a
 * reconnect unchanged. The bridge pushes every change, so `follow` has nothing to do.
 */
export function createLocalTarget(deps: {
  robot: RobotJobsPort;
  clock: Clock;
  bridgeUrl?: () => string | undefined;
  contextLimit?: number;
}): LocalTarget {
  const { robot, clock } = deps;
  const limit = deps.contextLimit ?? 500;
  const contexts = new Map<string, RunContext>();
  const updated = createEmitter<LocalRun>();
  const logged = createEmitter<RunLogLine>();

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
  const toRun = (job: LocalJob): LocalRun => localJobToRun(job, contextFor(job));

  // `seq` grows with each change of a job (docs/robot-bridge.md): the bridge may push a job's next
  // state before the answer to the request that caused it is read, so an answer or a push older
  // than what was already seen is stale and the newer job stands.
  const newest = new Map<string, LocalJob>();
  function latest(job: LocalJob): LocalJob {
    const seen = newest.get(job.jobId);
    if (seen && seen.seq > job.seq) return seen;
    newest.delete(job.jobId);
    newest.set(job.jobId, job);
    if (newest.size > limit) newest.delete(newest.keys().next().value!);
    return job;
  }
  const answered = (job: LocalJob): LocalRun => toRun(latest(job));

  const offUpdated = robot.onJobUpdated((job) => {
    if (latest(job) === job) updated.emit(toRun(job));
  });
  const offLog = robot.onJobLog((log) => logged.emit(jobLogToRunLog(log)));

  return {
    async start({ processKey, inputArguments: given = {} }, runId) {
      const processes = await robot.listProcesses();
      const process = processes.find((candidate) => candidate.key === processKey);
      if (!process) {
        throw BatonError.said('NOT_FOUND', said('errors.robotNoProcess', { key: processKey }), { hint: said('errors.robotNoProcessHint') });
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
      const bridgeUrl = deps.bridgeUrl?.();
      remember(runId, {
        processName: installed.name,
        processVersion: installed.version,
        ...(bridgeUrl ? { bridgeUrl } : {}),
        inputArguments: Object.fromEntries(Object.entries(inputArguments).filter(([name]) => !sensitiveArguments.includes(name))),
        sensitiveArguments,
        createdAt: new Date(clock.now()).toISOString(),
      });
      return answered(await robot.startJob(processKey, inputArguments, runId));
    },
    stop: async (run, mode) => answered(await robot.stopJob(run.jobId, mode)),
    pause: async (run) => answered(await robot.pauseJob(run.jobId)),
    resume: async (run) => answered(await robot.resumeJob(run.jobId)),
    get: async (run) => answered(await robot.getJob(run.jobId)),
    follow: () => {},
    logPageUrl: () => undefined,
    onUpdated: (listener) => updated.on(listener),
    onLog: (listener) => logged.on(listener),
    dispose() {
      offUpdated();
      offLog();
    },
  };
}

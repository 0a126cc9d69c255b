import { isFinalRunState, type RemoteRun } from '../../../shared/contract/runs';
import type { Process } from '../../../shared/contract/catalog';
import { BatonError } from '../../../shared/errors';
import { said } from '../../../shared/message-parts';
import { createEmitter } from '../../lib';
import { getJob, stopJobs, type ClientPool, type ConnectionSource, type JobDto } from '../../orchestrator';
import type { Clock, Logger } from '../../platform';
import { convertInputArguments } from '../input-conversion';
import { applyJob } from '../job-to-run';
import { createRemoteFollow } from '../remote-follow';
import { resumeJob } from '../remote-job-api';
import { startJobOnce, type StartStrategy } from '../remote-start';
import type { RunLogLine, RunTarget } from './run-target';

export interface RemoteStartParams {
  processId: string;
  inputArguments?: Record<string, unknown>;
}

export interface RemoteTarget extends RunTarget<RemoteRun, RemoteStartParams> {
  /** A job update Orchestrator pushed (a webhook delivery): applied as if polled. */
  push(profileId: string, job: JobDto): void;
  /** Webhooks deliver for this profile: polling slows to a reconciliation pass. */
  setPushActive(profileId: string, isActive: boolean): void;
}

/** Says why remote actions must not be tried now (src/main/connectivity's gate fits). */
export interface RemoteGate {
  refusal(apiBaseUrl: string): BatonError | undefined;
}

export interface RemoteTargetDeps {
  connections: ConnectionSource;
  clients: ClientPool;
  catalog: { findProcess(processId: string): Promise<Process> };
  clock: Clock;
  logger?: Logger;
  /** Refuses runs and stops at once while Orchestrator is unreachable, instead of trying (and never queueing). */
  remoteGate?: RemoteGate;
  /** The run as the run service last recorded it. */
  current(runId: string): RemoteRun | undefined;
  listRequestsPerMinute?: number;
  /** How robot log lines are read (tests make pages small). */
  logs?: { everyMs?: number; pageSize?: number; requestsPerMinute?: number };
  random?: () => number;
}

/**
 * Runs as Orchestrator jobs: started once per click (remote-start.ts), followed by polling
 * (remote-follow.ts) with their robot log lines, stopped with StopJobs, resumed with ResumeJob
 * where they suspended. Jobs cannot be paused.
 */
export function createRemoteTarget(deps: RemoteTargetDeps): RemoteTarget {
  const { clock } = deps;
  const updated = createEmitter<RemoteRun>();
  const logged = createEmitter<RunLogLine>();
  const strategies = new Map<string, StartStrategy>();
  const now = () => new Date(clock.now()).toISOString();
  const follow = createRemoteFollow({
    clients: deps.clients,
    clock,
    logger: deps.logger,
    listRequestsPerMinute: deps.listRequestsPerMinute,
    isPaused: (apiBaseUrl) => deps.remoteGate?.refusal(apiBaseUrl) !== undefined,
    current: deps.current,
    record: (run) => updated.emit(run),
    onLogLines: (runId, lines) => lines.forEach((line) => logged.emit({ ...line, runId })),
    onLogNotice: (runId, message) => logged.emit({ runId, level: 'warn', message, at: now(), isNotice: true }),
    logs: deps.logs,
  });

  /** The signed-in client of the profile that started the run, unless Orchestrator is known to be unreachable. */
  const clientFor = (run: RemoteRun, verb: 'stop' | 'resume' | 'see') => {
    const client = deps.clients.forProfile(run.profileId);
    const refusal = client ? deps.remoteGate?.refusal(client.connection.apiBaseUrl) : undefined;
    if (refusal) throw refusal;
    if (!client) throw BatonError.said('AUTH_REQUIRED', said('errors.runSignInToAct', { verb }), { hint: said('errors.signInAgain') });
    return client;
  };

  return {
    async start({ processId, inputArguments: given }, runId) {
      const active = deps.connections.active();
      // Offline comes first: a sign-in is only worth asking for once the server can take it.
      const refusal = active ? deps.remoteGate?.refusal(active.connection.apiBaseUrl) : undefined;
      if (refusal) throw refusal;
      const client = deps.clients.active();
      if (!active || !client) throw BatonError.said('AUTH_REQUIRED', said('errors.signInFirst'), { hint: said('errors.signInFirstHint') });
      const process = await deps.catalog.findProcess(processId);
      const inputArguments = convertInputArguments(process.inputArguments, given);
      const sensitiveArguments = process.inputArguments
        .filter((arg) => arg.isSensitive && Object.hasOwn(inputArguments, arg.name))
        .map((arg) => arg.name);
      const profileId = active.connection.profileId;
      const reference = `baton-${runId}`;
      const folderKey = client.folderKeyOf(process.folderId);
      const job = await startJobOnce({
        client,
        clock,
        logger: deps.logger,
        request: { folderId: process.folderId, folderPath: process.folderPath, releaseKey: process.releaseKey, inputArguments, reference },
        strategy: strategies.get(profileId) ?? 'ModernJobsCount',
        onStrategy: (strategy) => strategies.set(profileId, strategy),
        random: deps.random,
      });
      return applyJob(
        {
          id: runId,
          target: 'remote',
          profileId,
          processId: process.id,
          folderId: process.folderId,
          ...(folderKey ? { folderKey } : {}),
          processName: process.name,
          folderPath: process.folderPath,
          inputArguments,
          ...(sensitiveArguments.length > 0 ? { sensitiveArguments } : {}),
          state: 'pending',
          createdAt: now(),
          jobId: job.Id,
          reference,
        },
        job,
      );
    },
    async stop(run, mode) {
      const client = clientFor(run, 'stop');
      await stopJobs(client, run.folderId, run.folderPath ?? '', [run.jobId], mode === 'kill' ? 'Kill' : 'SoftStop');
      follow.pollSoon(run.id);
      return { ...run, state: 'stopping' };
    },
    async pause() {
      throw BatonError.said('CONFLICT', said('errors.jobCannotPause'), { hint: said('errors.jobCannotPauseHint') });
    },
    async resume(run) {
      if (run.state !== 'suspended') {
        throw BatonError.said('CONFLICT', said('errors.jobNotSuspended', { name: run.processName, state: run.state }), {
          hint: said('errors.jobNotSuspendedHint'),
        });
      }
      const client = clientFor(run, 'resume');
      // ResumeJob takes the job's key (every version, reference §3.4); a run followed by polling always has it.
      if (!run.jobKey) throw BatonError.said('CONFLICT', said('errors.jobKeyUnknown'), { hint: said('errors.waitAndRetry') });
      await resumeJob(client, { folderId: run.folderId, folderPath: run.folderPath ?? '', jobKey: run.jobKey });
      follow.pollSoon(run.id);
      // What it waited for is done with: Orchestrator's Info says what comes next.
      const { info: _waitedFor, ...rest } = run;
      return { ...rest, state: 'running' };
    },
    async get(run) {
      const next = applyJob(run, await getJob(clientFor(run, 'see'), run.folderId, run.jobId));
      if (isFinalRunState(next.state)) follow.ended(run.id);
      return next;
    },
    follow: (run) => follow.follow(run),
    logPageUrl(run) {
      const client = deps.clients.forProfile(run.profileId);
      // Orchestrator's Jobs page in the run's folder, where the job's whole log is (its `fid` parameter).
      return client ? `${client.connection.apiBaseUrl.replace(/\/+$/, '')}/jobs?fid=${run.folderId}` : undefined;
    },
    push: (profileId, job) => follow.push(profileId, job),
    setPushActive: (profileId, isActive) => follow.setPushActive(profileId, isActive),
    onUpdated: (listener) => updated.on(listener),
    onLog: (listener) => logged.on(listener),
    dispose: () => follow.dispose(),
  };
}

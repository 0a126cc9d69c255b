import { randomUUID } from 'node:crypto';
import { isFinalRunState, type Run, type RunLog, type StartRunParams } from '../../shared/contract/runs';
import { BatonError, toErrorPayload } from '../../shared/errors';
import { getJob, stopJobs } from '../orchestrator';
import { convertInputArguments } from './input-conversion';
import { applyJob, hasChanged } from './job-to-run';
import { createRemoteFollow, folderIdOf } from './remote-follow';
import { resumeJob } from './remote-job-api';
import { startJobOnce, type StartStrategy } from './remote-start';
import { createRunHistory, withoutSensitiveValues } from './run-history';
import { createRunLogBuffer } from './run-log-buffer';
import type { LocalRunPort, RunService, RunServiceDeps } from './run-service-types';

export type { LocalRunPort, RemoteGate, RunService, RunServiceDeps } from './run-service-types';

export function createRunService(deps: RunServiceDeps): RunService {
  const { clock } = deps;
  const history = createRunHistory(deps.settings, undefined, deps.logger);
  const updated = new Set<(run: Run) => void>();
  const logs = new Set<(log: RunLog) => void>();
  const logBuffer = createRunLogBuffer(deps.remoteLogs?.linesKept);
  const strategies = new Map<string, StartStrategy>();
  const newId = deps.newId ?? (() => randomUUID());
  const local: LocalRunPort | undefined = deps.targets?.local;

  // Every run passes here before anyone sees it, so a sensitive value leaves only with the start request.
  const record = (given: Run): Run => {
    const run = withoutSensitiveValues(given);
    const before = history.get(run.id);
    if (before && !hasChanged(before, run)) return before;
    history.put(run);
    for (const listener of [...updated]) listener(run);
    return run;
  };

  // One way out for every log line, local or remote: kept (bounded) for `logs`, then sent.
  const emitLog = (log: RunLog): void => {
    logBuffer.add(log);
    for (const listener of [...logs]) listener(log);
  };
  const remote = createRemoteFollow({
    clients: deps.clients,
    clock,
    logger: deps.logger,
    history,
    listRequestsPerMinute: deps.listRequestsPerMinute,
    isPaused: (apiBaseUrl) => deps.remoteGate?.refusal(apiBaseUrl) !== undefined,
    record: (run) => record(run),
    onLogLines: (runId, lines) => lines.forEach((line) => emitLog({ ...line, runId, seq: logBuffer.nextSeq(runId) })),
    onLogNotice: (runId, message) =>
      emitLog({ runId, seq: logBuffer.nextSeq(runId), level: 'warn', message, at: new Date(clock.now()).toISOString(), isNotice: true }),
    logs: deps.remoteLogs,
  });
  const follow = (run: Run): void => remote.follow(run);

  async function startRemote(processId: string, input: Record<string, unknown> | undefined): Promise<Run> {
    const active = deps.connections.active();
    // Offline comes first: a sign-in is only worth asking for once the server can take it.
    const refusal = active ? deps.remoteGate?.refusal(active.connection.apiBaseUrl) : undefined;
    if (refusal) throw refusal;
    const client = deps.clients.active();
    if (!active || !client) throw new BatonError('AUTH_REQUIRED', 'Sign in first.', { hint: 'Add a connection profile and sign in.' });
    const process = await deps.catalog.findProcess(processId);
    const inputArguments = convertInputArguments(process.inputArguments, input);
    const sensitiveArguments = process.inputArguments
      .filter((arg) => arg.isSensitive && Object.hasOwn(inputArguments, arg.name))
      .map((arg) => arg.name);
    const profileId = active.connection.profileId;
    const id = newId();
    const reference = `baton-${id}`;
    const job = await startJobOnce({
      client,
      clock,
      logger: deps.logger,
      request: { folderId: process.folderId, folderPath: process.folderPath, releaseKey: process.releaseKey, inputArguments, reference },
      strategy: strategies.get(profileId) ?? 'ModernJobsCount',
      onStrategy: (strategy) => strategies.set(profileId, strategy),
      random: deps.random,
    });
    const run = applyJob(
      {
        id,
        target: 'remote',
        profileId,
        processId: process.id,
        folderId: process.folderId,
        processName: process.name,
        folderPath: process.folderPath,
        inputArguments,
        ...(sensitiveArguments.length > 0 ? { sensitiveArguments } : {}),
        state: 'pending',
        createdAt: new Date(clock.now()).toISOString(),
        reference,
      },
      job,
    );
    const kept = record(run);
    follow(kept);
    return kept;
  }

  const requireLocal = (): LocalRunPort => {
    if (!local) {
      throw new BatonError('ROBOT_UNAVAILABLE', 'Local runs are not available: no robot is connected to Baton.', {
        hint: 'Start the Baton robot bridge on this machine and pair with it under Robot, or run the process remotely.',
      });
    }
    return local;
  };

  /** The signed-in client of the profile that started a remote run, unless Orchestrator is known to be unreachable. */
  const clientFor = (run: Run, verb: string) => {
    const client = run.profileId === null ? null : deps.clients.forProfile(run.profileId);
    const refusal = client ? deps.remoteGate?.refusal(client.connection.apiBaseUrl) : undefined;
    if (refusal) throw refusal;
    if (!client || typeof run.jobId !== 'number') {
      throw new BatonError('AUTH_REQUIRED', `Sign in to the profile that started this run to ${verb} it.`, { hint: 'Sign in again.' });
    }
    return { client, jobId: run.jobId };
  };

  async function setPaused(runId: string, isPaused: boolean): Promise<Run> {
    const run = await service.get(runId);
    if (isFinalRunState(run.state)) {
      throw new BatonError('CONFLICT', `${run.processName} has already ended.`, { hint: 'Refresh to see how it ended.' });
    }
    if (run.target === 'remote' && (isPaused || run.state !== 'suspended')) {
      throw isPaused
        ? new BatonError('CONFLICT', 'Orchestrator cannot pause a running job.', {
            hint: 'Stop it instead; only runs on this machine’s robot can be paused.',
          })
        : new BatonError('CONFLICT', `${run.processName} is ${run.state}, not suspended: there is nothing to resume.`, {
            hint: 'Only a job that suspended (waiting on a task, a queue item or a timer) can be resumed.',
          });
    }
    if (run.target === 'remote') {
      const { client } = clientFor(run, 'resume');
      // ResumeJob takes the job's key (every version, reference §3.4); a run followed by polling always has it.
      if (!run.jobKey)
        throw new BatonError('CONFLICT', 'Baton does not know this job’s key yet.', { hint: 'Wait a moment and try again.' });
      await resumeJob(client, { folderId: folderIdOf(run), folderPath: run.folderPath ?? '', jobKey: run.jobKey });
      // What it waited for is done with: Orchestrator's Info says what comes next.
      const { info: _waitedFor, ...rest } = run;
      const resumed = record({ ...rest, state: 'running' });
      remote.pollSoon(run.id);
      return resumed;
    }
    const changed = isPaused ? await requireLocal().pause(runId) : await requireLocal().resume(runId);
    record(changed);
    return changed;
  }

  const service: RunService = {
    async start(params: StartRunParams) {
      if (params.target === 'remote') return startRemote(params.processId, params.inputArguments);
      const run = await requireLocal().start({ processKey: params.processKey, inputArguments: params.inputArguments });
      return record(run);
    },
    pauseRun: (runId: string) => setPaused(runId, true),
    resumeRun: (runId: string) => setPaused(runId, false),
    async stop(runId: string, mode: 'soft' | 'kill' = 'soft') {
      const run = await service.get(runId);
      if (isFinalRunState(run.state)) return run;
      if (run.target === 'local') {
        const stopped = await requireLocal().stop(runId, mode);
        return record(stopped);
      }
      const { client, jobId } = clientFor(run, 'stop');
      await stopJobs(client, folderIdOf(run), run.folderPath ?? '', [jobId], mode === 'kill' ? 'Kill' : 'SoftStop');
      const stopping: Run = { ...run, state: 'stopping' };
      record(stopping);
      remote.pollSoon(run.id);
      return stopping;
    },
    async list(params: { isActive?: boolean; limit?: number; isFresh?: boolean } = {}) {
      const profileId = deps.connections.active()?.connection.profileId ?? null;
      if (params.isFresh) await service.catchUp((run) => run.profileId === profileId);
      const runs = history
        .all()
        .filter((r) => r.profileId === null || r.profileId === profileId)
        .filter((r) => params.isActive === undefined || params.isActive === !isFinalRunState(r.state));
      return runs.slice(0, params.limit ?? runs.length);
    },
    async get(runId: string, options: { isFresh?: boolean } = {}) {
      if (options.isFresh) await service.catchUp((run) => run.id === runId);
      const run = history.get(runId);
      if (!run) throw new BatonError('NOT_FOUND', `There is no run ${runId}.`, { hint: 'List the runs to see their ids.' });
      return run;
    },
    onUpdated(listener: (run: Run) => void) {
      updated.add(listener);
      return () => void updated.delete(listener);
    },
    async logs(runId: string) {
      const run = await service.get(runId);
      const client = run.target === 'remote' && run.profileId !== null ? deps.clients.forProfile(run.profileId) : null;
      // Orchestrator's Jobs page in the run's folder, where the job's whole log is (its `fid` parameter).
      const orchestratorUrl = client ? `${client.connection.apiBaseUrl.replace(/\/+$/, '')}/jobs?fid=${folderIdOf(run)}` : undefined;
      return { ...logBuffer.page(runId), ...(orchestratorUrl ? { orchestratorUrl } : {}) };
    },
    onLog(listener: (log: RunLog) => void) {
      logs.add(listener);
      return () => void logs.delete(listener);
    },
    resume() {
      for (const run of history.all()) follow(run);
      // The local target's runs and log lines take the same way out as remote ones.
      const offUpdated = local?.onRunUpdated((run) => record(run));
      const offLog = local?.onRunLog(emitLog);
      return () => {
        offUpdated?.();
        offLog?.();
        remote.dispose();
      };
    },
    forgetHistory: () => history.clear(),
    adopt(run) {
      const kept = history.all().find((r) => r.profileId === run.profileId && r.jobId === run.jobId) ?? record(run);
      follow(kept);
      return kept;
    },
    async catchUp(isAffected = () => true) {
      const active = history
        .all()
        .filter(
          (r) => r.target === 'remote' && !isFinalRunState(r.state) && typeof r.jobId === 'number' && r.profileId !== null && isAffected(r),
        );
      const ended: Run[] = [];
      await Promise.all(
        active.map(async (run) => {
          const client = deps.clients.forProfile(run.profileId as string);
          if (!client) return;
          try {
            const job = await getJob(client, folderIdOf(run), run.jobId as number);
            const current = history.get(run.id);
            if (!current) return;
            const next = applyJob(current, job);
            record(next);
            if (!isFinalRunState(next.state)) return follow(next);
            remote.ended(run.id);
            ended.push(next);
          } catch (error) {
            deps.logger?.warn('Catching up on a run failed; following it as before', { runId: run.id, code: toErrorPayload(error).code });
            follow(history.get(run.id) ?? run);
          }
        }),
      );
      return ended;
    },
  };
  return service;
}

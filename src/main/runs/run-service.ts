import { randomUUID } from 'node:crypto';
import { isFinalRunState, type Run, type RunLog, type StartRunParams } from '../../shared/contract/runs';
import { BatonError, toErrorPayload } from '../../shared/errors';
import type { Clock, Logger, Notifier, SettingsStore } from '../platform';
import { getJob, isGone, stopJobs, type ClientPool, type ConnectionSource } from '../orchestrator';
import { convertInputArguments } from './input-conversion';
import { applyJob, hasChanged } from './job-to-run';
import { createJobPoller } from './job-poller';
import { startJobOnce, type StartStrategy } from './remote-start';
import { createRunHistory, withoutSensitiveValues } from './run-history';
import type { Process } from '../../shared/contract/catalog';

/** What local runs need: the robot domain's LocalRunner fits (src/main/robot). */
export interface LocalRunPort {
  start(request: { processKey: string; inputArguments?: Record<string, unknown> }): Promise<Run>;
  stop(runId: string, mode?: 'soft' | 'kill'): Promise<Run>;
  pause(runId: string): Promise<Run>;
  resume(runId: string): Promise<Run>;
  onRunUpdated(listener: (run: Run) => void): () => void;
  onRunLog(listener: (log: RunLog) => void): () => void;
}

export interface RunService {
  start(params: StartRunParams): Promise<Run>;
  stop(runId: string, mode?: 'soft' | 'kill'): Promise<Run>;
  /** Pauses or resumes a local run where the robot can; remote jobs cannot be paused (CONFLICT, with why). */
  pauseRun(runId: string): Promise<Run>;
  resumeRun(runId: string): Promise<Run>;
  /** With `isFresh`, active remote runs are read from Orchestrator first, not answered from history. */
  list(params?: { isActive?: boolean; limit?: number; isFresh?: boolean }): Promise<Run[]>;
  get(runId: string, options?: { isFresh?: boolean }): Promise<Run>;
  onUpdated(listener: (run: Run) => void): () => void;
  onLog(listener: (log: RunLog) => void): () => void;
  /** Plugs the robot's local runner in; returns the unplug function. */
  plugLocalRunner(runner: LocalRunPort): () => void;
  /** Resumes following the remote runs still active in the history; returns the disposer that stops all polling. */
  resume(): () => void;
  /**
   * After a lost connection came back: asks once for every active remote run `isAffected` picks,
   * records the answers (without one notification per run) and follows the rest afresh.
   * Resolves with the runs that turned out to have ended.
   */
  catchUp(isAffected?: (run: Run) => boolean): Promise<Run[]>;
  /** Follows a job Baton did not start (the Jobs view's Follow): kept and polled as a remote run; a known job keeps its run. */
  adopt(run: Run): Run;
  /** Forgets the history ("Reset Baton"); runs still going go on in Orchestrator and on the robot. */
  forgetHistory(): void;
}

/** Says why remote actions must not be tried now (src/main/connectivity's gate fits). */
export interface RemoteGate {
  refusal(apiBaseUrl: string): BatonError | undefined;
}

export interface RunServiceDeps {
  connections: ConnectionSource;
  clients: ClientPool;
  catalog: { findProcess(processId: string): Promise<Process> };
  settings: SettingsStore;
  clock: Clock;
  logger?: Logger;
  notifier?: Notifier;
  /** Refuses runs and stops at once while Orchestrator is unreachable, instead of trying (and never queueing). */
  remoteGate?: RemoteGate;
  listRequestsPerMinute?: number;
  newId?: () => string;
  random?: () => number;
}

const folderIdOf = (run: Run): number => Number(run.processId.split(':')[0]);

export function createRunService(deps: RunServiceDeps): RunService {
  const { clock } = deps;
  const history = createRunHistory(deps.settings, undefined, deps.logger);
  const updated = new Set<(run: Run) => void>();
  const logs = new Set<(log: RunLog) => void>();
  const strategies = new Map<string, StartStrategy>();
  const newId = deps.newId ?? (() => randomUUID());
  let local: LocalRunPort | undefined;

  // Every run passes here before anyone sees it, so a sensitive value leaves only with the start request.
  const record = (given: Run, { isQuiet = false } = {}): Run => {
    const run = withoutSensitiveValues(given);
    const before = history.get(run.id);
    if (before && !hasChanged(before, run)) return before;
    history.put(run);
    if (!isQuiet && before && !isFinalRunState(before.state) && isFinalRunState(run.state)) {
      deps.notifier?.notify({
        kind: 'run-finished',
        title: `${run.processName}: ${run.state}`,
        body: run.error?.message ?? run.info ?? '',
        target: `run:${run.id}`,
      });
    }
    for (const listener of [...updated]) listener(run);
    return run;
  };

  const poller = createJobPoller({
    clients: deps.clients,
    clock,
    logger: deps.logger,
    listRequestsPerMinute: deps.listRequestsPerMinute,
    isPaused: (apiBaseUrl) => deps.remoteGate?.refusal(apiBaseUrl) !== undefined,
    onJob(runId, job) {
      const run = history.get(runId);
      if (!run) return poller.unfollow(runId);
      const next = applyJob(run, job);
      record(next);
      if (isFinalRunState(next.state)) poller.unfollow(runId);
    },
    onError(runId, error) {
      const run = history.get(runId);
      if (!run) return 'stop';
      // Only Orchestrator's own "Job does not exist" (JSON 404, errorCode 1002) ends a run; a proxy's 404
      // page or a folder that moved says nothing about the job, so it is asked about again.
      if (isGone(error)) {
        record({ ...run, state: 'faulted', error: { ...toErrorPayload(error), message: 'Orchestrator no longer knows this job.' } });
        return 'stop';
      }
      return 'retry';
    },
  });

  const follow = (run: Run): void => {
    if (run.target !== 'remote' || isFinalRunState(run.state) || typeof run.jobId !== 'number' || run.profileId === null) return;
    poller.follow({ runId: run.id, profileId: run.profileId, folderId: folderIdOf(run), jobId: run.jobId });
  };

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

  async function setPaused(runId: string, isPaused: boolean): Promise<Run> {
    const run = await service.get(runId);
    if (isFinalRunState(run.state)) {
      throw new BatonError('CONFLICT', `${run.processName} has already ended.`, { hint: 'Refresh to see how it ended.' });
    }
    if (run.target === 'remote') {
      throw new BatonError('CONFLICT', 'Orchestrator cannot pause a running job.', {
        hint: 'Stop it instead; only runs on this machine’s robot can be paused.',
      });
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
      const client = run.profileId === null ? null : deps.clients.forProfile(run.profileId);
      const refusal = client ? deps.remoteGate?.refusal(client.connection.apiBaseUrl) : undefined;
      if (refusal) throw refusal;
      if (!client || typeof run.jobId !== 'number') {
        throw new BatonError('AUTH_REQUIRED', 'Sign in to the profile that started this run to stop it.', { hint: 'Sign in again.' });
      }
      await stopJobs(client, folderIdOf(run), run.folderPath ?? '', [run.jobId], mode === 'kill' ? 'Kill' : 'SoftStop');
      const stopping: Run = { ...run, state: 'stopping' };
      record(stopping);
      poller.pollSoon(run.id);
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
    onLog(listener: (log: RunLog) => void) {
      logs.add(listener);
      return () => void logs.delete(listener);
    },
    plugLocalRunner(runner: LocalRunPort) {
      local = runner;
      const offUpdated = runner.onRunUpdated((run) => record(run));
      const offLog = runner.onRunLog((log) => logs.forEach((listener) => listener(log)));
      return () => {
        offUpdated();
        offLog();
        if (local === runner) local = undefined;
      };
    },
    resume() {
      for (const run of history.all()) follow(run);
      return () => poller.dispose();
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
            record(next, { isQuiet: true });
            if (!isFinalRunState(next.state)) return follow(next);
            poller.unfollow(run.id);
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

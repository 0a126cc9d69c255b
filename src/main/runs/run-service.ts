import { randomUUID } from 'node:crypto';
import { isFinalRunState, type RemoteRun, type Run, type RunFor, type RunLog, type StartRunParams } from '../../shared/contract/runs';
import { BatonError, toErrorPayload } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { createEmitter } from '../lib';
import { hasChanged } from './job-to-run';
import { createRunHistory, withoutSensitiveValues } from './run-history';
import { createRunLogBuffer } from './run-log-buffer';
import type { RunService, RunServiceDeps } from './run-service-types';
import type { LocalTarget } from './targets/local';
import { createRemoteTarget } from './targets/remote';
import type { RunLogLine, RunTarget } from './targets/run-target';

export type { RunService, RunServiceDeps } from './run-service-types';

type AnyTarget = RunTarget<Run, never>;

/**
 * Every run, remote and local: kept in one history, told through one pair of events, and routed
 * to its target (targets/remote.ts, targets/local.ts) for everything only the target can do.
 */
export function createRunService(deps: RunServiceDeps): RunService {
  const { clock } = deps;
  const history = createRunHistory(deps.settings, undefined, deps.logger);
  const updated = createEmitter<Run>();
  const logged = createEmitter<RunLog>();
  const logBuffer = createRunLogBuffer(deps.remoteLogs?.linesKept);
  const newId = deps.newId ?? (() => randomUUID());

  // Every run passes here before anyone sees it, so a sensitive value leaves only with the start request.
  const record = <R extends Run>(given: R): R => {
    const run = withoutSensitiveValues(given);
    const before = history.get(run.id);
    if (before && !hasChanged(before, run)) return before as R;
    // A run that ended stays ended: an answer read after the end was told (a start's, a stop's) is older.
    if (before && isFinalRunState(before.state) && !isFinalRunState(run.state)) return before as R;
    history.put(run);
    updated.emit(run);
    return run;
  };
  // One way out for every log line, local or remote: numbered, kept (bounded) for `logs`, then sent.
  const emitLog = (line: RunLogLine): void => {
    const log = logBuffer.add({ ...line, seq: line.seq ?? logBuffer.nextSeq(line.runId) });
    logged.emit(log);
  };

  const remote = createRemoteTarget({
    connections: deps.connections,
    clients: deps.clients,
    catalog: deps.catalog,
    clock,
    logger: deps.logger,
    remoteGate: deps.remoteGate,
    current: (runId) => {
      const run = history.get(runId);
      return run?.target === 'remote' ? run : undefined;
    },
    listRequestsPerMinute: deps.listRequestsPerMinute,
    logs: deps.remoteLogs,
    random: deps.random,
  });
  const local: LocalTarget | undefined = deps.targets?.local;
  const offTargets = [remote, local].flatMap((target) =>
    target ? [target.onUpdated((run: Run) => void record(run)), target.onLog(emitLog)] : [],
  );

  const requireLocal = (): LocalTarget => {
    if (!local) {
      throw BatonError.said('ROBOT_UNAVAILABLE', said('errors.runLocalUnavailable'), { hint: said('errors.runLocalUnavailableHint') });
    }
    return local;
  };
  // The one place a run meets its target: the union's tag picks it, so each target sees only its own runs.
  const targetOf = (run: Run): AnyTarget => (run.target === 'remote' ? remote : requireLocal()) as unknown as AnyTarget;

  async function active(runId: string): Promise<Run> {
    const run = await service.get(runId);
    if (isFinalRunState(run.state)) {
      throw BatonError.said('CONFLICT', said('errors.runEnded', { name: run.processName }), { hint: said('errors.runEndedHint') });
    }
    return run;
  }

  const service: RunService = {
    async start<P extends StartRunParams>(params: P) {
      const run: Run =
        params.target === 'remote'
          ? await remote.start({ processId: params.processId, inputArguments: params.inputArguments }, newId())
          : await requireLocal().start({ processKey: params.processKey, inputArguments: params.inputArguments }, newId());
      const kept = record(run);
      targetOf(kept).follow(kept);
      return kept as RunFor<P['target']>;
    },
    async stop(runId, mode = 'soft') {
      const run = await service.get(runId);
      if (isFinalRunState(run.state)) return run;
      return record(await targetOf(run).stop(run, mode));
    },
    pauseRun: async (runId) => {
      const run = await active(runId);
      return record(await targetOf(run).pause(run));
    },
    resumeRun: async (runId) => {
      const run = await active(runId);
      return record(await targetOf(run).resume(run));
    },
    async list(params = {}) {
      const profileId = deps.connections.active()?.connection.profileId ?? null;
      if (params.isFresh) await service.catchUp((run) => run.profileId === profileId);
      const runs = history
        .all()
        .filter((r) => r.profileId === null || r.profileId === profileId)
        .filter((r) => params.isActive === undefined || params.isActive === !isFinalRunState(r.state));
      return runs.slice(0, params.limit ?? runs.length);
    },
    async get(runId, options = {}) {
      if (options.isFresh) await service.catchUp((run) => run.id === runId);
      const run = history.get(runId);
      if (!run) throw BatonError.said('NOT_FOUND', said('errors.runUnknown', { runId }), { hint: said('errors.runUnknownHint') });
      return run;
    },
    async logs(runId) {
      const run = await service.get(runId);
      const orchestratorUrl = run.target === 'remote' ? remote.logPageUrl(run) : undefined;
      return { ...logBuffer.page(runId), ...(orchestratorUrl ? { orchestratorUrl } : {}) };
    },
    onUpdated: (listener) => updated.on(listener),
    onLog: (listener) => logged.on(listener),
    followKept() {
      for (const run of history.all()) if (run.target === 'remote' && !isFinalRunState(run.state)) remote.follow(run);
    },
    forgetHistory: () => history.clear(),
    adopt(run) {
      const kept = history.all().find((r) => r.profileId === run.profileId && r.jobId === run.jobId) ?? record(run);
      if (kept.target === 'remote') remote.follow(kept);
      return kept;
    },
    async catchUp(isAffected = () => true) {
      const affected = history.all().filter((r): r is RemoteRun => r.target === 'remote' && !isFinalRunState(r.state) && isAffected(r));
      const ended: Run[] = [];
      await Promise.all(
        affected.map(async (run) => {
          try {
            const fresh = await remote.get(run);
            const current = history.get(run.id);
            if (current?.target !== 'remote') return;
            const next = record({ ...current, ...fresh });
            if (isFinalRunState(next.state)) ended.push(next);
            else remote.follow(next);
          } catch (error) {
            deps.logger?.warn('Catching up on a run failed; following it as before', { runId: run.id, code: toErrorPayload(error).code });
            remote.follow(run);
          }
        }),
      );
      return ended;
    },
    pushJob: (profileId, job) => remote.push(profileId, job),
    setPushActive: (profileId, isActive) => remote.setPushActive(profileId, isActive),
    dispose() {
      for (const off of offTargets) off();
      remote.dispose();
    },
  };
  return service;
}

import { isFinalRunState, type RemoteRun } from '../../shared/contract/runs';
import { toErrorPayload } from '../../shared/errors';
import { inEnglish, said } from '../../shared/message-parts';
import { isGone, type ClientPool, type JobDto } from '../orchestrator';
import type { Clock, Logger } from '../platform';
import { createJobPoller } from './job-poller';
import { applyJob } from './job-to-run';
import { createRemoteLogFollower, type RemoteLogLine } from './remote-logs';

export interface RemoteFollow {
  /** Follows an active remote run's state and its robot log lines; ended or unknown jobs are left alone. */
  follow(run: RemoteRun): void;
  /** The run ended elsewhere (catch-up): stop asking for its state; its last log lines are still read. */
  ended(runId: string): void;
  pollSoon(runId: string): void;
  /** A job update Orchestrator pushed (a webhook delivery): applied to the runs that follow that job as if polled. */
  push(profileId: string, job: JobDto): void;
  /** Webhooks deliver for this profile: its polling slows to a reconciliation pass. */
  setPushActive(profileId: string, isActive: boolean): void;
  dispose(): void;
}

/** Polls remote runs' jobs (state) and reads their robot logs while they go on. */
// The last log lines are worth a short wait before the end is told, not a long one.
const LAST_LINES_PATIENCE_MS = 5_000;

export function createRemoteFollow(deps: {
  clients: ClientPool;
  clock: Clock;
  logger?: Logger;
  listRequestsPerMinute?: number;
  isPaused(apiBaseUrl: string): boolean;
  /** The run as last recorded (the run service's history), or undefined once it is forgotten. */
  current(runId: string): RemoteRun | undefined;
  /** A new state of the run, to be recorded and told. */
  record(run: RemoteRun): void;
  onLogLines(runId: string, lines: RemoteLogLine[]): void;
  onLogNotice(runId: string, message: string): void;
  logs?: { everyMs?: number; pageSize?: number; requestsPerMinute?: number };
}): RemoteFollow {
  const { current } = deps;
  const ending = new Set<string>();
  const logFollower = createRemoteLogFollower({
    clients: deps.clients,
    clock: deps.clock,
    logger: deps.logger,
    ...deps.logs,
    onLines: deps.onLogLines,
    onNotice: deps.onLogNotice,
  });
  const poller = createJobPoller({
    clients: deps.clients,
    clock: deps.clock,
    logger: deps.logger,
    listRequestsPerMinute: deps.listRequestsPerMinute,
    isPaused: deps.isPaused,
    onJob(runId, job, source) {
      const run = current(runId);
      if (!run || ending.has(runId)) {
        if (!run) logFollower.unfollow(runId);
        return poller.unfollow(runId);
      }
      const applied = applyJob(run, job);
      // Says how the state it is in was learnt; a poll that only confirms a pushed state leaves that said.
      const next: RemoteRun = { ...applied, stateSource: applied.state !== run.state ? source : (run.stateSource ?? source) };
      followLog(next);
      if (!isFinalRunState(next.state)) return deps.record(next);
      // The log's last lines first, then the end: whoever waits for the end (baton run --wait) has them all.
      poller.unfollow(runId);
      ending.add(runId);
      let cancel: (() => void) | undefined;
      const patience = new Promise<void>((resolve) => (cancel = deps.clock.setTimeout(resolve, LAST_LINES_PATIENCE_MS)));
      void Promise.race([logFollower.finish(runId), patience]).then(() => {
        cancel?.();
        ending.delete(runId);
        deps.record({ ...(current(runId) ?? run), ...next });
      });
    },
    onError(runId, error) {
      const run = current(runId);
      if (!run) return 'stop';
      // Only Orchestrator's own "Job does not exist" (JSON 404, errorCode 1002) ends a run; a proxy's 404
      // page or a folder that moved says nothing about the job, so it is asked about again.
      if (isGone(error)) {
        const gone = said('errors.remoteJobGone');
        deps.record({ ...run, state: 'faulted', error: { ...toErrorPayload(error), message: inEnglish(gone), messageText: [gone] } });
        logFollower.unfollow(runId);
        return 'stop';
      }
      return 'retry';
    },
  });

  function followLog(run: RemoteRun): void {
    if (!run.jobKey) return;
    logFollower.follow({
      runId: run.id,
      profileId: run.profileId,
      folderId: run.folderId,
      folderPath: run.folderPath ?? '',
      jobKey: run.jobKey,
    });
  }

  return {
    follow(run) {
      if (run.target !== 'remote' || isFinalRunState(run.state) || typeof run.jobId !== 'number' || run.profileId === null) return;
      poller.follow({ runId: run.id, profileId: run.profileId, folderId: run.folderId, jobId: run.jobId });
      followLog(run);
    },
    ended(runId) {
      poller.unfollow(runId);
      void logFollower.finish(runId);
    },
    pollSoon: (runId) => poller.pollSoon(runId),
    push: (profileId, job) => poller.push(profileId, job),
    setPushActive: (profileId, isActive) => poller.setPushActive(profileId, isActive),
    dispose() {
      poller.dispose();
      logFollower.dispose();
    },
  };
}

import { BatonError } from '../../shared/errors';
import type { JobEvent, JobLog, LocalJob, RobotNotification } from '../../shared/robot-protocol';
import { createEmitter } from '../lib';
import type { Clock, Logger } from '../platform';
import { createJobTracker } from './job-tracker';
import type { RobotConnection } from './robot-connection';

type Request = <T>(call: (connection: RobotConnection) => Promise<T>) => Promise<T>;

/**
 * The bridge's job notifications, in order and once each: duplicates are dropped, a gap in a
 * job's `seq` is filled by asking for the job, and after a reconnect the jobs Baton knew are
 * brought up to date (or reported lost when the bridge no longer knows them).
 */
export interface JobFeed {
  onNotification(method: RobotNotification, params: unknown): void;
  /** After (re)connecting: what ran meanwhile. */
  resync(): Promise<void>;
  onJobUpdated(listener: (job: LocalJob) => void): () => void;
  onJobLog(listener: (log: JobLog) => void): () => void;
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  onProcessesChanged(listener: () => void): () => void;
}

export function createJobFeed(deps: { request: Request; clock: Clock; logger: Logger }): JobFeed {
  const { request, clock, logger } = deps;
  const tracker = createJobTracker();
  const jobs = createEmitter<LocalJob>();
  const logs = createEmitter<JobLog>();
  const events = createEmitter<JobEvent>();
  const processes = createEmitter<void>();

  function accept(job: LocalJob): void {
    if (tracker.accept(job)) jobs.emit(job);
  }

  async function resyncJob(jobId: string): Promise<void> {
    try {
      accept(await request((c) => c.request('jobs.get', { jobId })));
    } catch (error) {
      if (error instanceof BatonError && error.code === 'NOT_FOUND') return reportLost(jobId);
      logger.warn('Could not resynchronise a robot job', { jobId, code: error instanceof BatonError ? error.code : 'INTERNAL' });
    }
  }

  /** The bridge restarted without this job: say so instead of leaving it running forever. */
  function reportLost(jobId: string): void {
    const last = tracker.activeJobs().find((job) => job.jobId === jobId);
    if (!last) return;
    accept({
      ...last,
      state: 'faulted',
      seq: tracker.lastSeq(jobId) + 1,
      endedAt: new Date(clock.now()).toISOString(),
      error: { code: 'JOB_LOST', message: 'The robot bridge restarted and no longer knows this job.' },
    });
  }

  return {
    onNotification(method, params) {
      if (method === 'processes.changed') return processes.emit();
      const { jobId, seq } = params as { jobId: string; seq: number };
      const { isNew, hasGap } = tracker.observe(jobId, seq);
      if (!isNew) return;
      if (method === 'job.updated') accept(params as LocalJob);
      else if (method === 'job.log') logs.emit(params as JobLog);
      else if (method === 'job.event') events.emit(params as JobEvent);
      if (hasGap) void resyncJob(jobId);
    },
    async resync() {
      const knownActive = tracker.activeJobs();
      const active = await request((c) => c.request('jobs.list', { active: true }));
      for (const job of active) {
        tracker.observe(job.jobId, job.seq);
        accept(job);
      }
      const stillActive = new Set(active.map((job) => job.jobId));
      // Jobs that ended while the socket was down are not in the active list: ask for each.
      await Promise.all(knownActive.filter((job) => !stillActive.has(job.jobId)).map((job) => resyncJob(job.jobId)));
    },
    onJobUpdated: (listener) => jobs.on(listener),
    onJobLog: (listener) => logs.on(listener),
    onJobEvent: (listener) => events.on(listener),
    onProcessesChanged: (listener) => processes.on(() => listener()),
  };
}

import type { LocalJob } from '../../shared/robot-protocol';

interface Tracked {
  /** Highest seq seen in any notification or answer about the job. */
  lastSeq: number;
  /** seq of the newest LocalJob handed to listeners; older snapshots are never replayed. */
  lastUpdateSeq: number;
  job: LocalJob | undefined;
}

/**
 * Follows `seq` per job: it says which notifications are duplicates, which reveal a gap (so the
 * client resynchronises with jobs.get), and which job snapshots are newer than what listeners saw.
 */
export function createJobTracker(limit = 500) {
  const jobs = new Map<string, Tracked>();

  function entry(jobId: string): Tracked {
    let tracked = jobs.get(jobId);
    if (!tracked) {
      tracked = { lastSeq: 0, lastUpdateSeq: 0, job: undefined };
      jobs.set(jobId, tracked);
      if (jobs.size > limit) {
        const oldest = jobs.keys().next().value;
        if (oldest !== undefined) jobs.delete(oldest);
      }
    }
    return tracked;
  }

  return {
    /** Records a notification's seq; tells whether it is new and whether notifications were missed. */
    observe(jobId: string, seq: number): { isNew: boolean; hasGap: boolean } {
      const tracked = entry(jobId);
      if (seq <= tracked.lastSeq) return { isNew: false, hasGap: false };
      // A job first seen mid-stream (started elsewhere, or before we connected) is not a gap.
      const hasGap = tracked.lastSeq > 0 && seq > tracked.lastSeq + 1;
      tracked.lastSeq = seq;
      return { isNew: true, hasGap };
    },
    /** Accepts a job snapshot; true if listeners should see it (it is newer than the last one shown). */
    accept(job: LocalJob): boolean {
      const tracked = entry(job.jobId);
      if (job.seq <= tracked.lastUpdateSeq) return false;
      tracked.lastUpdateSeq = job.seq;
      tracked.lastSeq = Math.max(tracked.lastSeq, job.seq);
      tracked.job = job;
      return true;
    },
    /** Jobs this client saw that had not ended, as last seen. */
    activeJobs(): LocalJob[] {
      return [...jobs.values()]
        .map((tracked) => tracked.job)
        .filter((job): job is LocalJob => job !== undefined && !['successful', 'faulted', 'stopped'].includes(job.state));
    },
    lastSeq: (jobId: string) => jobs.get(jobId)?.lastSeq ?? 0,
  };
}
export type JobTracker = ReturnType<typeof createJobTracker>;

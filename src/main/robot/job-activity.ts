import { isTerminalJobState, type LocalJob } from '../../shared/robot-protocol';

/** The local jobs running now, as far as Baton knows: for "busy", and for jobs a dead bridge took with it. */
export interface JobActivity {
  /** Takes a job's latest snapshot; answers whether the robot went from idle to busy or back. */
  track(job: LocalJob): boolean;
  readonly count: number;
  /**
   * The connection went. Baton's own bridge keeps the snapshots: if it died, the next one started
   * knows nothing of them and they are reported lost (`lost`).
   */
  clear(options: { keepSnapshots: boolean }): void;
  /** The jobs that were running, ended as faulted with JOB_LOST at `endedAt`. */
  lost(endedAt: string): LocalJob[];
}

const ENDED_REMEMBERED = 200;

export function createJobActivity(): JobActivity {
  const active = new Set<string>();
  const snapshots = new Map<string, LocalJob>();
  // A start answer can arrive after the job's final notification; it must not count as running.
  const ended = new Set<string>();
  return {
    track(job) {
      const wasBusy = active.size > 0;
      if (isTerminalJobState(job.state)) {
        snapshots.delete(job.jobId);
        active.delete(job.jobId);
        ended.add(job.jobId);
        if (ended.size > ENDED_REMEMBERED) ended.delete(ended.values().next().value as string);
      } else if (!ended.has(job.jobId)) {
        snapshots.set(job.jobId, job);
        active.add(job.jobId);
      }
      return wasBusy !== active.size > 0;
    },
    get count() {
      return active.size;
    },
    clear({ keepSnapshots }) {
      if (!keepSnapshots) snapshots.clear();
      active.clear();
    },
    lost(endedAt) {
      return [...snapshots.values()].map((job) => ({
        ...job,
        state: 'faulted' as const,
        seq: job.seq + 1,
        endedAt,
        error: { code: 'JOB_LOST', message: 'Baton’s robot bridge stopped while this job ran; the job’s end is unknown.' },
      }));
    },
  };
}

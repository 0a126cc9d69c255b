import { RUN_LOG_LINES_KEPT, type RunLog, type RunLogPage } from '../../shared/contract/runs';

export interface RunLogBuffer {
  /** Keeps the line (dropping the oldest past the limit) and returns it. */
  add(log: RunLog): RunLog;
  /** Numbers a new line of the run after the last one kept. */
  nextSeq(runId: string): number;
  page(runId: string): Pick<RunLogPage, 'lines' | 'hasMore'>;
  forget(runId: string): void;
  clear(): void;
}

/**
 * The last lines of each run, in memory only: a log is the robot's and Orchestrator's to keep,
 * Baton shows what it read while it ran. Bounded per run and in the number of runs.
 */
export function createRunLogBuffer(perRun = RUN_LOG_LINES_KEPT, runs = 50): RunLogBuffer {
  const byRun = new Map<string, { lines: RunLog[]; hasDropped: boolean; seq: number }>();
  const entry = (runId: string) => {
    let found = byRun.get(runId);
    if (found) {
      // Most recently used last, so the oldest run's log goes first.
      byRun.delete(runId);
    } else {
      found = { lines: [], hasDropped: false, seq: 0 };
    }
    byRun.set(runId, found);
    while (byRun.size > runs) byRun.delete(byRun.keys().next().value as string);
    return found;
  };
  return {
    add(log) {
      const kept = entry(log.runId);
      kept.lines.push(log);
      kept.seq = Math.max(kept.seq, log.seq);
      if (kept.lines.length > perRun) {
        kept.lines.splice(0, kept.lines.length - perRun);
        kept.hasDropped = true;
      }
      return log;
    },
    nextSeq(runId) {
      return (byRun.get(runId)?.seq ?? 0) + 1;
    },
    page(runId) {
      const kept = byRun.get(runId);
      return { lines: kept ? [...kept.lines] : [], hasMore: kept?.hasDropped ?? false };
    },
    forget: (runId) => void byRun.delete(runId),
    clear: () => byRun.clear(),
  };
}

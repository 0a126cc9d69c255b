import { useMemo } from 'react';
import type { Run, RunLog, RunLogPage } from '../../../shared/contract/runs';

/** A run's log as streamed (`run.log`) while this view is open, each line once, in order. */
export function useRunLog(
  _run: Run,
  streamed: readonly RunLog[] | undefined,
  _isWanted: boolean,
): Omit<RunLogPage, 'lines'> & { lines: RunLog[] } {
  const lines = useMemo(() => {
    const bySeq = new Map<number, RunLog>();
    for (const line of streamed ?? []) bySeq.set(line.seq, line);
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }, [streamed]);
  return { lines, hasMore: false };
}

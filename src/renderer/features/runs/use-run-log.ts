import { useMemo } from 'react';
import type { Run, RunLog, RunLogPage } from '../../../shared/contract/runs';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

/**
 * A run's log: the lines Baton held before this view opened (`runs.logs`, for runs still going
 * or the one a link points at), then those streamed as `run.log`, each once, in order.
 */
export function useRunLog(
  run: Run,
  streamed: readonly RunLog[] | undefined,
  isWanted: boolean,
): Omit<RunLogPage, 'lines'> & { lines: RunLog[] } {
  const api = useBatonApi();
  // No log is no error worth a banner: the run's own state still shows.
  const page = useLiveValue(() => api.runs.logs({ runId: run.id }), undefined, { deps: [run.id], isEnabled: isWanted }).value;
  const lines = useMemo(() => {
    const bySeq = new Map<number, RunLog>();
    for (const line of page?.lines ?? []) bySeq.set(line.seq, line);
    for (const line of streamed ?? []) bySeq.set(line.seq, line);
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }, [page, streamed]);
  return { lines, hasMore: page?.hasMore ?? false, ...(page?.orchestratorUrl ? { orchestratorUrl: page.orchestratorUrl } : {}) };
}

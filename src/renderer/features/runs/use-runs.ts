import { useCallback, useEffect, useState } from 'react';
import type { Run, RunLog } from '../../../shared/contract/runs';
import type { BatonError } from '../../../shared/errors';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';
import { mergeRun } from './run-format';

const LOG_LINES_KEPT = 200;

export interface RunsState {
  runs?: Run[];
  error?: BatonError;
  /** The last lines logged by each run while this view was open (local runs stream them). */
  logs: Record<string, RunLog[]>;
  /** Adds or replaces a run at once (e.g. the answer of `runs.start`), before its event arrives. */
  upsert(run: Run): void;
  retry(): void;
}

/** Run history from `runs.list`, kept current by `run.updated` and `run.log`. */
export function useRuns(limit = 100): RunsState {
  const api = useBatonApi();
  const [logs, setLogs] = useState<Record<string, RunLog[]>>({});
  // An update before the list has nothing to join yet; one that races the list is applied on top of it.
  const live = useLiveValue(() => api.runs.list({ limit }), 'run.updated', {
    apply: (current, run) => current && mergeRun(current, run, limit),
    deps: [limit],
  });
  const { set, refetch } = live;

  useEffect(
    () =>
      api.on('run.log', (log) =>
        setLogs((current) => ({ ...current, [log.runId]: [...(current[log.runId] ?? []), log].slice(-LOG_LINES_KEPT) })),
      ),
    [api],
  );

  const upsert = useCallback((run: Run) => set((current) => mergeRun(current ?? [], run, limit)), [set, limit]);
  const retry = useCallback(() => void refetch(), [refetch]);
  return { runs: live.value, error: live.error, logs, upsert, retry };
}

/** The current time, ticking every `intervalMs` while `isTicking`; for elapsed times. */
export function useNow(isTicking: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [isTicking, intervalMs]);
  return now;
}

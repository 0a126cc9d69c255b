import { useCallback, useEffect, useState } from 'react';
import type { Run, RunLog } from '../../../shared/contract/runs';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi, useConnectionState } from '../../app/baton-context';
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
  const connection = useConnectionState();
  const [runs, setRuns] = useState<Run[]>();
  const [error, setError] = useState<BatonError>();
  const [logs, setLogs] = useState<Record<string, RunLog[]>>({});
  const [round, setRound] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    const pending: Run[] = [];
    let isListed = false;
    const stopUpdates = api.on('run.updated', (run) => {
      if (!isCurrent) return;
      if (!isListed) pending.push(run);
      else setRuns((current) => mergeRun(current ?? [], run, limit));
    });
    const stopLogs = api.on('run.log', (log) => {
      if (!isCurrent) return;
      setLogs((current) => ({ ...current, [log.runId]: [...(current[log.runId] ?? []), log].slice(-LOG_LINES_KEPT) }));
    });
    api.runs.list({ limit }).then(
      (listed) => {
        if (!isCurrent) return;
        isListed = true;
        // Updates that raced the list are newer than what it returned.
        setRuns(pending.reduce((all, run) => mergeRun(all, run, limit), listed));
        setError(undefined);
      },
      (caught: unknown) => isCurrent && setError(toBatonError(caught)),
    );
    return () => {
      isCurrent = false;
      stopUpdates();
      stopLogs();
    };
  }, [api, limit, round]);

  const hasFailed = error !== undefined;
  useEffect(() => {
    if (connection.status === 'open' && hasFailed) setRound((value) => value + 1);
  }, [connection.status, hasFailed]);

  const upsert = useCallback((run: Run) => setRuns((current) => mergeRun(current ?? [], run, limit)), [limit]);
  const retry = useCallback(() => setRound((value) => value + 1), []);
  return { runs, error, logs, upsert, retry };
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

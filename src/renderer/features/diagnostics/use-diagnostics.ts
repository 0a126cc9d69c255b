import { useCallback, useRef } from 'react';
import type { CheckResult, DiagnosticsProgress, DiagnosticsReport, DiagnosticsRunParams } from '../../../shared/contract/diagnostics';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

export interface CheckRow {
  id: string;
  title: string;
  state: 'running' | 'done';
  result?: CheckResult;
}

interface Diagnosis {
  rows: CheckRow[];
  report?: DiagnosticsReport;
}

/** Runs diagnostics.run and keeps each check's live progress from diagnostics.progress. */
export function useDiagnostics() {
  const api = useBatonApi();
  const params = useRef<DiagnosticsRunParams>({});
  // Progress belongs to the run this view started; the report, once in, is the last word.
  const isRunningRef = useRef(false);
  const live = useLiveValue(
    async (): Promise<Diagnosis> => {
      const report = await api.diagnostics.run(params.current);
      return { report, rows: report.checks.map((check) => ({ id: check.id, title: check.title, state: 'done', result: check })) };
    },
    'diagnostics.progress',
    {
      apply: (current, progress) =>
        isRunningRef.current && !current?.report ? { rows: withProgress(current?.rows ?? [], progress) } : current,
      isEnabled: false,
    },
  );
  const { set, refetch } = live;

  const run = useCallback(
    async (next: DiagnosticsRunParams) => {
      params.current = next;
      isRunningRef.current = true;
      set(() => ({ rows: [] }));
      await refetch();
      isRunningRef.current = false;
    },
    [set, refetch],
  );

  return { rows: live.value?.rows ?? [], report: live.value?.report, error: live.error, isRunning: live.isLoading, run };
}

function withProgress(rows: readonly CheckRow[], progress: DiagnosticsProgress): CheckRow[] {
  const next = rows.filter((row) => row.id !== progress.id);
  next.splice(progress.index, 0, {
    id: progress.id,
    title: progress.title,
    state: progress.state,
    ...(progress.result ? { result: progress.result } : {}),
  });
  return next;
}

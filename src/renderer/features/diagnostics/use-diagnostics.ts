import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult, DiagnosticsReport, DiagnosticsRunParams } from '../../../shared/contract/diagnostics';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';

export interface CheckRow {
  id: string;
  title: string;
  state: 'running' | 'done';
  result?: CheckResult;
}

/** Runs diagnostics.run and keeps each check's live progress from diagnostics.progress. */
export function useDiagnostics() {
  const api = useBatonApi();
  const [rows, setRows] = useState<CheckRow[]>([]);
  const [report, setReport] = useState<DiagnosticsReport>();
  const [error, setError] = useState<BatonError>();
  const [isRunning, setIsRunning] = useState(false);
  const isRunningRef = useRef(false);

  useEffect(
    () =>
      api.on('diagnostics.progress', (progress) => {
        if (!isRunningRef.current) return;
        setRows((current) => {
          const next = current.filter((row) => row.id !== progress.id);
          next.splice(progress.index, 0, {
            id: progress.id,
            title: progress.title,
            state: progress.state,
            ...(progress.result ? { result: progress.result } : {}),
          });
          return next;
        });
      }),
    [api],
  );

  const run = useCallback(
    async (params: DiagnosticsRunParams) => {
      isRunningRef.current = true;
      setIsRunning(true);
      setRows([]);
      setReport(undefined);
      setError(undefined);
      try {
        const result = await api.diagnostics.run(params);
        setReport(result);
        setRows(result.checks.map((check) => ({ id: check.id, title: check.title, state: 'done', result: check })));
      } catch (caught) {
        setError(toBatonError(caught));
      } finally {
        isRunningRef.current = false;
        setIsRunning(false);
      }
    },
    [api],
  );

  return { rows, report, error, isRunning, run };
}

import { useId, useState, type FormEvent } from 'react';
import { formatDiagnosticsReport, type CheckStatus } from '../../../shared/contract/diagnostics';
import { ErrorBanner } from '../../components/error-banner';
import { useDiagnostics, type CheckRow } from './use-diagnostics';

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', skipped: '–' };
const WORD: Record<CheckStatus, string> = { pass: 'Passed', fail: 'Failed', warn: 'Warning', skipped: 'Skipped' };

function CheckItem({ row }: { row: CheckRow }) {
  const result = row.result;
  if (!result) {
    return (
      <li className="diagnostics-check" data-check={row.id} data-status="running" aria-busy="true">
        <span aria-hidden="true">…</span> {row.title}: checking…
      </li>
    );
  }
  return (
    <li className={`diagnostics-check diagnostics-${result.status}`} data-check={row.id} data-status={result.status}>
      <span aria-label={WORD[result.status]}>{MARK[result.status]}</span> <strong>{result.title}</strong>: {result.summary}
      {result.status === 'skipped' && result.because ? <span> (skipped because {result.because})</span> : null}
      {result.fix && (result.status === 'fail' || result.status === 'warn') ? <p className="diagnostics-fix">Fix: {result.fix}</p> : null}
      {result.evidence.length > 0 ? (
        <details>
          <summary>Evidence ({result.durationMs} ms)</summary>
          <ul>
            {result.evidence.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** The checks screen: "Run checks", live progress per check, and a report to copy (no secrets in it). */
export function DiagnosticsChecks() {
  const { rows, report, error, isRunning, run } = useDiagnostics();
  const [processName, setProcessName] = useState('');
  const [folderPath, setFolderPath] = useState('');
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const processId = useId();
  const folderId = useId();

  function submit(event: FormEvent): void {
    event.preventDefault();
    setCopied(undefined);
    void run({ ...(processName.trim() ? { processName: processName.trim() } : {}), ...(folderPath.trim() ? { folderPath: folderPath.trim() } : {}) });
  }

  async function copy(): Promise<void> {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(formatDiagnosticsReport(report, { withEvidence: true }));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="card diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Connection checks</h2>
      <p>Checks the Orchestrator URL, network, certificate, sign-in, scopes, folders, processes and the robot on this machine, and says how to fix what fails.</p>
      <form onSubmit={submit}>
        <label htmlFor={processId}>Process (optional)</label> <input id={processId} value={processName} onChange={(e) => setProcessName(e.target.value)} placeholder="e.g. Hello World" />{' '}
        <label htmlFor={folderId}>Folder (optional)</label> <input id={folderId} value={folderPath} onChange={(e) => setFolderPath(e.target.value)} placeholder="e.g. Finance/Invoices" />{' '}
        <button type="submit" disabled={isRunning}>
          {isRunning ? 'Running checks…' : 'Run checks'}
        </button>
      </form>
      {error ? <ErrorBanner error={error} onRetry={() => submit({ preventDefault() {} } as FormEvent)} /> : null}
      {rows.length > 0 ? (
        <ol className="diagnostics-checks" aria-label="Checks" aria-live="polite">
          {rows.map((row) => (
            <CheckItem key={row.id} row={row} />
          ))}
        </ol>
      ) : null}
      {report ? (
        <p role="status">
          {report.overall === 'fail' ? 'Problems found.' : report.overall === 'warn' ? 'Works, with warnings.' : 'All checks passed.'}{' '}
          <button type="button" onClick={() => void copy()}>
            Copy report
          </button>{' '}
          {copied === 'yes' ? 'Copied (no tokens or secrets are in it).' : copied === 'failed' ? 'Could not copy: select the checks above and copy them instead.' : null}
        </p>
      ) : null}
    </section>
  );
}

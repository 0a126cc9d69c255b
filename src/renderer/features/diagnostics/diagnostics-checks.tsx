import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CHECK_TITLES, formatDiagnosticsReport } from '../../../shared/contract/diagnostics';
import { ErrorBanner } from '../../components/error-banner';
import { CheckList } from './check-list';
import { useCheckTarget } from './use-check-target';
import { useDiagnostics } from './use-diagnostics';

/** The checks screen: "Run checks", live progress per check, and a report to copy (no secrets in it). */
export function DiagnosticsChecks() {
  const { rows, report, error, isRunning, run } = useDiagnostics();
  const [processName, setProcessName] = useState('');
  const [folderPath, setFolderPath] = useState('');
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const processId = useId();
  const folderId = useId();
  const target = useCheckTarget();
  const ranFor = useRef<string | undefined>(undefined);

  // An error elsewhere linked here (#/diagnostics?check=tls): run the checks at once, for the active profile.
  useEffect(() => {
    if (!target || ranFor.current === target) return;
    ranFor.current = target;
    void run({});
  }, [target, run]);

  function submit(event: FormEvent): void {
    event.preventDefault();
    setCopied(undefined);
    void run({
      ...(processName.trim() ? { processName: processName.trim() } : {}),
      ...(folderPath.trim() ? { folderPath: folderPath.trim() } : {}),
    });
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
      <p>
        Checks the Orchestrator URL, network, certificate, sign-in, scopes, folders, processes and the robot on this machine, and says how
        to fix what fails.
      </p>
      <form onSubmit={submit}>
        <label htmlFor={processId}>Process (optional)</label>{' '}
        <input id={processId} value={processName} onChange={(e) => setProcessName(e.target.value)} placeholder="e.g. Hello World" />{' '}
        <label htmlFor={folderId}>Folder (optional)</label>{' '}
        <input id={folderId} value={folderPath} onChange={(e) => setFolderPath(e.target.value)} placeholder="e.g. Finance/Invoices" />{' '}
        <button type="submit" disabled={isRunning}>
          {isRunning ? 'Running checks…' : 'Run checks'}
        </button>
      </form>
      {target ? <p className="diagnostics-target-note">From an error: see “{CHECK_TITLES[target]}” below.</p> : null}
      {error ? <ErrorBanner error={error} withCheckLink={false} onRetry={() => submit({ preventDefault() {} } as FormEvent)} /> : null}
      {rows.length > 0 ? <CheckList rows={rows} label="Checks" target={target} /> : null}
      {report ? (
        <p role="status">
          {report.overall === 'fail' ? 'Problems found.' : report.overall === 'warn' ? 'Works, with warnings.' : 'All checks passed.'}{' '}
          <button type="button" onClick={() => void copy()}>
            Copy report
          </button>{' '}
          {copied === 'yes'
            ? 'Copied (no tokens or secrets are in it).'
            : copied === 'failed'
              ? 'Could not copy: select the checks above and copy them instead.'
              : null}
        </p>
      ) : null}
    </section>
  );
}

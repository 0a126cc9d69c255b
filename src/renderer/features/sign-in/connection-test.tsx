import { useState } from 'react';
import { ErrorBanner } from '../../components/error-banner';
import { CheckList, connectionRows, connectionVerdict, useDiagnostics } from '../diagnostics';

/**
 * "Test connection" on the setup screen: the address checks of diagnostics.run (no profile needed),
 * each shown as it finishes, with the fix under a failure.
 */
export function ConnectionTest({ url, onMissingUrl }: { url: string; onMissingUrl: () => void }) {
  const { rows, report, error, isRunning, run } = useDiagnostics();
  const [testedUrl, setTestedUrl] = useState<string>();
  const shown = connectionRows(rows);

  function test(): void {
    const trimmed = url.trim();
    if (!trimmed) {
      onMissingUrl();
      return;
    }
    setTestedUrl(trimmed);
    void run({ orchestratorUrl: trimmed });
  }

  return (
    <div className="connection-test" aria-label="Connection test" role="group">
      <div>
        <button type="button" onClick={test} disabled={isRunning}>
          {isRunning ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      {testedUrl && (isRunning || shown.length > 0) ? (
        <p className="sign-in-help">
          {isRunning ? 'Testing' : 'Tested'} {testedUrl}
          {testedUrl !== url.trim() && !isRunning ? ' (the URL has changed since: test again)' : ''}
        </p>
      ) : null}
      {shown.length > 0 ? <CheckList rows={shown} label="Connection test results" /> : null}
      {report && !isRunning ? <p role="status">{connectionVerdict(connectionRows(report.checks).map((check) => check.status))}</p> : null}
      {error ? <ErrorBanner error={error} withCheckLink={false} onRetry={test} /> : null}
    </div>
  );
}

import { useState } from 'react';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { CheckList, connectionRows, connectionVerdict, useDiagnostics } from '../diagnostics';

/**
 * "Test connection" on the setup screen: the address checks of diagnostics.run (no profile needed),
 * each shown as it finishes, with the fix under a failure.
 */
export function ConnectionTest({ url, onMissingUrl }: { url: string; onMissingUrl: () => void }) {
  const t = useT();
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
    <div className="connection-test" aria-label={t.t('signIn.connectionTest')} role="group">
      <div>
        <button type="button" onClick={test} disabled={isRunning}>
          {isRunning ? t.t('signIn.testing') : t.t('signIn.test')}
        </button>
      </div>
      {testedUrl && (isRunning || shown.length > 0) ? (
        <p className="sign-in-help">
          {isRunning
            ? t.t('signIn.testingUrl', { url: testedUrl })
            : testedUrl !== url.trim()
              ? t.t('signIn.testedUrlChanged', { url: testedUrl })
              : t.t('signIn.testedUrl', { url: testedUrl })}
        </p>
      ) : null}
      {shown.length > 0 ? <CheckList rows={shown} label={t.t('signIn.testResults')} /> : null}
      {report && !isRunning ? (
        <p role="status">
          {connectionVerdict(
            connectionRows(report.checks).map((check) => check.status),
            t,
          )}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} withCheckLink={false} onRetry={test} /> : null}
    </div>
  );
}

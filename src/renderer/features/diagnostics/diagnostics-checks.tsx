import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { checkTitle, formatDiagnosticsReport } from '../../../shared/contract/diagnostics';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { CheckList } from './check-list';
import { useCheckTarget } from './use-check-target';
import { useDiagnostics } from './use-diagnostics';

/** The checks screen: "Run checks", live progress per check, and a report to copy (no secrets in it). */
export function DiagnosticsChecks() {
  const t = useT();
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
      await navigator.clipboard.writeText(formatDiagnosticsReport(report, { withEvidence: true, t }));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="card diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t.t('diagnostics.heading')}</h2>
      <p>{t.t('diagnostics.intro')}</p>
      <form onSubmit={submit}>
        <label htmlFor={processId}>{t.t('diagnostics.processLabel')}</label>{' '}
        <input
          id={processId}
          value={processName}
          onChange={(e) => setProcessName(e.target.value)}
          placeholder={t.t('diagnostics.processPlaceholder')}
        />{' '}
        <label htmlFor={folderId}>{t.t('diagnostics.folderLabel')}</label>{' '}
        <input
          id={folderId}
          value={folderPath}
          onChange={(e) => setFolderPath(e.target.value)}
          placeholder={t.t('diagnostics.folderPlaceholder')}
        />{' '}
        <button type="submit" disabled={isRunning}>
          {isRunning ? t.t('diagnostics.running') : t.t('diagnostics.run')}
        </button>
      </form>
      {target ? <p className="diagnostics-target-note">{t.t('diagnostics.fromError', { title: checkTitle(t, target) })}</p> : null}
      {error ? <ErrorBanner error={error} withCheckLink={false} onRetry={() => submit({ preventDefault() {} } as FormEvent)} /> : null}
      {rows.length > 0 ? <CheckList rows={rows} label={t.t('diagnostics.checksLabel')} target={target} /> : null}
      {report ? (
        <p role="status">
          {t.t('diagnostics.overall', { overall: report.overall })}{' '}
          <button type="button" onClick={() => void copy()}>
            {t.t('diagnostics.copy')}
          </button>{' '}
          {copied === 'yes' ? t.t('diagnostics.copied') : copied === 'failed' ? t.t('diagnostics.copyFailed') : null}
        </p>
      ) : null}
    </section>
  );
}

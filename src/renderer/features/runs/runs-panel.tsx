import { useEffect, useRef, useState } from 'react';
import type { Translator } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import '../../components/visually-hidden.css';
import { RunItem } from './run-item';
import { isActiveRun, stateLabel } from './run-format';
import { useNow, type RunsState } from './use-runs';
import './runs.css';

/** The "Runs" region: each run followed live, newest first. */
export function RunsPanel({
  state,
  showHeading = true,
  limit,
  focusRunId,
}: {
  state: RunsState;
  showHeading?: boolean;
  limit?: number;
  /** A run a notification or link points at: shown as current, scrolled to and focused. */
  focusRunId?: string;
}) {
  const translator = useT();
  const { t } = translator;
  const { runs, error, logs, upsert, retry } = state;
  const shown = limit === undefined ? runs : runs?.slice(0, limit);
  const hasActive = shown?.some(isActiveRun) ?? false;
  const now = useNow(hasActive);
  const announcement = useFinishedAnnouncement(runs, translator);

  return (
    <section className="runs-panel" aria-label={t('runs.region')}>
      {showHeading ? <h2 className="runs-heading">{t('runs.region')}</h2> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorBanner error={error} onRetry={retry} /> : null}
      {!runs && !error ? <p role="status">{t('runs.loading')}</p> : null}
      {shown && shown.length === 0 ? <p className="runs-empty">{t('runs.empty')}</p> : null}
      {focusRunId && shown && !shown.some((run) => run.id === focusRunId) ? (
        <p role="status" className="runs-missing">
          {t('runs.missing')}
        </p>
      ) : null}
      {shown && shown.length > 0 ? (
        <ul className="runs-list" aria-label={t('runs.history')}>
          {shown.map((run) => (
            <RunItem
              key={run.id}
              run={run}
              now={now}
              logs={logs[run.id]}
              onUpdated={upsert}
              headingLevel={showHeading ? 3 : 2}
              isFocused={run.id === focusRunId}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** "Invoice Intake: Successful" for screen readers, when a run the panel saw running ends. */
function useFinishedAnnouncement(runs: RunsState['runs'], translator: Translator): string {
  const seen = useRef(new Map<string, boolean>());
  const [text, setText] = useState('');
  useEffect(() => {
    for (const run of runs ?? []) {
      const wasActive = seen.current.get(run.id);
      const isActive = isActiveRun(run);
      if (wasActive === true && !isActive)
        setText(translator.t('runs.finished', { name: run.processName, state: stateLabel(run.state, translator) }));
      seen.current.set(run.id, isActive);
    }
  }, [runs, translator]);
  return text;
}

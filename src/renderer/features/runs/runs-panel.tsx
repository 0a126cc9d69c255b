import { useEffect, useRef, useState } from 'react';
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
  const { runs, error, logs, upsert, retry } = state;
  const shown = limit === undefined ? runs : runs?.slice(0, limit);
  const hasActive = shown?.some(isActiveRun) ?? false;
  const now = useNow(hasActive);
  const announcement = useFinishedAnnouncement(runs);

  return (
    <section className="runs-panel" aria-label="Runs">
      {showHeading ? <h2 className="runs-heading">Runs</h2> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorBanner error={error} onRetry={retry} /> : null}
      {!runs && !error ? <p role="status">Loading runs…</p> : null}
      {shown && shown.length === 0 ? <p className="runs-empty">No runs yet. Start a process with its “Run” button.</p> : null}
      {focusRunId && shown && !shown.some((run) => run.id === focusRunId) ? (
        <p role="status" className="runs-missing">
          That run is no longer in the history: Baton keeps the newest runs of each connection.
        </p>
      ) : null}
      {shown && shown.length > 0 ? (
        <ul className="runs-list" aria-label="Run history">
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
function useFinishedAnnouncement(runs: RunsState['runs']): string {
  const seen = useRef(new Map<string, boolean>());
  const [text, setText] = useState('');
  useEffect(() => {
    for (const run of runs ?? []) {
      const wasActive = seen.current.get(run.id);
      const isActive = isActiveRun(run);
      if (wasActive === true && !isActive) setText(`${run.processName}: ${stateLabel(run.state)}`);
      seen.current.set(run.id, isActive);
    }
  }, [runs]);
  return text;
}

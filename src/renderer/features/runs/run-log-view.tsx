import { useEffect, useRef } from 'react';
import type { RunLog } from '../../../shared/contract/runs';

const LEVEL_NAMES: Record<RunLog['level'], string> = { trace: 'Trace', info: 'Info', warn: 'Warning', error: 'Error' };

/** A run's log lines, newest at the bottom and kept in view while they arrive; Report Status lines marked. */
export function RunLogView({ lines, hasMore, orchestratorUrl }: { lines: RunLog[]; hasMore: boolean; orchestratorUrl?: string }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [lines.length]);
  if (lines.length === 0 && !hasMore) return null;
  return (
    <div className="run-log-box">
      {hasMore && orchestratorUrl ? (
        <p className="run-log-more">
          Earlier lines are not shown.{' '}
          <a href={orchestratorUrl} target="_blank" rel="noreferrer noopener">
            Show all in Orchestrator
          </a>
        </p>
      ) : null}
      <ol ref={list} className="run-log" aria-label="Log" tabIndex={0}>
        {lines.map((line) => (
          <li
            key={line.seq}
            data-level={line.level}
            data-report-status={line.isReportStatus ? 'true' : undefined}
            data-notice={line.isNotice ? 'true' : undefined}
          >
            <time className="run-log-time" dateTime={line.at}>
              {new Date(line.at).toLocaleTimeString()}
            </time>{' '}
            <span className="visually-hidden">{LEVEL_NAMES[line.level]}: </span>
            {line.isReportStatus ? <span className="run-log-status">Status</span> : null}
            {line.message}
          </li>
        ))}
      </ol>
    </div>
  );
}

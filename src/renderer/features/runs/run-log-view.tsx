import { useEffect, useRef } from 'react';
import type { RunLog } from '../../../shared/contract/runs';
import { useT } from '../../app/i18n';

/** A run's log lines, newest at the bottom and kept in view while they arrive; Report Status lines marked. */
export function RunLogView({ lines, hasMore, orchestratorUrl }: { lines: RunLog[]; hasMore: boolean; orchestratorUrl?: string }) {
  const { t, formatTime } = useT();
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
          {t('runs.earlierLines')}{' '}
          <a href={orchestratorUrl} target="_blank" rel="noreferrer noopener">
            {t('runs.showAllInOrchestrator')}
          </a>
        </p>
      ) : null}
      <ol ref={list} className="run-log" aria-label={t('runs.log')} tabIndex={0}>
        {lines.map((line) => (
          <li
            key={line.seq}
            data-level={line.level}
            data-report-status={line.isReportStatus ? 'true' : undefined}
            data-notice={line.isNotice ? 'true' : undefined}
          >
            <time className="run-log-time" dateTime={line.at}>
              {formatTime(new Date(line.at), { timeStyle: 'medium' })}
            </time>{' '}
            <span className="visually-hidden">{t('runs.level', { level: line.level })} </span>
            {line.isReportStatus ? <span className="run-log-status">{t('runs.status')}</span> : null}
            {line.message}
          </li>
        ))}
      </ol>
    </div>
  );
}

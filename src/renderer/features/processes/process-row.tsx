import { memo } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import type { Translator } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { Highlight } from './highlight';

export const PROCESS_ROW_HEIGHT = 68;

/** Why "Run" is disabled for a process the person may only see. */
export function viewOnlyReason(process: Process, { t }: Translator): string {
  return t('processes.viewOnlyReason', { permission: 'Jobs.Create', folder: process.folderPath });
}

/** One process in the list. Memoized: a row re-renders only when its process or handlers change. */
export const ProcessRow = memo(function ProcessRow({
  process,
  isActive,
  onRun,
  onFavorite,
  onDetails,
  terms,
}: {
  process: Process;
  /** Only the active row's buttons are in the tab order; the list moves between rows with arrows. */
  isActive: boolean;
  onRun(process: Process): void;
  onFavorite(process: Process): void;
  /** The name opens the process's details. */
  onDetails(process: Process): void;
  /** The search's terms, marked where they match. */
  terms: readonly string[];
}) {
  const translator = useT();
  const { t } = translator;
  const reasonId = `run-reason-${process.id}`;
  return (
    <div className="process-row">
      <button
        type="button"
        className="process-star"
        aria-pressed={process.isFavorite}
        aria-label={t('processes.favourite', { name: process.name })}
        title={process.isFavorite ? t('processes.unfavouriteTitle') : t('processes.favouriteTitle')}
        tabIndex={isActive ? 0 : -1}
        onClick={() => onFavorite(process)}
      >
        <span aria-hidden="true">{process.isFavorite ? '★' : '☆'}</span>
      </button>
      <div className="process-text">
        <p className="process-name" dir="auto">
          <button type="button" className="process-name-button" dir="auto" tabIndex={isActive ? 0 : -1} onClick={() => onDetails(process)}>
            <Highlight text={process.name} terms={terms} />
          </button>
          {process.prefersLocal ? <span className="process-badge">{t('processes.attended')}</span> : null}
          {!process.isRunnable ? <span className="process-badge process-badge-muted">{t('processes.viewOnly')}</span> : null}
        </p>
        <p className="process-description" dir="auto">
          {process.description ? <Highlight text={process.description} terms={terms} /> : t('processes.noDescription')}
        </p>
      </div>
      <p className="process-folder" dir="auto" title={process.folderPath}>
        <span className="visually-hidden">{t('processes.folderPrefix')} </span>
        <Highlight text={process.folderPath} terms={terms} />
      </p>
      {!process.isRunnable ? (
        <span id={reasonId} className="visually-hidden">
          {viewOnlyReason(process, translator)}
        </span>
      ) : null}
      <button
        type="button"
        className="process-run"
        tabIndex={isActive ? 0 : -1}
        aria-label={t('processes.runProcess', { name: process.name })}
        disabled={!process.isRunnable && !process.prefersLocal}
        aria-describedby={!process.isRunnable ? reasonId : undefined}
        title={!process.isRunnable ? viewOnlyReason(process, translator) : undefined}
        onClick={() => onRun(process)}
      >
        {t('processes.run')}
      </button>
    </div>
  );
});

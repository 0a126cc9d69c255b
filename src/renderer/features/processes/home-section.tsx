import type { Process } from '../../../shared/contract/catalog';
import type { Run } from '../../../shared/contract/runs';
import type { Translator } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { stateLabel, targetLabel } from '../runs';
import { viewOnlyReason } from './process-row';

/**
 * The top of Processes, as UiPath Assistant's Launchpad: favourites as tiles (one click runs,
 * or asks for inputs first) and the last runs with "Run again".
 */
export function HomeSection({
  favourites,
  recent,
  onRunFavourite,
  onRunAgain,
  onDetails,
  startingId,
  isLoading,
}: {
  /** The catalog is not in yet: the sections keep their place and say so. */
  isLoading: boolean;
  favourites: readonly Process[];
  recent: readonly Run[];
  onRunFavourite(process: Process): void;
  onRunAgain(run: Run): void;
  onDetails(process: Process): void;
  /** The process or run being started, whose button shows progress. */
  startingId?: string;
}) {
  const translator = useT();
  const { t } = translator;
  return (
    <div className="processes-home">
      <section className="home-favourites" aria-label={t('processes.favourites')}>
        <h2 className="home-heading">{t('processes.favourites')}</h2>
        {isLoading ? (
          <p className="home-empty">{t('processes.favouritesLoading')}</p>
        ) : favourites.length === 0 ? (
          <p className="home-empty">{t('processes.favouritesEmpty', { star: '☆' })}</p>
        ) : (
          <ul className="home-tiles">
            {favourites.map((process) => {
              const isDisabled = !process.isRunnable && !process.prefersLocal;
              const reasonId = `tile-reason-${process.id}`;
              return (
                <li key={process.id} className="home-tile">
                  <button type="button" className="home-tile-name" dir="auto" onClick={() => onDetails(process)}>
                    {process.name}
                  </button>
                  <span className="home-tile-folder" dir="auto">
                    {process.folderPath}
                  </span>
                  <button
                    type="button"
                    className="home-tile-run"
                    aria-label={t('processes.runProcess', { name: process.name })}
                    disabled={isDisabled || startingId === process.id}
                    aria-busy={startingId === process.id || undefined}
                    aria-describedby={isDisabled ? reasonId : undefined}
                    onClick={() => onRunFavourite(process)}
                  >
                    <span aria-hidden="true">▶ </span>
                    {t('processes.run')}
                  </button>
                  {isDisabled ? (
                    <span id={reasonId} className="visually-hidden">
                      {viewOnlyReason(process, translator)}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="home-recent" aria-label={t('processes.recent')}>
        <h2 className="home-heading">{t('processes.recent')}</h2>
        {recent.length === 0 ? (
          <p className="home-empty">{t('processes.recentEmpty')}</p>
        ) : (
          <ul className="home-recent-list">
            {recent.map((run) => {
              const whatId = `recent-${run.id}`;
              return (
                <li key={run.id} className="home-recent-item" data-state={run.state}>
                  <span id={whatId} className="home-recent-text">
                    <span className="home-recent-name" dir="auto">
                      {run.processName}
                    </span>
                    <span className="home-recent-meta">
                      {t('processes.recentMeta', {
                        state: stateLabel(run.state, translator),
                        target: targetLabel(run.target, translator),
                        when: shortWhen(run.createdAt, translator),
                      })}
                    </span>
                  </span>
                  <button
                    type="button"
                    aria-describedby={whatId}
                    disabled={startingId === run.id}
                    aria-busy={startingId === run.id || undefined}
                    onClick={() => onRunAgain(run)}
                  >
                    {t('processes.runAgain')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

/** "15:12" for today, "3 Dec" before: enough to tell the runs apart in a small space. */
function shortWhen(iso: string, translator: Translator, now = new Date()): string {
  const at = new Date(iso);
  return at.toDateString() === now.toDateString()
    ? translator.formatTime(at)
    : translator.formatDate(at, { dateStyle: undefined, day: 'numeric', month: 'short' });
}

import { useId } from 'react';
import { JOB_PERIODS, JOB_STATES, type JobPeriod, type JobState } from '../../../shared/contract/jobs';
import { ErrorBanner } from '../../components/error-banner';
import { useCall } from '../../components/use-call';
import '../../components/visually-hidden.css';
import type { Translator } from '../../../shared/i18n';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { stateLabel } from '../runs';
import { PERIOD_LABELS } from './job-format';
import { JobRow } from './job-row';
import { useJobs, type JobFilters } from './use-jobs';
import './jobs.css';

/**
 * The Jobs area: every job of the processes the person may see, whoever started it (a colleague,
 * a schedule, a trigger, a robot; Baton's own are marked), with Stop and Follow.
 */
export function JobsView() {
  const api = useBatonApi();
  const translator = useT();
  const { t } = translator;
  const state = useJobs();
  const folders = useCall(() => api.catalog.get().then((catalog) => catalog.folders));
  const { filters, setFilters, jobs, error, isLoading } = state;
  const ids = { state: useId(), folder: useId(), period: useId() };
  const set = (patch: Partial<JobFilters>) => setFilters({ ...filters, ...patch });

  return (
    <section className="jobs-view" aria-label={t('jobs.region')}>
      <p className="jobs-intro">{t('jobs.intro')}</p>
      <form className="jobs-filters" aria-label={t('jobs.filter')} onSubmit={(event) => event.preventDefault()}>
        <div className="jobs-filter">
          <label htmlFor={ids.state}>{t('jobs.state')}</label>
          <select id={ids.state} value={filters.state} onChange={(event) => set({ state: event.target.value as JobState | 'any' })}>
            <option value="any">{t('jobs.anyState')}</option>
            {JOB_STATES.map((s) => (
              <option key={s} value={s}>
                {stateLabel(s, translator)}
              </option>
            ))}
          </select>
        </div>
        <div className="jobs-filter">
          <label htmlFor={ids.folder}>{t('jobs.folder')}</label>
          <select
            id={ids.folder}
            value={String(filters.folderId)}
            onChange={(event) => set({ folderId: event.target.value === 'any' ? 'any' : Number(event.target.value) })}
          >
            <option value="any">{t('jobs.allFolders')}</option>
            {(folders.status === 'done' ? folders.data : []).map((folder) => (
              <option key={folder.id} value={folder.id}>
                {folder.path}
              </option>
            ))}
          </select>
        </div>
        <div className="jobs-filter">
          <label htmlFor={ids.period}>{t('jobs.created')}</label>
          <select id={ids.period} value={filters.period} onChange={(event) => set({ period: event.target.value as JobPeriod })}>
            {JOB_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(PERIOD_LABELS[p])}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="jobs-refresh" onClick={state.refresh} disabled={isLoading}>
          {isLoading ? t('jobs.refreshing') : t('jobs.refresh')}
        </button>
      </form>
      <p className="jobs-status" role="status" aria-live="polite">
        {isLoading && !jobs ? t('jobs.loading') : summary(state.jobs?.length, state.total, state.listedAt, translator)}
      </p>
      {error ? <ErrorBanner error={error} onRetry={state.refresh} /> : null}
      {jobs && jobs.length === 0 ? <p className="jobs-empty">{t('jobs.empty', { permission: 'Jobs.View' })}</p> : null}
      {jobs && jobs.length > 0 ? (
        <div className="jobs-table-wrap">
          <table className="jobs-table">
            <caption className="visually-hidden">{t('jobs.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobs.state')}</th>
                <th scope="col">{t('jobs.process')}</th>
                <th scope="col">{t('jobs.folder')}</th>
                <th scope="col">{t('jobs.startedBy')}</th>
                <th scope="col">{t('jobs.machine')}</th>
                <th scope="col">{t('jobs.created')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('jobs.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <JobRow key={`${job.folderId}:${job.id}`} job={job} onChanged={state.replace} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {state.hasMore ? (
        <button type="button" className="jobs-more" onClick={state.loadMore} disabled={isLoading}>
          {isLoading ? t('common.loading') : t('jobs.showMore')}
        </button>
      ) : null}
    </section>
  );
}

function summary(shown: number | undefined, total: number | undefined, listedAt: string | undefined, translator: Translator): string {
  if (shown === undefined) return '';
  const { t } = translator;
  const count = total !== undefined && total > shown ? t('jobs.countOf', { shown, total }) : t('jobs.count', { count: shown });
  return listedAt ? t('jobs.asOf', { count, time: translator.formatTime(new Date(listedAt), { timeStyle: 'medium' }) }) : count;
}

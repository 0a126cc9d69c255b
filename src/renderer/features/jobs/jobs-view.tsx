import { useId } from 'react';
import { JOB_PERIODS, JOB_STATES, type JobPeriod, type JobState } from '../../../shared/contract/jobs';
import { ErrorBanner } from '../../components/error-banner';
import { useCall } from '../../components/use-call';
import '../../components/visually-hidden.css';
import { useBatonApi } from '../../app/baton-context';
import { PERIOD_LABELS, STATE_LABELS } from './job-format';
import { JobRow } from './job-row';
import { useJobs, type JobFilters } from './use-jobs';
import './jobs.css';

/**
 * The Jobs area: every job of the processes the person may see, whoever started it (a colleague,
 * a schedule, a trigger, a robot; Baton's own are marked), with Stop and Follow.
 */
export function JobsView() {
  const api = useBatonApi();
  const state = useJobs();
  const folders = useCall(() => api.catalog.get().then((catalog) => catalog.folders));
  const { filters, setFilters, jobs, error, isLoading } = state;
  const ids = { state: useId(), folder: useId(), period: useId() };
  const set = (patch: Partial<JobFilters>) => setFilters({ ...filters, ...patch });

  return (
    <section className="jobs-view" aria-label="Jobs">
      <p className="jobs-intro">Every job of the processes you can see, whoever started it. Follow one to see it live under Runs.</p>
      <form className="jobs-filters" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()}>
        <div className="jobs-filter">
          <label htmlFor={ids.state}>State</label>
          <select id={ids.state} value={filters.state} onChange={(event) => set({ state: event.target.value as JobState | 'any' })}>
            <option value="any">Any state</option>
            {JOB_STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="jobs-filter">
          <label htmlFor={ids.folder}>Folder</label>
          <select
            id={ids.folder}
            value={String(filters.folderId)}
            onChange={(event) => set({ folderId: event.target.value === 'any' ? 'any' : Number(event.target.value) })}
          >
            <option value="any">All folders</option>
            {(folders.status === 'done' ? folders.data : []).map((folder) => (
              <option key={folder.id} value={folder.id}>
                {folder.path}
              </option>
            ))}
          </select>
        </div>
        <div className="jobs-filter">
          <label htmlFor={ids.period}>Created</label>
          <select id={ids.period} value={filters.period} onChange={(event) => set({ period: event.target.value as JobPeriod })}>
            {JOB_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="jobs-refresh" onClick={state.refresh} disabled={isLoading}>
          {isLoading ? 'Refreshing…' : 'Refresh'}
        </button>
      </form>
      <p className="jobs-status" role="status" aria-live="polite">
        {isLoading && !jobs ? 'Loading jobs…' : summary(state.jobs?.length, state.total, state.listedAt)}
      </p>
      {error ? <ErrorBanner error={error} onRetry={state.refresh} /> : null}
      {jobs && jobs.length === 0 ? (
        <p className="jobs-empty">
          No jobs match these filters. Only folders where you may view jobs (Jobs.View) are listed; try a longer time or All folders.
        </p>
      ) : null}
      {jobs && jobs.length > 0 ? (
        <div className="jobs-table-wrap">
          <table className="jobs-table">
            <caption className="visually-hidden">Jobs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Process</th>
                <th scope="col">Folder</th>
                <th scope="col">Started by</th>
                <th scope="col">Machine</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
          {isLoading ? 'Loading…' : 'Show more jobs'}
        </button>
      ) : null}
    </section>
  );
}

function summary(shown: number | undefined, total: number | undefined, listedAt: string | undefined): string {
  if (shown === undefined) return '';
  const count = total !== undefined && total > shown ? `${shown} of ${total} jobs` : `${shown} ${shown === 1 ? 'job' : 'jobs'}`;
  return listedAt ? `${count}, as of ${new Date(listedAt).toLocaleTimeString()}` : count;
}

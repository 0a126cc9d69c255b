import { useState } from 'react';
import type { Job } from '../../../shared/contract/jobs';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { errorText } from '../../components/error-text';
import { stateLabel } from '../runs';
import { remoteBlockReason, useConnectivity } from '../connectivity';
import { formatWhen, isActiveJob, startedByLabel } from './job-format';

/** One job: what, where, who started it, where it runs, when; Stop and Follow where they make sense. */
export function JobRow({ job, onChanged }: { job: Job; onChanged(job: Job): void }) {
  const api = useBatonApi();
  const translator = useT();
  const { t } = translator;
  const [busy, setBusy] = useState<'stop' | 'follow' | 'resume'>();
  const [error, setError] = useState<BatonError>();
  const [runId, setRunId] = useState(job.runId);
  const blockReason = remoteBlockReason(useConnectivity());
  const what = { name: job.processName, job: String(job.id) };
  const followedRun = runId ?? job.runId;

  async function act(kind: 'stop' | 'follow' | 'resume'): Promise<void> {
    setBusy(kind);
    setError(undefined);
    try {
      if (kind === 'stop') onChanged(await api.jobs.stop({ folderId: job.folderId, jobId: job.id }));
      else if (kind === 'resume') onChanged(await api.jobs.resume({ folderId: job.folderId, jobId: job.id }));
      else setRunId((await api.jobs.follow({ folderId: job.folderId, jobId: job.id })).id);
    } catch (caught) {
      setError(toBatonError(caught));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <tr className="job-row" data-state={job.state} data-testid="job-row">
      <td>
        <span className="job-state" data-state={job.state}>
          {stateLabel(job.state, translator)}
        </span>
      </td>
      <th scope="row" className="job-process">
        {job.processName}
        {job.info && (job.state === 'faulted' || job.state === 'suspended') ? <span className="job-info">{job.info}</span> : null}
      </th>
      <td>{job.folderPath}</td>
      <td>
        {job.isBaton ? <span className="job-baton">{t('app.name')}</span> : null}
        <span className="job-started-by">{startedByLabel(job, translator)}</span>
      </td>
      <td>{job.machine ?? <span className="job-none">{t('jobs.notYet')}</span>}</td>
      <td>
        <time dateTime={job.createdAt}>{formatWhen(job.createdAt, translator)}</time>
      </td>
      <td>
        <div className="job-actions">
          {followedRun ? (
            <a href={`#/runs?run=${encodeURIComponent(followedRun)}`} aria-label={t('jobs.openInRunsLabel', what)}>
              {t('jobs.openInRuns')}
            </a>
          ) : isActiveJob(job) ? (
            <button
              type="button"
              disabled={busy !== undefined || Boolean(blockReason)}
              title={blockReason}
              aria-label={t('jobs.followLabel', what)}
              onClick={() => void act('follow')}
            >
              {busy === 'follow' ? t('jobs.following') : t('jobs.follow')}
            </button>
          ) : null}
          {job.state === 'suspended' ? (
            <button
              type="button"
              disabled={busy !== undefined || Boolean(blockReason)}
              title={blockReason}
              aria-label={t('jobs.resumeLabel', what)}
              onClick={() => void act('resume')}
            >
              {busy === 'resume' ? t('jobs.resuming') : t('jobs.resume')}
            </button>
          ) : null}
          {isActiveJob(job) && job.state !== 'stopping' ? (
            <button
              type="button"
              disabled={busy !== undefined || Boolean(blockReason)}
              title={blockReason}
              aria-label={t('jobs.stopLabel', what)}
              onClick={() => void act('stop')}
            >
              {busy === 'stop' ? t('jobs.stopping') : t('jobs.stop')}
            </button>
          ) : null}
          {error ? (
            <p className="job-error" role="alert">
              {errorText(error, translator).message}
              {error.hint ? <span className="job-error-hint"> {errorText(error, translator).hint}</span> : null}
            </p>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

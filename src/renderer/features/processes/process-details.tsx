import { useId, useState } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import type { Run } from '../../../shared/contract/runs';
import type { ProfileView } from '../../../shared/model';
import type { Translator } from '../../../shared/i18n';
import { useT } from '../../app/i18n';
import { Dialog } from '../../components/dialog';
import { errorText } from '../../components/error-text';
import { ProcessReminders } from '../reminders';
import { elapsedMs, formatElapsed, stateLabel, targetLabel } from '../runs';
import { shortTypeName } from './argument-values';
import { orchestratorLink, shareLink } from './orchestrator-links';
import { viewOnlyReason } from './process-row';

export const DETAILS_RUN_LIMIT = 10;

/**
 * Everything about one process in one place (a dialog named after it): what it is, where it
 * lives, whether the person may run it and why not, what it takes, and how its last runs went.
 */
export function ProcessDetails({
  process,
  runs,
  profile,
  now,
  onRun,
  onClose,
}: {
  process: Process;
  /** Baton's run history, newest first; this process's are picked out. */
  runs: readonly Run[];
  /** The active profile, for the link into Orchestrator. */
  profile?: Pick<ProfileView, 'orchestratorUrl' | 'deployment'>;
  now: number;
  onRun(process: Process): void;
  onClose(): void;
}) {
  const translator = useT();
  const { t } = translator;
  const versionId = useId();
  const lastRunsId = useId();
  const inputsId = useId();
  const [copyStatus, setCopyStatus] = useState('');
  const lastRuns = runs.filter((run) => run.target === 'remote' && run.processId === process.id).slice(0, DETAILS_RUN_LIMIT);
  const isRunDisabled = !process.isRunnable && !process.prefersLocal;

  function copyLink(): void {
    const link = shareLink(process);
    const showLink = () => setCopyStatus(t('processes.copyThisLink', { link }));
    // The clipboard may be missing or refused (an insecure origin, a denied permission): then the link is shown to copy by hand.
    if (!navigator.clipboard) return showLink();
    navigator.clipboard.writeText(link).then(() => setCopyStatus(t('processes.linkCopied')), showLink);
  }

  return (
    <Dialog title={process.name} onClose={onClose} className="process-details">
      <dl className="process-facts">
        <dt>{t('processes.description')}</dt>
        <dd>{process.description || t('processes.noDescription')}</dd>
        <dt>{t('processes.folder')}</dt>
        <dd>{process.folderPath}</dd>
        <dt id={versionId}>{t('processes.version')}</dt>
        <dd aria-labelledby={versionId}>{process.version}</dd>
        <dt>{t('processes.needsDesktop')}</dt>
        <dd>{process.prefersLocal ? t('processes.attendedYes') : t('processes.attendedNo')}</dd>
        <dt>{t('processes.youMay')}</dt>
        <dd>{process.isRunnable ? t('processes.mayRun') : viewOnlyReason(process, translator)}</dd>
      </dl>
      <div className="process-details-actions">
        <button type="button" className="button-primary" disabled={isRunDisabled} onClick={() => onRun(process)}>
          {t('processes.run')}
        </button>
        <button type="button" onClick={copyLink}>
          {t('processes.copyLink')}
        </button>
        {profile ? (
          <a href={orchestratorLink(process, profile)} target="_blank" rel="noreferrer noopener">
            {t('processes.openInOrchestrator')}
          </a>
        ) : null}
        <span role="status" className="field-hint">
          {copyStatus}
        </span>
      </div>
      <section aria-labelledby={inputsId}>
        <h3 id={inputsId}>{t('processes.inputs')}</h3>
        {process.inputArguments.length === 0 ? (
          <p>{t('processes.noInput')}</p>
        ) : (
          <table className="process-inputs">
            <thead>
              <tr>
                <th scope="col">{t('processes.inputName')}</th>
                <th scope="col">{t('processes.inputType')}</th>
                <th scope="col">{t('processes.inputRequired')}</th>
                <th scope="col">{t('processes.inputDefault')}</th>
                <th scope="col">{t('processes.description')}</th>
              </tr>
            </thead>
            <tbody>
              {process.inputArguments.map((arg) => (
                <tr key={arg.name}>
                  <th scope="row">{arg.name}</th>
                  <td>
                    {arg.isSensitive ? t('processes.secretType', { type: shortTypeName(arg.typeName) }) : shortTypeName(arg.typeName)}
                  </td>
                  <td>{arg.isRequired && !arg.hasDefault ? t('common.yes') : t('common.no')}</td>
                  <td>{describeDefault(arg.hasDefault, arg.defaultValue, translator)}</td>
                  <td>{arg.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={lastRunsId}>
        <h3 id={lastRunsId}>{t('processes.lastRuns')}</h3>
        {lastRuns.length === 0 ? (
          <p>{t('processes.notRunYet')}</p>
        ) : (
          <ul className="process-last-runs" aria-labelledby={lastRunsId}>
            {lastRuns.map((run) => (
              <li key={run.id} data-state={run.state}>
                <span className="process-last-run-state">{stateLabel(run.state, translator)}</span>
                <span>{targetLabel(run.target, translator)}</span>
                <span>{translator.formatDateTime(new Date(run.createdAt))}</span>
                <span>
                  <span className="visually-hidden">{t('processes.took')} </span>
                  {formatElapsed(elapsedMs(run, now))}
                </span>
                {run.error?.message || run.info ? (
                  <span className="field-hint">{run.error ? errorText(run.error, translator).message : run.info}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProcessReminders processId={process.id} processName={process.name} />
    </Dialog>
  );
}

function describeDefault(hasDefault: boolean, value: unknown, { t }: Translator): string {
  if (!hasDefault) return '—';
  if (value === undefined) return t('processes.theProcessDefault');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

import { useId, useState } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import type { Run } from '../../../shared/contract/runs';
import type { ProfileView } from '../../../shared/model';
import { Dialog } from '../../components/dialog';
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
  const versionId = useId();
  const lastRunsId = useId();
  const inputsId = useId();
  const [copyStatus, setCopyStatus] = useState('');
  const lastRuns = runs.filter((run) => run.target === 'remote' && run.processId === process.id).slice(0, DETAILS_RUN_LIMIT);
  const isRunDisabled = !process.isRunnable && !process.prefersLocal;

  function copyLink(): void {
    const link = shareLink(process);
    const showLink = () => setCopyStatus(`Copy this link: ${link}`);
    // The clipboard may be missing or refused (an insecure origin, a denied permission): then the link is shown to copy by hand.
    if (!navigator.clipboard) return showLink();
    navigator.clipboard.writeText(link).then(() => setCopyStatus('Link copied.'), showLink);
  }

  return (
    <Dialog title={process.name} onClose={onClose} className="process-details">
      <dl className="process-facts">
        <dt>Description</dt>
        <dd>{process.description || 'No description.'}</dd>
        <dt>Folder</dt>
        <dd>{process.folderPath}</dd>
        <dt id={versionId}>Version</dt>
        <dd aria-labelledby={versionId}>{process.version}</dd>
        <dt>Needs your desktop</dt>
        <dd>{process.prefersLocal ? 'Yes: it is attended, a person works with it on this machine.' : 'No: it runs unattended.'}</dd>
        <dt>You may</dt>
        <dd>{process.isRunnable ? 'Run it and see it.' : viewOnlyReason(process)}</dd>
      </dl>
      <div className="process-details-actions">
        <button type="button" className="button-primary" disabled={isRunDisabled} onClick={() => onRun(process)}>
          Run
        </button>
        <button type="button" onClick={copyLink}>
          Copy link
        </button>
        {profile ? (
          <a href={orchestratorLink(process, profile)} target="_blank" rel="noreferrer noopener">
            Open in Orchestrator
          </a>
        ) : null}
        <span role="status" className="field-hint">
          {copyStatus}
        </span>
      </div>
      <section aria-labelledby={inputsId}>
        <h3 id={inputsId}>Inputs</h3>
        {process.inputArguments.length === 0 ? (
          <p>This process takes no input.</p>
        ) : (
          <table className="process-inputs">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
                <th scope="col">Default</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {process.inputArguments.map((arg) => (
                <tr key={arg.name}>
                  <th scope="row">{arg.name}</th>
                  <td>
                    {shortTypeName(arg.typeName)}
                    {arg.isSensitive ? ' (secret)' : ''}
                  </td>
                  <td>{arg.isRequired && !arg.hasDefault ? 'Yes' : 'No'}</td>
                  <td>{describeDefault(arg.hasDefault, arg.defaultValue)}</td>
                  <td>{arg.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={lastRunsId}>
        <h3 id={lastRunsId}>Last runs</h3>
        {lastRuns.length === 0 ? (
          <p>Not run from Baton yet.</p>
        ) : (
          <ul className="process-last-runs" aria-labelledby={lastRunsId}>
            {lastRuns.map((run) => (
              <li key={run.id} data-state={run.state}>
                <span className="process-last-run-state">{stateLabel(run.state)}</span>
                <span>{targetLabel(run.target)}</span>
                <span>{new Date(run.createdAt).toLocaleString()}</span>
                <span>
                  <span className="visually-hidden">took </span>
                  {formatElapsed(elapsedMs(run, now))}
                </span>
                {run.error?.message || run.info ? <span className="field-hint">{run.error?.message ?? run.info}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProcessReminders processId={process.id} processName={process.name} />
    </Dialog>
  );
}

function describeDefault(hasDefault: boolean, value: unknown): string {
  if (!hasDefault) return '—';
  if (value === undefined) return 'the process default';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

import { useId, useState, type FormEvent } from 'react';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import type { LocalProcess } from '../../../shared/robot-protocol';
import { LocalRunPanel } from './local-run-panel';
import { PairingDialog } from './pairing-dialog';
import { describeRobotState, robotEvidence, robotHint, useRobotStatus } from './use-robot-status';

/** The Robot area: the robot on this machine, pairing, its processes, and which bridge to use. */
export function RobotView() {
  const api = useBatonApi();
  const t = useT();
  const robot = useRobotStatus();
  const { status } = robot;
  const [isPairing, setIsPairing] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<BatonError>();
  const urlId = useId();
  const [url, setUrl] = useState('');
  const [running, setRunning] = useState<LocalProcess>();

  async function act(action: () => Promise<unknown>): Promise<void> {
    setIsBusy(true);
    setError(undefined);
    try {
      await action();
      robot.refresh();
    } catch (caught) {
      setError(toBatonError(caught));
    } finally {
      setIsBusy(false);
    }
  }

  function connect(event: FormEvent): void {
    event.preventDefault();
    void act(() => api.robot.connect(url.trim() ? { url: url.trim() } : {}));
  }

  const isPaired = status?.state === 'ready' || status?.state === 'busy';
  const shownError = error ?? robot.error;

  return (
    <div className="robot-view">
      <section className="card" aria-labelledby="robot-status-title">
        <h2 id="robot-status-title">{describeRobotState(status, t)}</h2>
        {status ? (
          <dl className="facts">
            <div className="facts-row">
              <dt>{t.t('robot.bridge')}</dt>
              <dd>{status.url}</dd>
            </div>
            {status.robot ? (
              <>
                <div className="facts-row">
                  <dt>{t.t('robot.robot')}</dt>
                  <dd>
                    {t.t('robot.robotLine', { name: status.robot.name, version: status.robot.version, executor: status.robot.executor })}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>{t.t('robot.machine')}</dt>
                  <dd>{t.t('robot.machineLine', { machine: status.robot.machine, user: status.robot.user })}</dd>
                </div>
              </>
            ) : null}
            {status.state === 'busy' ? (
              <div className="facts-row">
                <dt>{t.t('robot.running')}</dt>
                <dd>{t.t('robot.localJobs', { count: status.activeJobs ?? 0 })}</dd>
              </div>
            ) : null}
            {status.managed ? (
              <div className="facts-row">
                <dt>{t.t('robot.startedBy')}</dt>
                <dd>{t.t('robot.startedByBaton')}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>{t.t('robot.checking')}</p>
        )}
        {status?.consentCode !== undefined ? (
          <p className="banner-hint" role="status">
            {t.t('robot.consent', { code: String(status.consentCode) })}
          </p>
        ) : null}
        {status?.pairingRequest ? (
          <section className="banner-hint" role="alert" aria-label={t.t('robot.pairingRequest')}>
            <p>
              {t.t('robot.pairingRequestText', { client: status.pairingRequest.clientName })}{' '}
              <strong className="pairing-code">{status.pairingRequest.code}</strong>
            </p>
          </section>
        ) : null}
        {status?.evidence && status.evidence.length > 0 ? (
          <details>
            <summary>
              {status.executor ? t.t('robot.howChosenExecutor', { executor: status.executor }) : t.t('robot.howChosenRobot')}
            </summary>
            <ul aria-label={t.t('robot.found')}>
              {robotEvidence(status, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {status?.hint && !isPaired ? <p className="banner-hint">{robotHint(status, t)}</p> : null}
        <p>
          {status?.state === 'pairing-required' && !isPairing ? (
            <button type="button" onClick={() => setIsPairing(true)}>
              {t.t('robot.pair')}
            </button>
          ) : null}{' '}
          {isPaired ? (
            <button type="button" disabled={isBusy} onClick={() => void act(() => api.robot.unpair())}>
              {isBusy ? t.t('robot.working') : t.t('robot.unpair')}
            </button>
          ) : null}
        </p>
      </section>

      {shownError ? <ErrorBanner error={shownError} onDismiss={() => setError(undefined)} /> : null}

      {isPairing && status?.state === 'pairing-required' ? (
        <PairingDialog
          onPaired={() => {
            setIsPairing(false);
            robot.refresh();
          }}
          onCancel={() => setIsPairing(false)}
        />
      ) : null}

      <section className="card" aria-labelledby="robot-processes-title">
        <h2 id="robot-processes-title">{t.t('robot.processesTitle')}</h2>
        {!isPaired ? (
          <p>{t.t('robot.pairToSee')}</p>
        ) : robot.processes === undefined ? (
          <p>{t.t('robot.loadingProcesses')}</p>
        ) : robot.processes.length === 0 ? (
          <p>{t.t('robot.noProcesses')}</p>
        ) : (
          <ul aria-label={t.t('robot.localProcesses')}>
            {robot.processes.map((process) => (
              <li key={process.key}>
                <strong>{process.name}</strong> {process.version}
                {process.installed ? '' : ` ${t.t('robot.installedOnFirstRun')}`}
                {process.description ? ` — ${process.description}` : ''}{' '}
                <button type="button" onClick={() => setRunning(process)} aria-label={t.t('robot.runLocallyName', { name: process.name })}>
                  {t.t('robot.run')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {running && isPaired ? <LocalRunPanel key={running.key} process={running} onClose={() => setRunning(undefined)} /> : null}

      <section className="card" aria-labelledby="robot-connect-title">
        <h2 id="robot-connect-title">{t.t('robot.bridgeTitle')}</h2>
        <form onSubmit={connect}>
          <label htmlFor={urlId}>{t.t('robot.bridgeUrl')}</label>{' '}
          <input
            id={urlId}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder={status?.url ?? 'ws://127.0.0.1:2424/robot'}
            size={36}
          />{' '}
          <button type="submit" disabled={isBusy}>
            {isBusy ? t.t('robot.connecting') : t.t('robot.connect')}
          </button>
        </form>
        <p className="banner-hint">{t.t('robot.leaveEmpty')}</p>
      </section>
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { ErrorBanner } from '../../components/error-banner';
import type { LocalProcess } from '../../../shared/robot-protocol';
import { LocalRunPanel } from './local-run-panel';
import { PairingDialog } from './pairing-dialog';
import { describeRobotState, useRobotStatus } from './use-robot-status';

/** The Robot area: the robot on this machine, pairing, its processes, and which bridge to use. */
export function RobotView() {
  const api = useBatonApi();
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
        <h2 id="robot-status-title">{describeRobotState(status)}</h2>
        {status ? (
          <dl className="facts">
            <div className="facts-row">
              <dt>Bridge</dt>
              <dd>{status.url}</dd>
            </div>
            {status.robot ? (
              <>
                <div className="facts-row">
                  <dt>Robot</dt>
                  <dd>
                    {status.robot.name} {status.robot.version} ({status.robot.executor} executor)
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>Machine</dt>
                  <dd>
                    {status.robot.machine}, user {status.robot.user}
                  </dd>
                </div>
              </>
            ) : null}
            {status.state === 'busy' ? (
              <div className="facts-row">
                <dt>Running</dt>
                <dd>{status.activeJobs} local job(s)</dd>
              </div>
            ) : null}
            {status.managed ? (
              <div className="facts-row">
                <dt>Started by</dt>
                <dd>Baton, paired with it automatically</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>Checking the robot on this machine…</p>
        )}
        {status?.consentCode !== undefined ? (
          <p className="banner-hint" role="status">
            Allow Baton in UiPath Assistant: the Assistant shows code <strong>{status.consentCode}</strong>.
          </p>
        ) : null}
        {status?.pairingRequest ? (
          <section className="banner-hint" role="alert" aria-label="Pairing request">
            <p>
              <strong>{status.pairingRequest.clientName}</strong> asks to use the robot on this machine. If that was you, give it this code:{' '}
              <strong className="pairing-code">{status.pairingRequest.code}</strong>
            </p>
          </section>
        ) : null}
        {status?.evidence && status.evidence.length > 0 ? (
          <details>
            <summary>How Baton chose {status.executor ? `the ${status.executor} executor` : 'the robot'}</summary>
            <ul aria-label="What Baton found on this machine">
              {status.evidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {status?.hint && !isPaired ? <p className="banner-hint">{status.hint}</p> : null}
        <p>
          {status?.state === 'pairing-required' && !isPairing ? (
            <button type="button" onClick={() => setIsPairing(true)}>
              Pair
            </button>
          ) : null}{' '}
          {isPaired ? (
            <button type="button" disabled={isBusy} onClick={() => void act(() => api.robot.unpair())}>
              {isBusy ? 'Working…' : 'Unpair'}
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
        <h2 id="robot-processes-title">Processes on this robot</h2>
        {!isPaired ? (
          <p>Pair with the robot to see its processes.</p>
        ) : robot.processes === undefined ? (
          <p>Loading the robot’s processes…</p>
        ) : robot.processes.length === 0 ? (
          <p>The robot offers no processes.</p>
        ) : (
          <ul aria-label="Local processes">
            {robot.processes.map((process) => (
              <li key={process.key}>
                <strong>{process.name}</strong> {process.version}
                {process.installed ? '' : ' (installed on first run)'}
                {process.description ? ` — ${process.description}` : ''}{' '}
                <button type="button" onClick={() => setRunning(process)} aria-label={`Run ${process.name} locally`}>
                  Run
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {running && isPaired ? <LocalRunPanel key={running.key} process={running} onClose={() => setRunning(undefined)} /> : null}

      <section className="card" aria-labelledby="robot-connect-title">
        <h2 id="robot-connect-title">Robot bridge</h2>
        <form onSubmit={connect}>
          <label htmlFor={urlId}>Bridge URL</label>{' '}
          <input
            id={urlId}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder={status?.url ?? 'ws://127.0.0.1:2424/robot'}
            size={36}
          />{' '}
          <button type="submit" disabled={isBusy}>
            {isBusy ? 'Connecting…' : 'Connect'}
          </button>
        </form>
        <p className="banner-hint">Leave the URL empty to reconnect to the current bridge.</p>
      </section>
    </div>
  );
}

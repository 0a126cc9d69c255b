import { useId, useState, type FormEvent } from 'react';
import type { RobotStatusView } from '../../../shared/contract/robot';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { explainPairingError, type PairingProblem } from './pairing-errors';

/** Asks for the code the robot bridge shows on this machine. */
export function PairingDialog({ onPaired, onCancel }: { onPaired(status: RobotStatusView): void; onCancel(): void }) {
  const api = useBatonApi();
  const titleId = useId();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<PairingProblem>();
  const [notice, setNotice] = useState<string>();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setIsBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      onPaired(await api.robot.pair({ code }));
    } catch (caught) {
      setProblem(explainPairingError(toBatonError(caught)));
    } finally {
      setIsBusy(false);
    }
  }

  async function newCode(): Promise<void> {
    setIsBusy(true);
    setProblem(undefined);
    try {
      await api.robot.connect({});
      setCode('');
      setNotice('The robot shows a new code now.');
    } catch (caught) {
      setProblem(explainPairingError(toBatonError(caught)));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card pairing-dialog" role="dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>Pair with the robot</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId}>Enter the code shown by the robot</label>{' '}
        <input
          id={inputId}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          value={code}
          onChange={(event) => setCode(event.target.value)}
          placeholder="8 digits"
          maxLength={20}
        />{' '}
        <button type="submit" disabled={isBusy || code.trim().length === 0 || problem?.needsNewCode === true}>
          {isBusy ? 'Pairing…' : 'Pair'}
        </button>{' '}
        <button type="button" onClick={() => void newCode()} disabled={isBusy}>
          Get a new code
        </button>{' '}
        <button type="button" onClick={onCancel} disabled={isBusy}>
          Cancel
        </button>
      </form>
      <p className="banner-hint">
        The robot bridge on this machine shows an 8-digit code in its window (and as a notification where available).
      </p>
      {problem ? (
        <p className="banner banner-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
    </section>
  );
}

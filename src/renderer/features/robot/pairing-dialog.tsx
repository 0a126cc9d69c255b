import { useId, useState, type FormEvent } from 'react';
import type { RobotStatusView } from '../../../shared/contract/robot';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { explainPairingError, type PairingProblem } from './pairing-errors';

/** Asks for the code the robot bridge shows on this machine. */
export function PairingDialog({ onPaired, onCancel }: { onPaired(status: RobotStatusView): void; onCancel(): void }) {
  const api = useBatonApi();
  const t = useT();
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
      setProblem(explainPairingError(toBatonError(caught), t));
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
      setNotice(t.t('robot.newCodeShown'));
    } catch (caught) {
      setProblem(explainPairingError(toBatonError(caught), t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card pairing-dialog" role="dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.t('robot.pairTitle')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId}>{t.t('robot.enterCode')}</label>{' '}
        <input
          id={inputId}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          value={code}
          onChange={(event) => setCode(event.target.value)}
          placeholder={t.t('robot.codePlaceholder')}
          maxLength={20}
        />{' '}
        <button type="submit" disabled={isBusy || code.trim().length === 0 || problem?.needsNewCode === true}>
          {isBusy ? t.t('robot.pairing') : t.t('robot.pair')}
        </button>{' '}
        <button type="button" onClick={() => void newCode()} disabled={isBusy}>
          {t.t('robot.newCode')}
        </button>{' '}
        <button type="button" onClick={onCancel} disabled={isBusy}>
          {t.t('robot.cancel')}
        </button>
      </form>
      <p className="banner-hint">{t.t('robot.codeWhere')}</p>
      {problem ? (
        <p className="banner banner-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
    </section>
  );
}

import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Run, RunLog } from '../../../shared/contract/runs';
import type { BatonError } from '../../../shared/errors';
import type { LocalArgument, LocalProcess } from '../../../shared/robot-protocol';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';

/** Runs one robot process on this machine and follows it: state and log lines as they arrive. */
export function LocalRunPanel({ process: listed, onClose }: { process: LocalProcess; onClose(): void }) {
  const api = useBatonApi();
  const t = useT();
  const titleId = useId();
  // A process the robot has not installed yet shows its real inputs only once installed (RobotJS
  // gives the schema only then): install it first, with progress, then show the form.
  const [process, setProcess] = useState<LocalProcess | undefined>(listed.installed ? listed : undefined);
  const [installError, setInstallError] = useState<BatonError>();
  useEffect(() => {
    if (listed.installed) return;
    let isCurrent = true;
    api.robot.install({ key: listed.key }).then(
      (installed) => isCurrent && setProcess(installed),
      (caught: unknown) => isCurrent && setInstallError(toBatonError(caught)),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, listed]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [run, setRun] = useState<Run>();
  const [logs, setLogs] = useState<RunLog[]>([]);
  const [error, setError] = useState<BatonError>();
  const [isStarting, setIsStarting] = useState(false);

  // Listen before starting: the first lines and updates can arrive before the start answer does.
  const [updates, setUpdates] = useState<Record<string, Run>>({});
  useEffect(() => {
    const stopUpdates = api.on('run.updated', (next) => setUpdates((previous) => ({ ...previous, [next.id]: next })));
    const stopLogs = api.on('run.log', (log) => setLogs((previous) => [...previous.slice(-1999), log]));
    return () => {
      stopUpdates();
      stopLogs();
    };
  }, [api]);
  const latest = run ? (updates[run.id] ?? run) : undefined;
  const runLogs = run ? logs.filter((log) => log.runId === run.id) : [];

  async function start(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!process) return;
    setIsStarting(true);
    setError(undefined);
    try {
      const inputArguments = toInputArguments(process.inputArguments, values);
      setRun(await api.runs.start({ target: 'local', processKey: process.key, inputArguments }));
    } catch (caught) {
      setError(toBatonError(caught));
    } finally {
      setIsStarting(false);
    }
  }

  const isActive = latest !== undefined && !['successful', 'faulted', 'stopped'].includes(latest.state);
  if (!process)
    return (
      <section className="card local-run" aria-labelledby={titleId}>
        <h2 id={titleId}>{t.t('robot.runOnMachine', { name: listed.name })}</h2>
        {installError ? (
          <ErrorBanner error={installError} onDismiss={onClose} />
        ) : (
          <p role="status">{t.t('robot.installing', { name: listed.name })}</p>
        )}
        <p>
          <button type="button" onClick={onClose}>
            {t.t('robot.close')}
          </button>
        </p>
      </section>
    );
  return (
    <section className="card local-run" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.t('robot.runOnMachine', { name: process.name })}</h2>
      <form onSubmit={(event) => void start(event)}>
        {process.inputArguments.map((argument) => (
          <ArgumentField
            key={argument.name}
            argument={argument}
            value={values[argument.name] ?? ''}
            onChange={(value) => setValues({ ...values, [argument.name]: value })}
          />
        ))}
        <p>
          <button type="submit" disabled={isStarting || isActive}>
            {isStarting ? t.t('robot.starting') : t.t('robot.runLocally')}
          </button>{' '}
          {isActive && latest ? (
            <button
              type="button"
              onClick={() => void api.runs.stop({ runId: latest.id }).catch((caught: unknown) => setError(toBatonError(caught)))}
            >
              {t.t('robot.stop')}
            </button>
          ) : null}{' '}
          <button type="button" onClick={onClose}>
            {t.t('robot.close')}
          </button>
        </p>
      </form>
      {error ? <ErrorBanner error={error} onDismiss={() => setError(undefined)} /> : null}
      {latest ? (
        <>
          <p role="status" aria-label={t.t('robot.runState')}>
            {t.t('robot.stateLine', { state: latest.state })}
            {latest.info ? ` — ${latest.info}` : ''}
            {latest.error ? ` — ${latest.error.message}` : ''}
          </p>
          <ol aria-label={t.t('robot.runLog')} className="run-log">
            {runLogs.map((log) => (
              <li key={log.seq}>
                <span className="run-log-level">[{log.level}]</span> {log.message}
              </li>
            ))}
          </ol>
          {latest.outputArguments && Object.keys(latest.outputArguments).length > 0 ? (
            <p>
              {t.t('robot.output')} <code>{JSON.stringify(latest.outputArguments)}</code>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function ArgumentField({ argument, value, onChange }: { argument: LocalArgument; value: string; onChange(value: string): void }) {
  const t = useT();
  const id = useId();
  return (
    <p>
      <label htmlFor={id}>
        {argument.required && !argument.hasDefault ? t.t('robot.required', { name: argument.name }) : argument.name}
      </label>{' '}
      <input
        id={id}
        type={argument.sensitive ? 'password' : argument.type === 'integer' || argument.type === 'number' ? 'number' : 'text'}
        value={value}
        placeholder={argument.type === 'boolean' ? t.t('robot.trueOrFalse') : argument.type}
        onChange={(event) => onChange(event.target.value)}
      />
    </p>
  );
}

function toInputArguments(schema: LocalArgument[], values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const argument of schema) {
    const text = values[argument.name]?.trim() ?? '';
    if (text === '') continue;
    if (argument.type === 'integer' || argument.type === 'number') out[argument.name] = Number(text);
    else if (argument.type === 'boolean') out[argument.name] = /^(true|yes|1)$/i.test(text);
    else if (argument.type === 'object' || argument.type === 'array') out[argument.name] = safeJson(text);
    else out[argument.name] = text;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

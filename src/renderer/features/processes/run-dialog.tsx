import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import type { Run, StartRunParams } from '../../../shared/contract/runs';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { CheckLink } from '../../components';
import { errorText } from '../../components/error-text';
import { Dialog } from '../../components/dialog';
import { remoteBlockReason, useConnectivity } from '../connectivity';
import { ArgumentField } from './argument-field';
import { fieldErrorsFrom, initialArgumentTexts, toInputArguments, type ArgumentTexts } from './argument-values';
import { knownTexts } from './home-model';
import { viewOnlyReason } from './process-row';

/** Whether the process can run on this machine's robot, and why not; supplied by the robot feature. */
export interface LocalTarget {
  isEnabled: boolean;
  reason?: string;
  processKey?: string;
}

type Target = 'remote' | 'local';

/** Inputs generated from the process's argument schema, a Remote/Local choice, and "Start". */
export function RunDialog({
  process,
  local,
  onClose,
  onStarted,
  preferredTarget,
  initialTexts,
  initialTarget,
}: {
  process: Process;
  /** What to fill in ("Run again", a reminder); otherwise the process's remembered inputs, then its defaults. */
  initialTexts?: ArgumentTexts;
  /** The target to start with ("Run again" of a local run). */
  initialTarget?: Target;
  local: LocalTarget;
  /** The person's default run target (Preferences); the process's own needs still come first. */
  preferredTarget?: Target;
  onClose(): void;
  onStarted(run: Run): void;
}) {
  const api = useBatonApi();
  const translator = useT();
  const { t } = translator;
  const formId = useId();
  const remoteReasonId = useId();
  const localReasonId = useId();
  const [defaults] = useState<ArgumentTexts>(() => initialArgumentTexts(process.inputArguments));
  const [texts, setTexts] = useState<ArgumentTexts>(() => initialTexts ?? defaults);
  const [hasRemembered, setHasRemembered] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Suggested until the person picks one: the robot's status and the preferences may arrive after the dialog opens.
  const [chosenTarget, setTarget] = useState<Target | undefined>(initialTarget);
  const suggestedTarget: Target =
    ((process.prefersLocal || preferredTarget === 'local') && local.isEnabled) || !process.isRunnable ? 'local' : 'remote';
  const target = chosenTarget ?? suggestedTarget;
  const [isStarting, setIsStarting] = useState(false);
  const [failure, setFailure] = useState<BatonError>();
  const form = useRef<HTMLFormElement>(null);

  const offlineReason = remoteBlockReason(useConnectivity());
  const isRemoteEnabled = process.isRunnable && !offlineReason;
  const isTargetAvailable = target === 'remote' ? isRemoteEnabled : local.isEnabled;

  // The last values the person gave this process (never sensitive ones: the core keeps none),
  // unless the opener brought its own. They arrive after the dialog opens; typing wins.
  const hasOwnTexts = initialTexts !== undefined;
  useEffect(() => {
    if (hasOwnTexts) return undefined;
    let isCurrent = true;
    api.inputs.get({ processId: process.id }).then(
      ({ values }) => {
        if (!isCurrent || Object.keys(values).length === 0) return;
        setTexts((current) => (current === defaults ? knownTexts(process, values) : current));
        setHasRemembered(true);
      },
      // Without them the form still has the defaults.
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [api, process, defaults, hasOwnTexts]);

  function resetToDefaults(): void {
    setTexts(defaults);
    setErrors({});
    setHasRemembered(false);
  }

  function focusFirstInvalid(fieldErrors: Record<string, string>): void {
    const first = process.inputArguments.find((arg) => fieldErrors[arg.name]);
    if (!first) return;
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>(`[data-argument="${CSS.escape(first.name)}"] [aria-invalid]`)?.focus(),
    );
  }

  async function start(event: FormEvent): Promise<void> {
    event.preventDefault();
    setFailure(undefined);
    const converted = toInputArguments(process.inputArguments, texts, translator);
    if (!converted.isValid) {
      setErrors(converted.errors);
      focusFirstInvalid(converted.errors);
      return;
    }
    setErrors({});
    const params: StartRunParams =
      target === 'remote'
        ? { target: 'remote', processId: process.id, inputArguments: converted.inputArguments }
        : { target: 'local', processKey: local.processKey ?? process.processKey, inputArguments: converted.inputArguments };
    setIsStarting(true);
    try {
      const run = await api.runs.start(params);
      // Next time the form opens with these; the core drops the sensitive ones.
      api.inputs.remember({ processId: process.id, values: converted.inputArguments }).catch(() => {});
      onStarted(run);
    } catch (caught) {
      const error = toBatonError(caught);
      const fieldErrors = error.code === 'VALIDATION' ? fieldErrorsFrom(error.details, translator) : {};
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        focusFirstInvalid(fieldErrors);
      } else {
        setFailure(error);
      }
      setIsStarting(false);
    }
  }

  const description = (
    <>
      <p>{t('processes.runDialogWhere', { folder: process.folderPath, version: process.version })}</p>
      {process.description ? <p>{process.description}</p> : null}
    </>
  );

  return (
    <Dialog title={t('processes.runProcess', { name: process.name })} description={description} onClose={onClose} className="run-dialog">
      <form id={formId} ref={form} noValidate onSubmit={(event) => void start(event)}>
        {process.inputArguments.length === 0 ? <p className="run-dialog-note">{t('processes.noInput')}</p> : null}
        {process.inputArguments.some((arg) => arg.isRequired && !arg.hasDefault) ? (
          <p className="run-dialog-note">
            <span aria-hidden="true">{t('processes.requiredNote', { mark: '*' })}</span>
            <span className="visually-hidden">{t('processes.requiredNoteSpoken')}</span>
          </p>
        ) : null}
        {hasRemembered ? <p className="run-dialog-note">{t('processes.remembered')}</p> : null}
        {process.inputArguments.map((arg) => (
          <div key={arg.name} data-argument={arg.name}>
            <ArgumentField
              arg={arg}
              value={texts[arg.name] ?? ''}
              error={errors[arg.name]}
              onChange={(value) => {
                setTexts((current) => ({ ...current, [arg.name]: value }));
                if (errors[arg.name]) setErrors(({ [arg.name]: _fixed, ...rest }) => rest);
              }}
            />
          </div>
        ))}
        {process.inputArguments.length > 0 ? (
          <p className="run-dialog-reset">
            <button type="button" onClick={resetToDefaults}>
              {t('processes.resetToDefaults')}
            </button>
          </p>
        ) : null}
        <fieldset className="run-target">
          <legend>{t('processes.runOn')}</legend>
          <label>
            <input
              type="radio"
              name="target"
              value="remote"
              checked={target === 'remote'}
              disabled={!isRemoteEnabled}
              aria-describedby={!isRemoteEnabled ? remoteReasonId : undefined}
              onChange={() => setTarget('remote')}
            />
            {t('common.remote')}
          </label>
          <label>
            <input
              type="radio"
              name="target"
              value="local"
              checked={target === 'local'}
              disabled={!local.isEnabled}
              aria-describedby={!local.isEnabled ? localReasonId : undefined}
              onChange={() => setTarget('local')}
            />
            {t('common.local')}
          </label>
          {!isRemoteEnabled ? (
            <p id={remoteReasonId} className="field-hint">
              {t('processes.remoteReason', { reason: (process.isRunnable ? offlineReason : viewOnlyReason(process, translator)) ?? '' })}
            </p>
          ) : null}
          {!local.isEnabled ? (
            <p id={localReasonId} className="field-hint">
              {t('processes.localReason', { reason: local.reason ?? t('processes.robotNotReady') })}
            </p>
          ) : process.prefersLocal ? (
            <p className="field-hint">{t('processes.localSuggested')}</p>
          ) : null}
        </fieldset>
        {failure ? (
          <div className="banner banner-error" role="alert">
            <div className="banner-text">
              <p className="banner-message">{errorText(failure, translator).message}</p>
              {failure.hint ? <p className="banner-hint">{errorText(failure, translator).hint}</p> : null}
              <p className="banner-code">{t('components.errorCode', { code: failure.code })}</p>
              <CheckLink code={failure.code} />
            </div>
          </div>
        ) : null}
        <div className="run-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={isStarting || !isTargetAvailable} aria-busy={isStarting || undefined}>
            {t('processes.start')}
          </button>
          {isStarting ? (
            <span role="status" className="field-hint">
              {t('processes.starting')}
            </span>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}

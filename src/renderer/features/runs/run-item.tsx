import { useEffect, useRef, useState } from 'react';
import type { Run, RunLog } from '../../../shared/contract/runs';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { CheckLink } from '../../components';
import { errorText } from '../../components/error-text';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { remoteBlockReason, useConnectivity } from '../connectivity';
import { elapsedMs, formatElapsed, formatValue, isActiveRun, runActions, stateLabel, targetLabel } from './run-format';
import { RunLogView } from './run-log-view';
import { useRunLog } from './use-run-log';

/** One run: what, where, its state, how long, and what it produced or why it failed. */
export function RunItem({
  run,
  now,
  logs,
  onUpdated,
  headingLevel,
  isFocused = false,
}: {
  run: Run;
  now: number;
  logs?: RunLog[];
  onUpdated(run: Run): void;
  /** One below the heading above the list, so the outline has no gaps for screen-reader users. */
  headingLevel: 2 | 3;
  /** The run a notification or link points at. */
  isFocused?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!isFocused || !item.current) return;
    item.current.scrollIntoView({ block: 'nearest' });
    item.current.focus({ preventScroll: true });
  }, [isFocused]);
  const api = useBatonApi();
  const translator = useT();
  const { t } = translator;
  const [isStopping, setIsStopping] = useState(false);
  const [stopError, setStopError] = useState<BatonError>();
  const outputs = Object.entries(run.outputArguments ?? {});
  const isActive = isActiveRun(run);
  const actions = runActions(run);
  const log = useRunLog(run, logs, isActive || isFocused);
  // A remote run cannot be stopped while Orchestrator is unreachable; say so instead of failing.
  const connectivity = useConnectivity();
  const blockReason = run.target === 'remote' ? remoteBlockReason(connectivity) : undefined;

  // Pause and resume go through the same busy state and error line as Stop.
  async function act(change: () => Promise<Run>): Promise<void> {
    setIsStopping(true);
    setStopError(undefined);
    try {
      onUpdated(await change());
    } catch (caught) {
      setStopError(toBatonError(caught));
    } finally {
      setIsStopping(false);
    }
  }

  return (
    <li
      ref={item}
      className={isFocused ? 'run-item run-item-focused' : 'run-item'}
      data-state={run.state}
      aria-current={isFocused ? 'true' : undefined}
      tabIndex={isFocused ? -1 : undefined}
      aria-label={isFocused ? t('runs.focusedLabel', { name: run.processName, state: stateLabel(run.state, translator) }) : undefined}
    >
      <div className="run-head">
        <Heading className="run-name" dir="auto">
          {run.processName}
        </Heading>
        <span className="run-state" data-state={run.state} data-testid="run-state">
          {run.target === 'local' && run.isPaused
            ? t('runs.paused', { state: stateLabel(run.state, translator) })
            : stateLabel(run.state, translator)}
        </span>
      </div>
      <p className="run-meta">
        <span className="run-target-label">{targetLabel(run.target, translator)}</span>
        {run.target === 'remote' && run.folderPath ? (
          <span>
            {t('common.listSeparator')}
            {run.folderPath}
          </span>
        ) : null}
        <span>
          {t('common.listSeparator')}
          <span className="visually-hidden">{t('runs.elapsed')} </span>
          <time data-testid="run-elapsed">{formatElapsed(elapsedMs(run, now))}</time>
        </span>
        <span>
          {t('common.listSeparator')}
          {t('runs.startedAt', { time: translator.formatTime(new Date(run.startedAt ?? run.createdAt), { timeStyle: 'medium' }) })}
        </span>
      </p>
      {run.error ? (
        <div className="run-error">
          <p className="run-error-message">{errorText(run.error, translator).message}</p>
          {run.error.hint ? <p className="run-error-hint">{errorText(run.error, translator).hint}</p> : null}
          <CheckLink code={run.error.code} />
        </div>
      ) : run.info && run.state !== 'successful' ? (
        <p className="run-info">{run.info}</p>
      ) : null}
      {outputs.length > 0 ? (
        <dl className="run-outputs" aria-label={t('runs.output')}>
          {outputs.map(([name, value]) => (
            <div key={name} className="run-output">
              <dt>{name}</dt>
              <dd>{formatValue(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <RunLogView lines={log.lines} hasMore={log.hasMore} orchestratorUrl={log.orchestratorUrl} />
      {isActive ? (
        <div className="run-actions">
          {run.state === 'stopping' ? (
            <button
              type="button"
              disabled={isStopping || Boolean(blockReason)}
              title={blockReason}
              onClick={() => void act(() => api.runs.stop({ runId: run.id, mode: 'kill' }))}
            >
              {t('runs.kill')}
            </button>
          ) : (
            <button
              type="button"
              disabled={isStopping || Boolean(blockReason)}
              title={blockReason}
              onClick={() => void act(() => api.runs.stop({ runId: run.id, mode: 'soft' }))}
            >
              {t('runs.stop')}
            </button>
          )}
          {actions.canResume ? (
            <button
              type="button"
              disabled={isStopping || (run.target === 'remote' && Boolean(blockReason))}
              title={run.target === 'remote' ? blockReason : undefined}
              onClick={() => void act(() => api.runs.resume({ runId: run.id }))}
            >
              {t('runs.resume')}
            </button>
          ) : actions.canPause ? (
            <button type="button" disabled={isStopping} onClick={() => void act(() => api.runs.pause({ runId: run.id }))}>
              {t('runs.pause')}
            </button>
          ) : null}
        </div>
      ) : null}
      {isActive && actions.whyNoPause ? <p className="run-action-note">{t(actions.whyNoPause)}</p> : null}
      {stopError ? (
        <p className="run-error-message" role="alert">
          {t('runs.actionFailed', { message: errorText(stopError, translator).message, hint: errorText(stopError, translator).hint ?? '' })}
        </p>
      ) : null}
    </li>
  );
}

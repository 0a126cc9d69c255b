import { useEffect, useRef, useState } from 'react';
import { targetHash } from '../../../shared/app-target';
import type { ReminderPrompt } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useHashParam } from '../../app/hash-param';
import { ErrorBanner } from '../../components/error-banner';
import { remoteBlockReason, useConnectivity } from '../connectivity';
import { useSession } from '../account/session-provider';
import { planQuickRun } from '../processes/home-model';
import { isStartable, PromptProfile } from './prompt-profile';
import { describeRule } from './reminder-text';

/**
 * Reminders that came and wait for an answer, over every area: "Start" runs the process (or opens
 * its inputs when some are needed), "Snooze 10 min" brings it back later, "Dismiss" ends it.
 * Nothing runs until the person presses Start. Missed ones (Baton was closed) say so. A reminder
 * of another profile than the active one offers "Switch to <profile>" instead of Start.
 */
export function ReminderPrompts() {
  const api = useBatonApi();
  const activeProfileId = useSession().profiles?.activeProfileId;
  const isRemoteAvailable = !remoteBlockReason(useConnectivity());
  const [prompts, setPrompts] = useState<ReminderPrompt[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<BatonError>();
  // A reminder's notification leads here (#/processes?reminder=ID): its Start button takes the focus.
  const wanted = useHashParam('reminder');
  const startButtons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (wanted) startButtons.current.get(wanted)?.focus();
  }, [wanted, prompts]);

  useEffect(() => {
    let isCurrent = true;
    const stop = api.on('reminder.due', (prompt) => {
      if (!isCurrent) return;
      setPrompts((current) => [...current.filter((shown) => shown.reminder.id !== prompt.reminder.id), prompt]);
    });
    api.reminders.prompts().then(
      (waiting) =>
        isCurrent && setPrompts((current) => [...waiting.filter((p) => !current.some((c) => c.reminder.id === p.reminder.id)), ...current]),
      // Without them nothing is lost: the next one still arrives as an event.
      () => {},
    );
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api]);

  // A prompt may be answered elsewhere (the desktop notification's own buttons on macOS): coming
  // back to the window shows the prompts as the core has them.
  useEffect(() => {
    const refresh = () => void api.reminders.prompts().then(setPrompts, () => {});
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [api]);

  async function answer(prompt: ReminderPrompt, choice: 'start' | 'snooze' | 'dismiss'): Promise<void> {
    setError(undefined);
    try {
      setPrompts(await api.reminders.answer({ id: prompt.reminder.id, answer: choice }));
      if (choice === 'snooze') setMessage(`${prompt.reminder.processName}: reminded again in 10 minutes.`);
      if (choice === 'dismiss') setMessage('');
      if (choice === 'start') await start(prompt);
    } catch (caught) {
      setError(toBatonError(caught));
    }
  }

  async function start(prompt: ReminderPrompt): Promise<void> {
    const catalog = await api.catalog.get();
    const process = catalog.processes.find((candidate) => candidate.id === prompt.reminder.processId);
    if (!process) {
      setMessage(`${prompt.reminder.processName} is not in your list any more; it may have been removed or moved.`);
      return;
    }
    const remembered = await api.inputs.get({ processId: process.id }).catch(() => undefined);
    const plan = planQuickRun(process, { known: remembered?.values, isRemoteAvailable });
    if (plan.kind === 'ask') {
      // The run dialog of Processes asks for what is missing.
      window.location.hash = targetHash({ kind: 'process', processId: process.id });
      return;
    }
    const run = await api.runs.start(plan.params);
    setMessage(`Started ${run.processName}; follow it under Runs.`);
  }

  if (prompts.length === 0 && !message && !error) return null;
  return (
    <section className="reminder-prompts" aria-label="Reminders due">
      {prompts.map((prompt) => (
        <div key={prompt.reminder.id} className="reminder-prompt banner banner-warning" role="alert">
          <div className="banner-text">
            <p className="banner-message">
              {prompt.isMissed ? 'Missed while Baton was closed: ' : ''}Time to run {prompt.reminder.processName}
            </p>
            <p className="banner-hint">
              {describeRule(prompt.reminder.rule)} · {prompt.reminder.folderPath}
            </p>
            <PromptProfile prompt={prompt} onError={setError} />
          </div>
          <div className="reminder-actions">
            {isStartable(prompt, activeProfileId) ? (
              <button
                type="button"
                className="button-primary"
                ref={(button) => {
                  if (button) startButtons.current.set(prompt.reminder.id, button);
                  else startButtons.current.delete(prompt.reminder.id);
                }}
                onClick={() => void answer(prompt, 'start')}
              >
                Start
              </button>
            ) : null}
            <button type="button" onClick={() => void answer(prompt, 'snooze')}>
              Snooze 10 min
            </button>
            <button type="button" onClick={() => void answer(prompt, 'dismiss')}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
      <p role="status" className="reminder-message">
        {message}
      </p>
      {error ? <ErrorBanner error={error} onDismiss={() => setError(undefined)} /> : null}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { targetHash } from '../../../shared/app-target';
import type { ReminderPrompt } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
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
  const t = useT();
  const activeProfileId = useSession().profiles?.activeProfileId;
  const isRemoteAvailable = !remoteBlockReason(useConnectivity());
  const [prompts, setPrompts] = useState<ReminderPrompt[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<BatonError>();
  // A reminder's notification leads here (#/processes?reminder=ID): its Start button takes the focus.
  const wanted = useHashParam('reminder');
  const startButtons = useRef(new Map<string, HTMLButtonElement>());
  // Once per link, as soon as the button is there: it comes with the prompts and the session's
  // profiles, in whichever order they arrive (Start is offered only in the reminder's profile).
  const focusedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    const button = wanted ? startButtons.current.get(wanted) : undefined;
    if (!button || focusedFor.current === wanted) return;
    button.focus();
    focusedFor.current = wanted;
  }, [wanted, prompts, activeProfileId]);

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
      if (choice === 'snooze') setMessage(t.t('reminders.snoozed', { name: prompt.reminder.processName }));
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
      setMessage(t.t('reminders.gone', { name: prompt.reminder.processName }));
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
    setMessage(t.t('reminders.started', { name: run.processName }));
  }

  if (prompts.length === 0 && !message && !error) return null;
  return (
    <section className="reminder-prompts" aria-label={t.t('reminders.due')}>
      {prompts.map((prompt) => (
        <div key={prompt.reminder.id} className="reminder-prompt banner banner-warning" role="alert">
          <div className="banner-text">
            <p className="banner-message">
              {t.t('reminders.timeToRun', { name: prompt.reminder.processName, isMissed: prompt.isMissed ? 'yes' : 'no' })}
            </p>
            <p className="banner-hint">
              {describeRule(prompt.reminder.rule, t)} · {prompt.reminder.folderPath}
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
                {t.t('reminders.start')}
              </button>
            ) : null}
            <button type="button" onClick={() => void answer(prompt, 'snooze')}>
              {t.t('reminders.snooze')}
            </button>
            <button type="button" onClick={() => void answer(prompt, 'dismiss')}>
              {t.t('reminders.dismiss')}
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

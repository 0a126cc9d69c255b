import { useState, type FormEvent } from 'react';
import {
  NOTIFICATION_KINDS,
  RESET_CONFIRMATION,
  type NotificationKind,
  type PreferencesPatch,
  type SettingsView,
  type Theme,
} from '../../../shared/contract/preferences';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { ErrorBanner } from '../../components/error-banner';
import { RemindersSection } from '../reminders';
import { ProfilesSection } from './profiles-section';
import { useSettings } from './use-settings';

const KIND_LABELS: Record<NotificationKind, string> = {
  runSuccessful: 'A run finished successfully',
  runFaulted: 'A run faulted',
  runStopped: 'A run was stopped',
  signInExpired: 'Sign-in expired',
  robotPairing: 'The robot asks to pair',
};
const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

/** Preferences: every control saves at once; failures show with their hint and change nothing. */
export function PreferencesView() {
  const { state, update, retry } = useSettings();
  const [error, setError] = useState<BatonError | undefined>();
  const [saved, setSaved] = useState('');

  if (state.status === 'loading') return <p role="status">Loading preferences…</p>;
  if (state.status === 'failed') return <ErrorBanner error={state.error} onRetry={retry} />;
  const { view } = state;
  const { preferences } = view;

  const save = async (patch: PreferencesPatch, what: string) => {
    setError(undefined);
    try {
      await update(patch);
      setSaved(`${what} saved.`);
    } catch (failure) {
      setError(toBatonError(failure));
      setSaved('');
    }
  };

  return (
    <div className="preferences">
      {error ? <ErrorBanner error={error} onDismiss={() => setError(undefined)} /> : null}
      <p className="visually-hidden" role="status">
        {saved}
      </p>

      <fieldset>
        <legend>General</legend>
        <label className="preference-row">
          <input
            type="checkbox"
            checked={preferences.startAtLogin}
            disabled={!view.capabilities.startAtLogin}
            onChange={(event) => void save({ startAtLogin: event.target.checked }, 'Start at login')}
          />
          Start Baton when I sign in to this computer (hidden, in the tray)
        </label>
        {!view.capabilities.startAtLogin ? <p className="preference-note">Only the desktop app can start at login.</p> : null}
        <fieldset>
          <legend>Theme</legend>
          {(Object.keys(THEME_LABELS) as Theme[]).map((theme) => (
            <label key={theme} className="preference-row">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={preferences.theme === theme}
                onChange={() => void save({ theme }, 'Theme')}
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Default run target</legend>
          <label className="preference-row">
            <input
              type="radio"
              name="defaultRunTarget"
              checked={preferences.defaultRunTarget === 'remote'}
              onChange={() => void save({ defaultRunTarget: 'remote' }, 'Default run target')}
            />
            Remote: an Orchestrator job
          </label>
          <label className="preference-row">
            <input
              type="radio"
              name="defaultRunTarget"
              checked={preferences.defaultRunTarget === 'local'}
              onChange={() => void save({ defaultRunTarget: 'local' }, 'Default run target')}
            />
            Local: the robot on this machine
          </label>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>Notifications</legend>
        <label className="preference-row">
          <input
            type="checkbox"
            checked={preferences.notifications.isPaused}
            onChange={(event) => void save({ notifications: { isPaused: event.target.checked } }, 'Pause notifications')}
          />
          Pause all notifications
        </label>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="preference-row">
            <input
              type="checkbox"
              checked={preferences.notifications.kinds[kind]}
              disabled={preferences.notifications.isPaused}
              onChange={(event) => void save({ notifications: { kinds: { [kind]: event.target.checked } } }, KIND_LABELS[kind])}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      <ShortcutSection view={view} onSave={save} />
      <TextSetting
        legend="Robot bridge address"
        label="Robot bridge address"
        note="The local robot bridge Baton connects to, e.g. ws://127.0.0.1:2424/robot."
        value={view.robotBridgeUrl}
        onSave={(robotBridgeUrl) => save({ robotBridgeUrl }, 'Robot bridge address')}
      />
      <ProfilesSection />
      <RemindersSection />

      <fieldset>
        <legend>Data</legend>
        <p className="preference-row">
          Data location: <code data-testid="data-location">{view.dataLocation}</code>
        </p>
        <ResetSection />
      </fieldset>
    </div>
  );
}

function ShortcutSection({ view, onSave }: { view: SettingsView; onSave(patch: PreferencesPatch, what: string): Promise<void> }) {
  const shortcut = view.preferences.shortcut;
  return (
    <>
      <TextSetting
        legend="Quick launch shortcut"
        label="Global shortcut"
        note={
          view.capabilities.globalShortcut
            ? 'Opens the quick-launch palette from anywhere, e.g. CommandOrControl+Alt+B. Leave empty to turn it off.'
            : 'In the browser the palette opens with Ctrl+Alt+B or Ctrl+K while Baton has focus; the desktop app registers this shortcut system-wide.'
        }
        value={shortcut ?? ''}
        onSave={(value) => onSave({ shortcut: value.trim() === '' ? null : value.trim() }, 'Shortcut')}
      />
      {view.shortcutProblem ? (
        <p className="preference-problem" role="alert">
          {view.shortcutProblem}
        </p>
      ) : null}
    </>
  );
}

function TextSetting(props: { legend: string; label: string; note: string; value: string; onSave(value: string): Promise<void> }) {
  const [draft, setDraft] = useState<string | undefined>();
  const value = draft ?? props.value;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void props.onSave(value).then(() => setDraft(undefined));
  };
  return (
    <form onSubmit={onSubmit}>
      <fieldset>
        <legend>{props.legend}</legend>
        <div className="preference-row">
          <input type="text" aria-label={props.label} value={value} onChange={(event) => setDraft(event.target.value)} spellCheck={false} />
          <button type="submit" disabled={draft === undefined || draft === props.value}>
            Save
          </button>
        </div>
        <p className="preference-note">{props.note}</p>
      </fieldset>
    </form>
  );
}

function ResetSection() {
  const api = useBatonApi();
  const [isAsking, setIsAsking] = useState(false);
  const [error, setError] = useState<BatonError | undefined>();
  const [isDone, setIsDone] = useState(false);
  const reset = async () => {
    setError(undefined);
    try {
      await api.preferences.reset({ confirm: RESET_CONFIRMATION });
      setIsAsking(false);
      setIsDone(true);
    } catch (failure) {
      setError(toBatonError(failure));
    }
  };
  return (
    <div>
      <button type="button" className="preference-reset" onClick={() => setIsAsking(true)} disabled={isAsking}>
        Reset Baton…
      </button>
      {isDone ? <p role="status">Baton was reset: it is as on its first start.</p> : null}
      {isAsking ? (
        <div role="alertdialog" aria-label="Reset Baton?" aria-describedby="reset-explanation" className="card">
          <p id="reset-explanation">
            This removes everything Baton keeps on this computer: preferences, every connection profile and its saved sign-in, the pairing
            with the robot, run history, favourites and cached process lists. Runs in Orchestrator and on the robot are not stopped.
          </p>
          <div className="preference-row">
            <button type="button" className="preference-reset" onClick={() => void reset()}>
              Yes, reset Baton
            </button>
            <button type="button" autoFocus onClick={() => setIsAsking(false)}>
              Cancel
            </button>
          </div>
          {error ? <ErrorBanner error={error} /> : null}
        </div>
      ) : null}
    </div>
  );
}

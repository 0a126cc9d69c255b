import { useState, type FormEvent } from 'react';
import { LOCALES, type Locale, type MessageId } from '../../../shared/i18n';
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
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { RemindersSection } from '../reminders';
import { ProfilesSection } from './profiles-section';
import { useSettings } from './use-settings';

const KIND_LABELS: Record<NotificationKind, MessageId> = {
  runSuccessful: 'preferences.kindRunSuccessful',
  runFaulted: 'preferences.kindRunFaulted',
  runStopped: 'preferences.kindRunStopped',
  signInExpired: 'preferences.kindSignInExpired',
  robotPairing: 'preferences.kindRobotPairing',
};
const THEME_LABELS: Record<Theme, MessageId> = {
  system: 'preferences.themeSystem',
  light: 'preferences.themeLight',
  dark: 'preferences.themeDark',
};

/** Each language by its own name ("Deutsch", "العربية"): a person finds theirs whatever the window speaks. */
const nativeName = (locale: Locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

/** Preferences: every control saves at once; failures show with their hint and change nothing. */
export function PreferencesView() {
  const { state, update, retry } = useSettings();
  const { t } = useT();
  const [error, setError] = useState<BatonError | undefined>();
  const [saved, setSaved] = useState('');

  if (state.status === 'loading') return <p role="status">{t('preferences.loading')}</p>;
  if (state.status === 'failed') return <ErrorBanner error={state.error} onRetry={retry} />;
  const { view } = state;
  const { preferences } = view;

  const save = async (patch: PreferencesPatch, what: string) => {
    setError(undefined);
    try {
      await update(patch);
      setSaved(t('preferences.saved', { what }));
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
        <legend>{t('preferences.general')}</legend>
        <label className="preference-row">
          <input
            type="checkbox"
            checked={preferences.startAtLogin}
            disabled={!view.capabilities.startAtLogin}
            onChange={(event) => void save({ startAtLogin: event.target.checked }, t('preferences.startAtLoginShort'))}
          />
          {t('preferences.startAtLogin')}
        </label>
        {!view.capabilities.startAtLogin ? <p className="preference-note">{t('preferences.startAtLoginDesktopOnly')}</p> : null}
        <label className="preference-row">
          {t('preferences.language')}
          <select
            value={preferences.language}
            onChange={(event) => void save({ language: event.target.value as Locale | 'system' }, t('preferences.language'))}
          >
            <option value="system">{t('preferences.languageSystem')}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {nativeName(locale)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('preferences.theme')}</legend>
          {(Object.keys(THEME_LABELS) as Theme[]).map((theme) => (
            <label key={theme} className="preference-row">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={preferences.theme === theme}
                onChange={() => void save({ theme }, t('preferences.theme'))}
              />
              {t(THEME_LABELS[theme])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('preferences.defaultRunTarget')}</legend>
          <label className="preference-row">
            <input
              type="radio"
              name="defaultRunTarget"
              checked={preferences.defaultRunTarget === 'remote'}
              onChange={() => void save({ defaultRunTarget: 'remote' }, t('preferences.defaultRunTarget'))}
            />
            {t('preferences.targetRemote')}
          </label>
          <label className="preference-row">
            <input
              type="radio"
              name="defaultRunTarget"
              checked={preferences.defaultRunTarget === 'local'}
              onChange={() => void save({ defaultRunTarget: 'local' }, t('preferences.defaultRunTarget'))}
            />
            {t('preferences.targetLocal')}
          </label>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t('preferences.notifications')}</legend>
        <label className="preference-row">
          <input
            type="checkbox"
            checked={preferences.notifications.isPaused}
            onChange={(event) => void save({ notifications: { isPaused: event.target.checked } }, t('preferences.pauseShort'))}
          />
          {t('preferences.pauseAll')}
        </label>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="preference-row">
            <input
              type="checkbox"
              checked={preferences.notifications.kinds[kind]}
              disabled={preferences.notifications.isPaused}
              onChange={(event) => void save({ notifications: { kinds: { [kind]: event.target.checked } } }, t(KIND_LABELS[kind]))}
            />
            {t(KIND_LABELS[kind])}
          </label>
        ))}
      </fieldset>

      <ShortcutSection view={view} onSave={save} />
      <TextSetting
        legend={t('preferences.bridgeAddress')}
        label={t('preferences.bridgeAddress')}
        note={t('preferences.bridgeNote', { example: 'ws://127.0.0.1:2424/robot' })}
        value={view.robotBridgeUrl}
        onSave={(robotBridgeUrl) => save({ robotBridgeUrl }, t('preferences.bridgeAddress'))}
      />
      <ProfilesSection />
      <RemindersSection />

      <fieldset>
        <legend>{t('preferences.data')}</legend>
        <p className="preference-row">
          {t('preferences.dataLocation')}{' '}
          <code data-testid="data-location" dir="ltr">
            {view.dataLocation}
          </code>
        </p>
        <ResetSection />
      </fieldset>
    </div>
  );
}

function ShortcutSection({ view, onSave }: { view: SettingsView; onSave(patch: PreferencesPatch, what: string): Promise<void> }) {
  const { t } = useT();
  const shortcut = view.preferences.shortcut;
  return (
    <>
      <TextSetting
        legend={t('preferences.shortcutLegend')}
        label={t('preferences.shortcutLabel')}
        note={
          view.capabilities.globalShortcut
            ? t('preferences.shortcutNoteDesktop', { example: 'CommandOrControl+Alt+B' })
            : t('preferences.shortcutNoteBrowser', { keys: 'Ctrl+Alt+B', other: 'Ctrl+K' })
        }
        value={shortcut ?? ''}
        onSave={(value) => onSave({ shortcut: value.trim() === '' ? null : value.trim() }, t('preferences.shortcutLabel'))}
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
  const { t } = useT();
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
          {/* Addresses and key combinations read left to right in every language. */}
          <input
            type="text"
            dir="ltr"
            aria-label={props.label}
            value={value}
            onChange={(event) => setDraft(event.target.value)}
            spellCheck={false}
          />
          <button type="submit" disabled={draft === undefined || draft === props.value}>
            {t('common.save')}
          </button>
        </div>
        <p className="preference-note">{props.note}</p>
      </fieldset>
    </form>
  );
}

function ResetSection() {
  const api = useBatonApi();
  const { t } = useT();
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
        {t('preferences.reset')}
      </button>
      {isDone ? <p role="status">{t('preferences.resetDone')}</p> : null}
      {isAsking ? (
        <div role="alertdialog" aria-label={t('preferences.resetQuestion')} aria-describedby="reset-explanation" className="card">
          <p id="reset-explanation">{t('preferences.resetExplanation')}</p>
          <div className="preference-row">
            <button type="button" className="preference-reset" onClick={() => void reset()}>
              {t('preferences.resetConfirm')}
            </button>
            <button type="button" autoFocus onClick={() => setIsAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
          {error ? <ErrorBanner error={error} /> : null}
        </div>
      ) : null}
    </div>
  );
}

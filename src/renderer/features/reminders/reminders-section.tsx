import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { ReminderItem } from './reminder-item';
import { useReminders } from './use-reminders';

/** Every reminder of every profile in one place (Settings), each editable in place and removable; they are added from a process's details. */
export function RemindersSection() {
  const t = useT();
  const state = useReminders();
  const { reminders, error } = state;
  return (
    <fieldset className="reminders-section">
      <legend>{t.t('reminders.heading')}</legend>
      {!reminders && !error ? <p role="status">{t.t('reminders.loading')}</p> : null}
      {reminders && reminders.length === 0 ? <p>{t.t('reminders.none')}</p> : null}
      {reminders && reminders.length > 0 ? (
        <ul className="reminder-list" aria-label={t.t('reminders.heading')}>
          {reminders.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} label={reminder.processName} showProcess actions={state} />
          ))}
        </ul>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </fieldset>
  );
}

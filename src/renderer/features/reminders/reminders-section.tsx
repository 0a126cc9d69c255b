import { ErrorBanner } from '../../components/error-banner';
import { ReminderItem } from './reminder-item';
import { useReminders } from './use-reminders';

/** Every reminder of every profile in one place (Settings), each editable in place and removable; they are added from a process's details. */
export function RemindersSection() {
  const state = useReminders();
  const { reminders, error } = state;
  return (
    <fieldset className="reminders-section">
      <legend>Reminders</legend>
      {!reminders && !error ? <p role="status">Loading reminders…</p> : null}
      {reminders && reminders.length === 0 ? <p>No reminders. Add one from a process's details (click its name).</p> : null}
      {reminders && reminders.length > 0 ? (
        <ul className="reminder-list" aria-label="Reminders">
          {reminders.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} label={reminder.processName} showProcess actions={state} />
          ))}
        </ul>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </fieldset>
  );
}

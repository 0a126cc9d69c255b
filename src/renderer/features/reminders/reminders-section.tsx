import { ErrorBanner } from '../../components/error-banner';
import { describeRule } from './reminder-text';
import { useReminders } from './use-reminders';

/** Every reminder in one place (Settings), each removable; they are added from a process's details. */
export function RemindersSection() {
  const { reminders, error, remove } = useReminders();
  return (
    <fieldset className="reminders-section">
      <legend>Reminders</legend>
      {!reminders && !error ? <p role="status">Loading reminders…</p> : null}
      {reminders && reminders.length === 0 ? <p>No reminders. Add one from a process's details (click its name).</p> : null}
      {reminders && reminders.length > 0 ? (
        <ul className="reminder-list" aria-label="Reminders">
          {reminders.map((reminder) => (
            <li key={reminder.id}>
              <strong>{reminder.processName}</strong> · {describeRule(reminder.rule)}
              {reminder.nextAt ? ` · next ${new Date(reminder.nextAt).toLocaleString()}` : ''}{' '}
              <button type="button" onClick={() => remove(reminder.id)}>
                Remove reminder for {reminder.processName}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </fieldset>
  );
}

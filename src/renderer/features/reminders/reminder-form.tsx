import { useId, useState, type FormEvent } from 'react';
import type { ReminderRule } from '../../../shared/contract/reminders';
import { ErrorBanner } from '../../components/error-banner';
import { describeRule, WEEKDAY_NAMES } from './reminder-text';
import { useReminders } from './use-reminders';

type Repeat = ReminderRule['kind'];
const REPEAT_LABELS: Record<Repeat, string> = { once: 'Once', daily: 'Every day', weekdays: 'Weekdays', weekly: 'Weekly' };

/** A process's reminders, and a form to add one: a time, and once (on a date) or a repeat. */
export function ProcessReminders({ processId, processName }: { processId: string; processName: string }) {
  const { reminders, error, add, remove } = useReminders();
  const headingId = useId();
  const [repeat, setRepeat] = useState<Repeat>('weekdays');
  const [time, setTime] = useState('09:00');
  const [date, setDate] = useState('');
  const [days, setDays] = useState<number[]>([1]);
  const [status, setStatus] = useState('');
  const own = (reminders ?? []).filter((reminder) => reminder.processId === processId);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const rule: ReminderRule =
      repeat === 'once' ? { kind: 'once', date, time } : repeat === 'weekly' ? { kind: 'weekly', time, days } : { kind: repeat, time };
    if (await add(processId, rule)) setStatus(`Reminder added: ${describeRule(rule)}.`);
    else setStatus('');
  }

  return (
    <section aria-labelledby={headingId} className="process-reminders">
      <h3 id={headingId}>Reminders</h3>
      {own.length > 0 ? (
        <ul className="reminder-list">
          {own.map((reminder) => (
            <li key={reminder.id}>
              {describeRule(reminder.rule)}{' '}
              <button type="button" aria-label={`Remove reminder: ${describeRule(reminder.rule)}`} onClick={() => remove(reminder.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="reminder-form" aria-label={`Remind me to run ${processName}`} onSubmit={(event) => void submit(event)}>
        <label>
          Repeat{' '}
          <select value={repeat} onChange={(event) => setRepeat(event.target.value as Repeat)}>
            {(Object.keys(REPEAT_LABELS) as Repeat[]).map((kind) => (
              <option key={kind} value={kind}>
                {REPEAT_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        {repeat === 'once' ? (
          <label>
            Date <input type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
          </label>
        ) : null}
        <label>
          Time <input type="time" required value={time} onChange={(event) => setTime(event.target.value)} />
        </label>
        {repeat === 'weekly' ? (
          <fieldset className="reminder-days">
            <legend>Days</legend>
            {WEEKDAY_NAMES.map((name, day) => (
              <label key={name}>
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={(event) =>
                    setDays((current) => (event.target.checked ? [...current, day] : current.filter((chosen) => chosen !== day)))
                  }
                />
                {name.slice(0, 3)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <button type="submit">Add reminder</button>
        <span role="status" className="field-hint">
          {status}
        </span>
      </form>
      {error ? <ErrorBanner error={error} /> : null}
    </section>
  );
}

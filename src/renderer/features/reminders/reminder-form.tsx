import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { ReminderItem } from './reminder-item';
import { describeRule } from './reminder-text';
import { RuleFields, ruleOf, useRuleDraft } from './rule-fields';
import { useReminders } from './use-reminders';

/** A process's reminders, each editable in place, and a form to add one: a time, and once (on a date) or a repeat. */
export function ProcessReminders({ processId, processName }: { processId: string; processName: string }) {
  const t = useT();
  const reminders = useReminders();
  const headingId = useId();
  const [draft, setDraft] = useRuleDraft();
  const [status, setStatus] = useState('');
  const own = (reminders.reminders ?? []).filter((reminder) => reminder.processId === processId);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const rule = ruleOf(draft);
    if (await reminders.add(processId, rule)) setStatus(t.t('reminders.added', { rule: describeRule(rule, t) }));
    else setStatus('');
  }

  return (
    <section aria-labelledby={headingId} className="process-reminders">
      <h3 id={headingId}>{t.t('reminders.heading')}</h3>
      {own.length > 0 ? (
        <ul className="reminder-list" aria-labelledby={headingId}>
          {own.map((reminder) => (
            <ReminderItem
              key={reminder.id}
              reminder={reminder}
              label={describeRule(reminder.rule, t)}
              showProcess={false}
              actions={reminders}
            />
          ))}
        </ul>
      ) : null}
      <form
        className="reminder-form"
        aria-label={t.t('reminders.remindMe', { name: processName })}
        onSubmit={(event) => void submit(event)}
      >
        <RuleFields draft={draft} onChange={setDraft} />
        <button type="submit">{t.t('reminders.add')}</button>
        <span role="status" className="field-hint">
          {status}
        </span>
      </form>
      {reminders.error ? <ErrorBanner error={reminders.error} /> : null}
    </section>
  );
}

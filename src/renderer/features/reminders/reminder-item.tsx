import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReminderView } from '../../../shared/contract/reminders';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';
import { useT } from '../../app/i18n';
import { describeRule } from './reminder-text';
import { RuleFields, ruleOf, useRuleDraft } from './rule-fields';
import type { RemindersState } from './use-reminders';

/** Which profile a reminder is for, when that is worth saying: not the active one, or unknown. */
export function profileNote(reminder: ReminderView, t: Translator = englishTranslator): string | undefined {
  if (reminder.profileId === null) return t.t('reminders.profileUnknown');
  if (reminder.isForActiveProfile) return undefined;
  return t.t('reminders.forOtherProfile', { profile: reminder.profileName ?? '', hasProfile: reminder.profileName ? 'yes' : 'no' });
}

/**
 * One reminder in a list, with Edit (in place: its time, repeat and whether it is on) and
 * Remove. `label` names it among its neighbours: the process in Settings, the time in a
 * process's details.
 */
export function ReminderItem({
  reminder,
  label,
  showProcess,
  actions,
}: {
  reminder: ReminderView;
  label: string;
  showProcess: boolean;
  actions: Pick<RemindersState, 'update' | 'remove'>;
}) {
  const t = useT();
  const [isEditing, setIsEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLDivElement>(null);
  const note = profileNote(reminder, t);

  // Back on Edit after Save or Cancel, so the keyboard does not lose its place (not on first show).
  const isReturning = useRef(false);
  useEffect(() => {
    if (isEditing) firstField.current?.querySelector('select')?.focus();
    else if (isReturning.current) editButton.current?.focus();
    isReturning.current = false;
  }, [isEditing]);

  const close = () => {
    isReturning.current = true;
    setIsEditing(false);
  };

  return (
    <li className={reminder.isEnabled ? undefined : 'reminder-off'}>
      {showProcess ? <strong>{reminder.processName}</strong> : null}
      {showProcess ? ' · ' : null}
      {describeRule(reminder.rule, t)}
      {' · '}
      {!reminder.isEnabled
        ? t.t('reminders.off')
        : reminder.nextAt
          ? t.t('reminders.next', { at: t.formatDateTime(Date.parse(reminder.nextAt)) })
          : t.t('reminders.done')}
      {note ? <span className="field-hint"> · {note}</span> : null}{' '}
      {isEditing ? (
        <ReminderEditForm reminder={reminder} label={label} fieldsRef={firstField} update={actions.update} onDone={close} />
      ) : (
        <span className="reminder-item-actions">
          <button type="button" ref={editButton} aria-label={t.t('reminders.editFor', { label })} onClick={() => setIsEditing(true)}>
            {t.t('reminders.edit')}
          </button>
          <button type="button" aria-label={t.t('reminders.removeFor', { label })} onClick={() => actions.remove(reminder.id)}>
            {t.t('reminders.remove')}
          </button>
        </span>
      )}
    </li>
  );
}

function ReminderEditForm({
  reminder,
  label,
  fieldsRef,
  update,
  onDone,
}: {
  reminder: ReminderView;
  label: string;
  fieldsRef: React.RefObject<HTMLDivElement | null>;
  update: RemindersState['update'];
  onDone(): void;
}) {
  const t = useT();
  const [draft, setDraft] = useRuleDraft(reminder.rule);
  const [isEnabled, setIsEnabled] = useState(reminder.isEnabled);
  const [isSaving, setIsSaving] = useState(false);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setIsSaving(true);
    const isSaved = await update(reminder.id, { rule: ruleOf(draft), isEnabled });
    setIsSaving(false);
    if (isSaved) onDone();
  }

  return (
    <form
      className="reminder-form reminder-edit-form"
      aria-label={t.t('reminders.editFor', { label })}
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape leaves the edit, not the dialog around it.
        event.preventDefault();
        event.stopPropagation();
        onDone();
      }}
    >
      <div ref={fieldsRef} className="reminder-form">
        <RuleFields draft={draft} onChange={setDraft} />
      </div>
      <label>
        <input type="checkbox" checked={isEnabled} onChange={(event) => setIsEnabled(event.target.checked)} /> {t.t('reminders.on')}
      </label>
      <button type="submit" className="button-primary" disabled={isSaving}>
        {isSaving ? t.t('reminders.saving') : t.t('reminders.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t.t('reminders.cancel')}
      </button>
    </form>
  );
}

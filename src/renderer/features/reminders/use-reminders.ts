import { useCallback, useEffect, useState } from 'react';
import type { ReminderRule, ReminderView } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';

export interface RemindersState {
  reminders?: ReminderView[];
  error?: BatonError;
  add(processId: string, rule: ReminderRule): Promise<boolean>;
  /** Changes one in place; resolves false (and shows the error) when the core refuses. */
  update(id: string, patch: { rule?: ReminderRule; isEnabled?: boolean }): Promise<boolean>;
  remove(id: string): void;
}

/** The reminders as the core keeps them, with add, update and remove that show their failures. */
export function useReminders(): RemindersState {
  const api = useBatonApi();
  const [reminders, setReminders] = useState<ReminderView[]>();
  const [error, setError] = useState<BatonError>();
  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      api.reminders.list().then(
        (listed) => isCurrent && setReminders(listed),
        (caught: unknown) => isCurrent && setError(toBatonError(caught)),
      );
    void load();
    // Which profile is active decides what each reminder may do; a removed profile takes its reminders with it.
    const stop = api.on('session.changed', () => void load());
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api]);
  const add = useCallback(
    async (processId: string, rule: ReminderRule) => {
      setError(undefined);
      try {
        const added = await api.reminders.add({ processId, rule });
        setReminders((current) => [...(current ?? []), added]);
        return true;
      } catch (caught) {
        setError(toBatonError(caught));
        return false;
      }
    },
    [api],
  );
  const update = useCallback(
    async (id: string, patch: { rule?: ReminderRule; isEnabled?: boolean }) => {
      setError(undefined);
      try {
        const updated = await api.reminders.update({ id, ...patch });
        setReminders((current) => (current ?? []).map((reminder) => (reminder.id === id ? updated : reminder)));
        return true;
      } catch (caught) {
        setError(toBatonError(caught));
        return false;
      }
    },
    [api],
  );
  const remove = useCallback(
    (id: string) => {
      setError(undefined);
      api.reminders.remove({ id }).then(setReminders, (caught: unknown) => setError(toBatonError(caught)));
    },
    [api],
  );
  return { reminders, error, add, update, remove };
}

import { useCallback, useEffect, useState } from 'react';
import type { ReminderRule, ReminderView } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

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
  const live = useLiveValue(() => api.reminders.list());
  const { set, refetch } = live;
  const [actionError, setActionError] = useState<BatonError>();
  // Which profile is active decides what each reminder may do; a removed profile takes its reminders with it.
  useEffect(() => api.on('session.changed', () => void refetch()), [api, refetch]);
  const add = useCallback(
    async (processId: string, rule: ReminderRule) => {
      setActionError(undefined);
      try {
        const added = await api.reminders.add({ processId, rule });
        set((current) => [...(current ?? []), added]);
        return true;
      } catch (caught) {
        setActionError(toBatonError(caught));
        return false;
      }
    },
    [api, set],
  );
  const update = useCallback(
    async (id: string, patch: { rule?: ReminderRule; isEnabled?: boolean }) => {
      setActionError(undefined);
      try {
        const updated = await api.reminders.update({ id, ...patch });
        set((current) => (current ?? []).map((reminder) => (reminder.id === id ? updated : reminder)));
        return true;
      } catch (caught) {
        setActionError(toBatonError(caught));
        return false;
      }
    },
    [api, set],
  );
  const remove = useCallback(
    (id: string) => {
      setActionError(undefined);
      api.reminders.remove({ id }).then(
        (listed) => set(() => listed),
        (caught: unknown) => setActionError(toBatonError(caught)),
      );
    },
    [api, set],
  );
  return { reminders: live.value, error: actionError ?? live.error, add, update, remove };
}

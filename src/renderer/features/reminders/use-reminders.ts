import { useCallback, useEffect, useState } from 'react';
import type { Reminder } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';

/** The reminders as the core keeps them, with add and remove that show their failures. */
export function useReminders(): {
  reminders?: Reminder[];
  error?: BatonError;
  add(processId: string, rule: Reminder['rule']): Promise<boolean>;
  remove(id: string): void;
} {
  const api = useBatonApi();
  const [reminders, setReminders] = useState<Reminder[]>();
  const [error, setError] = useState<BatonError>();
  useEffect(() => {
    let isCurrent = true;
    api.reminders.list().then(
      (listed) => isCurrent && setReminders(listed),
      (caught: unknown) => isCurrent && setError(toBatonError(caught)),
    );
    return () => {
      isCurrent = false;
    };
  }, [api]);
  const add = useCallback(
    async (processId: string, rule: Reminder['rule']) => {
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
  const remove = useCallback(
    (id: string) => {
      setError(undefined);
      api.reminders.remove({ id }).then(setReminders, (caught: unknown) => setError(toBatonError(caught)));
    },
    [api],
  );
  return { reminders, error, add, remove };
}

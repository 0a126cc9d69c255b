import { useCallback, useEffect, useState } from 'react';
import type { PreferencesPatch, SettingsView } from '../../../shared/contract/preferences';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';

export type SettingsState = { status: 'loading' } | { status: 'done'; view: SettingsView } | { status: 'failed'; error: BatonError };

/** The settings view, kept current by preferences.changed, and a way to change it. */
export function useSettings() {
  const api = useBatonApi();
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    const stop = api.on('preferences.changed', (view) => isCurrent && setState({ status: 'done', view }));
    api.preferences.get().then(
      (view) => isCurrent && setState({ status: 'done', view }),
      (error: unknown) => isCurrent && setState({ status: 'failed', error: toBatonError(error) }),
    );
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api, round]);

  const update = useCallback(
    async (patch: PreferencesPatch) => {
      const view = await api.preferences.update(patch);
      setState({ status: 'done', view });
      return view;
    },
    [api],
  );
  const retry = useCallback(() => setRound((value) => value + 1), []);
  return { state, update, retry };
}

/** The person's default run target (Preferences), once known; the palette and run dialog start there. */
export function useDefaultRunTarget(): 'remote' | 'local' | undefined {
  const { state } = useSettings();
  return state.status === 'done' ? state.view.preferences.defaultRunTarget : undefined;
}

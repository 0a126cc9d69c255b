import { useCallback } from 'react';
import type { PreferencesPatch, SettingsView } from '../../../shared/contract/preferences';
import type { BatonError } from '../../../shared/errors';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

export type SettingsState = { status: 'loading' } | { status: 'done'; view: SettingsView } | { status: 'failed'; error: BatonError };

/** The settings view, kept current by preferences.changed, and a way to change it. */
export function useSettings() {
  const api = useBatonApi();
  const live = useLiveValue(() => api.preferences.get(), 'preferences.changed');
  const { set, refetch } = live;

  const update = useCallback(
    async (patch: PreferencesPatch) => {
      const view = await api.preferences.update(patch);
      set(() => view);
      return view;
    },
    [api, set],
  );
  const retry = useCallback(() => void refetch(), [refetch]);
  return { state: settingsState(live.value, live.error), update, retry };
}

function settingsState(view: SettingsView | undefined, error: BatonError | undefined): SettingsState {
  if (error) return { status: 'failed', error };
  return view ? { status: 'done', view } : { status: 'loading' };
}

/** The person's default run target (Preferences), once known; the palette and run dialog start there. */
export function useDefaultRunTarget(): 'remote' | 'local' | undefined {
  const { state } = useSettings();
  return state.status === 'done' ? state.view.preferences.defaultRunTarget : undefined;
}

import type { HandlersFor } from '../../shared/api';
import type { PreferenceService } from './preference-service';

/** The preferences.* part of the contract: the person's preferences and the Settings screen's facts. */
export function preferencesHandlers(preferences: PreferenceService): HandlersFor<'preferences'> {
  return {
    'preferences.get': async () => preferences.get(),
    'preferences.update': (patch) => preferences.update(patch),
    'preferences.reset': () => preferences.reset(),
  };
}

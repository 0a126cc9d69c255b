import type { HandlersFor } from '../../shared/api';
import type { PreferenceService } from './preference-service';

/** The settings.* part of the contract: the person's preferences. */
export function preferencesHandlers(preferences: PreferenceService): HandlersFor<'settings'> {
  return {
    'settings.get': async () => preferences.get(),
    'settings.update': (patch) => preferences.update(patch),
    'settings.reset': () => preferences.reset(),
  };
}

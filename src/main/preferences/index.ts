export {
  applyPreferencesPatch,
  createPreferenceService,
  type PreferenceService,
  type PreferenceServiceDeps,
  type ResetPart,
  type RobotBridgeAddress,
} from './preference-service';
export { DEFAULT_PREFERENCES, PREFERENCES_KEY, readStoredPreferences, toStoredPreferences } from './stored-preferences';
export { preferencesHandlers } from './handlers';

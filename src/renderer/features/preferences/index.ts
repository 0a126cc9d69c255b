export { PreferencesView } from './preferences-view';
export { ThemeFromPreferences, applyTheme } from './theme';
export { useDefaultRunTarget, useSettings, type SettingsState } from './use-settings';

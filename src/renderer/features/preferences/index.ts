export { PreferencesView } from './preferences-view';
export { ThemeFromPreferences, applyTheme } from './theme';
export { useSettings, type SettingsState } from './use-settings';

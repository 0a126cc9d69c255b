import { useEffect } from 'react';
import type { Theme } from '../../../shared/contract/preferences';
import { useSettings } from './use-settings';
import './preferences.css';

/** `system` follows the OS (prefers-color-scheme); light and dark pin the palette. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Keeps the page's theme in step with the preference; renders nothing. */
export function ThemeFromPreferences() {
  const { state } = useSettings();
  const theme = state.status === 'done' ? state.view.preferences.theme : undefined;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  return null;
}

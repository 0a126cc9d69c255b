import { join } from 'node:path';
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import type { AppTarget } from '../../../shared/contract/app';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';
import {
  buildTrayMenu,
  INITIAL_TRAY_STATE,
  type TrayAction,
  type TrayIconState,
  type TrayMenuItem,
  type TrayState,
  type TrayView,
} from './tray-menu';

export type TrayActions = Record<'open' | 'quit', () => void> &
  Partial<Record<Exclude<TrayAction, 'open' | 'quit'>, (arg?: string) => void>> & {
    /** The window at a target (a tray item's `show`). */
    show?: (target: AppTarget) => void;
  };

export interface TrayOptions {
  Tray: typeof Tray;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  /** Folder holding tray-<state>.png (16 px) and tray-<state>@2x.png (32 px). */
  iconDir: string;
  actions: TrayActions;
  initialState?: TrayState;
  platform?: NodeJS.Platform;
  /** Electron's nativeTheme: on Windows and Linux a dark taskbar gets the light-baton icons. */
  theme?: ThemeSource;
  /** The menu's language at start (English by default); `setLanguage` changes it. */
  t?: Translator;
}

export interface ThemeSource {
  readonly shouldUseDarkColors: boolean;
  on(event: 'updated', listener: () => void): unknown;
  removeListener(event: 'updated', listener: () => void): unknown;
}

export interface BatonTray {
  update(state: TrayState): void;
  /** The menu and tooltip in another language, at once. */
  setLanguage(t: Translator): void;
  dispose(): void;
}

/**
 * macOS tints `…Template.png` (black and alpha) for light and dark menu bars itself; the
 * other platforms get the coloured icon, with a light baton on a dark taskbar. Electron picks
 * the @2x file on high-DPI screens.
 */
export function trayIconPath(iconDir: string, icon: TrayIconState, platform: NodeJS.Platform = 'linux', isDark = false): string {
  if (platform === 'darwin') return join(iconDir, `tray-${icon}Template.png`);
  return join(iconDir, isDark ? `tray-${icon}-dark.png` : `tray-${icon}.png`);
}

/** Renders buildTrayMenu's plain data with Electron; a left click opens the window (not on macOS). */
export function createTray(options: TrayOptions): BatonTray {
  const platform = options.platform ?? 'linux';
  let state = options.initialState ?? INITIAL_TRAY_STATE;
  let t = options.t ?? englishTranslator;
  let view = buildTrayMenu(state, t);
  const iconFor = (icon: TrayIconState) => trayIconPath(options.iconDir, icon, platform, options.theme?.shouldUseDarkColors ?? false);
  const tray = new options.Tray(iconFor(view.icon));
  const run = (action: TrayAction, arg?: string) => {
    const handler = options.actions[action] as ((arg?: string) => void) | undefined;
    handler?.(arg);
  };
  const toTemplate = (item: TrayMenuItem): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'status':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: item.items.map(toTemplate) };
      case 'show':
        return { label: item.label, click: () => options.actions.show?.(item.target) };
      case 'action':
        return {
          label: item.label,
          ...(item.checked !== undefined ? { type: 'checkbox' as const, checked: item.checked } : {}),
          ...(item.enabled === false ? { enabled: false } : {}),
          click: () => run(item.action, item.arg),
        };
    }
  };
  // Linux AppIndicator applies menu changes only through a new setContextMenu call.
  const render = () => {
    tray.setToolTip(view.tooltip);
    tray.setContextMenu(options.Menu.buildFromTemplate(view.items.map(toTemplate)));
  };
  const show = (next: TrayView) => {
    if (next.icon !== view.icon) tray.setImage(iconFor(next.icon));
    view = next;
    render();
  };
  // macOS convention: a click opens the menu (Electron does that with a context menu set).
  const onClick = () => {
    if (platform !== 'darwin') options.actions.open();
  };
  tray.on('click', onClick);
  // The taskbar turned light or dark: the same state, drawn for it.
  const onThemeChanged = () => tray.setImage(iconFor(view.icon));
  options.theme?.on('updated', onThemeChanged);
  render();

  return {
    update(next) {
      state = next;
      show(buildTrayMenu(state, t));
    },
    setLanguage(next) {
      t = next;
      show(buildTrayMenu(state, t));
    },
    dispose() {
      tray.removeListener('click', onClick);
      options.theme?.removeListener('updated', onThemeChanged);
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}

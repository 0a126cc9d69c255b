import { join } from 'node:path';
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import { buildTrayMenu, INITIAL_TRAY_STATE, type TrayAction, type TrayIconState, type TrayMenuItem, type TrayState } from './tray-menu';

export type TrayActions = Record<'open' | 'quit', () => void> &
  Partial<Record<Exclude<TrayAction, 'open' | 'quit'>, (arg?: string) => void>>;

export interface TrayOptions {
  Tray: typeof Tray;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  /** Folder holding tray-<state>.png (16 px) and tray-<state>@2x.png (32 px). */
  iconDir: string;
  actions: TrayActions;
  initialState?: TrayState;
  platform?: NodeJS.Platform;
}

export interface BatonTray {
  update(state: TrayState): void;
  dispose(): void;
}

/**
 * macOS tints `…Template.png` (black and alpha) for light and dark menu bars itself; the
 * other platforms get the coloured icon. Electron picks the @2x file on high-DPI screens.
 */
export function trayIconPath(iconDir: string, icon: TrayIconState, platform: NodeJS.Platform = 'linux'): string {
  return join(iconDir, platform === 'darwin' ? `tray-${icon}Template.png` : `tray-${icon}.png`);
}

/** Renders buildTrayMenu's plain data with Electron; a left click opens the window (not on macOS). */
export function createTray(options: TrayOptions): BatonTray {
  const platform = options.platform ?? 'linux';
  let view = buildTrayMenu(options.initialState ?? INITIAL_TRAY_STATE);
  const tray = new options.Tray(trayIconPath(options.iconDir, view.icon, platform));
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
  // macOS convention: a click opens the menu (Electron does that with a context menu set).
  const onClick = () => {
    if (platform !== 'darwin') options.actions.open();
  };
  tray.on('click', onClick);
  render();

  return {
    update(state) {
      const next = buildTrayMenu(state);
      if (next.icon !== view.icon) tray.setImage(trayIconPath(options.iconDir, next.icon, platform));
      view = next;
      render();
    },
    dispose() {
      tray.removeListener('click', onClick);
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}

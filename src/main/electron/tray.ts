import { join } from 'node:path';
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron';
import { buildTrayMenu, INITIAL_TRAY_STATE, type TrayAction, type TrayIconState, type TrayMenuItem, type TrayState } from './tray-menu';

export interface TrayOptions {
  Tray: typeof Tray;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  /** Folder holding tray-<state>.png (16 px) and tray-<state>@2x.png (32 px). */
  iconDir: string;
  actions: Record<TrayAction, () => void>;
  initialState?: TrayState;
}

export interface BatonTray {
  update(state: TrayState): void;
  dispose(): void;
}

export function trayIconPath(iconDir: string, icon: TrayIconState): string {
  // Electron picks tray-<state>@2x.png itself on high-DPI screens.
  return join(iconDir, `tray-${icon}.png`);
}

/** Renders buildTrayMenu's plain data with Electron; a left click opens the window. */
export function createTray(options: TrayOptions): BatonTray {
  let view = buildTrayMenu(options.initialState ?? INITIAL_TRAY_STATE);
  const tray = new options.Tray(trayIconPath(options.iconDir, view.icon));
  const toTemplate = (item: TrayMenuItem): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'status':
        return { label: item.label, enabled: false };
      case 'action':
        return { label: item.label, click: () => options.actions[item.action]() };
    }
  };
  const render = () => {
    tray.setToolTip(view.tooltip);
    tray.setContextMenu(options.Menu.buildFromTemplate(view.items.map(toTemplate)));
  };
  const onClick = () => options.actions.open();
  tray.on('click', onClick);
  render();

  return {
    update(state) {
      const next = buildTrayMenu(state);
      if (next.icon !== view.icon) tray.setImage(trayIconPath(options.iconDir, next.icon));
      view = next;
      render();
    },
    dispose() {
      tray.removeListener('click', onClick);
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}

import type { MenuItemConstructorOptions } from 'electron';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';
import type { TrayActions } from '../tray/tray';
import type { TrayAction } from '../tray/tray-menu';

/** The window's application menu as plain data: tested without Electron, rendered by renderAppMenu. */
export type AppMenuItem =
  | { kind: 'separator' }
  | { kind: 'role'; role: NonNullable<MenuItemConstructorOptions['role']> }
  | { kind: 'action'; action: TrayAction; label: string; accelerator?: string }
  | { kind: 'submenu'; label: string; items: AppMenuItem[]; role?: 'appMenu' | 'editMenu' | 'windowMenu' | 'help' };

/**
 * macOS: the app menu (About, Preferences… ⌘,, Hide, Quit), Edit, View, Window, Help. Windows and
 * Linux: File (Quick launch, Preferences… Ctrl+,, Quit), Edit, View, Help with About. Quit is
 * Baton's own, so it asks about runs still going like the tray's.
 */
export function buildAppMenu(platform: NodeJS.Platform, t: Translator = englishTranslator): AppMenuItem[] {
  const OPEN_LOGS: AppMenuItem = { kind: 'action', action: 'open-logs', label: t.t('tray.menuOpenLogs') };
  const VIEW: AppMenuItem = {
    kind: 'submenu',
    label: t.t('tray.menuView'),
    items: [
      { kind: 'role', role: 'resetZoom' },
      { kind: 'role', role: 'zoomIn' },
      { kind: 'role', role: 'zoomOut' },
      { kind: 'separator' },
      { kind: 'role', role: 'togglefullscreen' },
    ],
  };
  const edit: AppMenuItem = { kind: 'submenu', label: t.t('tray.menuEdit'), role: 'editMenu', items: [] };
  if (platform === 'darwin') {
    return [
      {
        kind: 'submenu',
        label: 'Baton',
        items: [
          { kind: 'action', action: 'about', label: t.t('tray.about') },
          { kind: 'separator' },
          { kind: 'action', action: 'preferences', label: t.t('tray.preferences'), accelerator: 'Command+,' },
          { kind: 'action', action: 'palette', label: t.t('tray.menuQuickLaunch') },
          { kind: 'separator' },
          { kind: 'role', role: 'hide' },
          { kind: 'role', role: 'hideOthers' },
          { kind: 'role', role: 'unhide' },
          { kind: 'separator' },
          { kind: 'action', action: 'quit', label: t.t('tray.quit'), accelerator: 'Command+Q' },
        ],
      },
      edit,
      VIEW,
      { kind: 'submenu', label: t.t('tray.menuWindow'), role: 'windowMenu', items: [] },
      { kind: 'submenu', label: t.t('tray.menuHelp'), role: 'help', items: [OPEN_LOGS] },
    ];
  }
  return [
    {
      kind: 'submenu',
      label: t.t('tray.menuFile'),
      items: [
        { kind: 'action', action: 'palette', label: t.t('tray.menuQuickLaunch') },
        { kind: 'action', action: 'preferences', label: t.t('tray.preferences'), accelerator: 'Control+,' },
        { kind: 'separator' },
        { kind: 'action', action: 'quit', label: t.t('tray.quit'), accelerator: 'Control+Q' },
      ],
    },
    edit,
    VIEW,
    {
      kind: 'submenu',
      label: t.t('tray.menuHelp'),
      role: 'help',
      items: [OPEN_LOGS, { kind: 'separator' }, { kind: 'action', action: 'about', label: t.t('tray.about') }],
    },
  ];
}

/** Electron's template for buildAppMenu's data; each action runs the same code as the tray's item. */
export function renderAppMenu(items: AppMenuItem[], actions: TrayActions): MenuItemConstructorOptions[] {
  const toTemplate = (item: AppMenuItem): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: item.role };
      case 'submenu':
        // A role submenu with no items of its own is Electron's standard one (Edit, Window).
        return item.role && item.items.length === 0
          ? { label: item.label, role: item.role }
          : { label: item.label, ...(item.role ? { role: item.role } : {}), submenu: item.items.map(toTemplate) };
      case 'action':
        return {
          label: item.label,
          ...(item.accelerator ? { accelerator: item.accelerator } : {}),
          click: () => (actions[item.action] as ((arg?: string) => void) | undefined)?.(),
        };
    }
  };
  return items.map(toTemplate);
}

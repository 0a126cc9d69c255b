import type {
  App,
  BrowserWindow,
  Dialog,
  GlobalShortcut,
  IpcMain,
  Menu,
  Net,
  Notification,
  NotificationConstructorOptions,
  Session,
  Shell,
  Tray,
} from 'electron';
import type { SafeStorageApi } from '../platform/electron';
import type { ThemeSource } from './tray/tray';
import type { UtilityProcessApi } from './lifecycle/utility-process-host';
import type { ScreenApi } from './windows/window-bounds';

/** The Electron modules the desktop host uses; index.ts passes the real ones, tests a fake. */
export interface ElectronApis {
  app: App;
  BrowserWindow: typeof BrowserWindow;
  ipcMain: IpcMain;
  Menu: Pick<typeof Menu, 'buildFromTemplate'> & Partial<Pick<typeof Menu, 'setApplicationMenu'>>;
  Tray: typeof Tray;
  session: { defaultSession: Session };
  shell: Pick<Shell, 'openExternal'> & Partial<Pick<Shell, 'openPath'>>;
  safeStorage: SafeStorageApi;
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  net: Pick<Net, 'fetch'>;
  /** Optional so hosts and tests without them still start; each enables one feature. */
  globalShortcut?: Pick<GlobalShortcut, 'register' | 'unregister'>;
  dialog?: Pick<Dialog, 'showMessageBox'>;
  /** Remembers the window's place per display arrangement (only after `ready`). */
  screen?: ScreenApi;
  /** Light or dark taskbar, for the tray icon on Windows and Linux. */
  nativeTheme?: ThemeSource;
  /** Runs Baton's robot bridge without a system Node.js (src/main/electron/lifecycle/utility-process-host.ts). */
  utilityProcess?: UtilityProcessApi;
  /** Tells a shutdown or logout apart from a quit the person asked for (macOS, Linux). */
  powerMonitor?: { on(event: 'shutdown', listener: () => void): unknown };
}

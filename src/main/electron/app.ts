import type { App, BrowserWindow, IpcMain, Menu, Net, Notification, NotificationConstructorOptions, Session, Shell, Tray } from 'electron';
import { createCore } from '../compose';
import { createConsoleLogger, type Logger } from '../platform';
import { createElectronPlatform, openElectronStore, type OpenKeyValueFile, type SafeStorageApi } from '../platform/electron';
import { createExternalOpener } from './external-links';
import { bindIpc } from './ipc';
import { resolveRendererLocation } from './renderer-location';
import { hardenApp } from './security';
import { createTray, type BatonTray } from './tray';
import { INITIAL_TRAY_STATE, type TrayState } from './tray-menu';
import { createTrustedSenders } from './trusted-senders';
import { createMainWindow, type MainWindow } from './window';

/** The Electron modules the desktop host uses; index.ts passes the real ones, tests a fake. */
export interface ElectronApis {
  app: App;
  BrowserWindow: typeof BrowserWindow;
  ipcMain: IpcMain;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  Tray: typeof Tray;
  session: { defaultSession: Session };
  shell: Pick<Shell, 'openExternal'>;
  safeStorage: SafeStorageApi;
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  net: Pick<Net, 'fetch'>;
}

export interface DesktopAppOptions {
  electron: ElectronApis;
  version: string;
  paths: {
    /** out/preload/index.cjs */
    preload: string;
    /** out/renderer/index.html */
    rendererIndex: string;
    /** Folder with the tray-<state>.png icons. */
    trayIcons: string;
    appIcon?: string;
  };
  /** electron-vite dev sets ELECTRON_RENDERER_URL. */
  devServerUrl?: string;
  openFile?: OpenKeyValueFile;
  logger?: Logger;
}

export interface DesktopApp {
  showWindow(): void;
  hasTray(): boolean;
  /** Disposes everything this app started; also run on quit. */
  dispose(): Promise<void>;
}

/**
 * The desktop app's lifetime: one instance, then on `ready` the platform, the core, IPC,
 * the window and the tray; on quit, everything disposed in reverse. Resolves to null when
 * another instance already runs (that one is focused instead).
 */
export async function startDesktopApp(options: DesktopAppOptions): Promise<DesktopApp | null> {
  const { electron, paths } = options;
  const { app } = electron;
  const logger = options.logger ?? createConsoleLogger({ scope: 'baton' });

  if (!app.requestSingleInstanceLock()) {
    logger.info('Baton is already running; focusing that window instead.');
    app.quit();
    return null;
  }

  let mainWindow: MainWindow | undefined;
  let tray: BatonTray | undefined;
  let isQuitting = false;
  const disposers: (() => void | Promise<void>)[] = [];
  const listen = (event: string, listener: (...args: never[]) => void) => {
    app.on(event as 'ready', listener as () => void);
    disposers.push(() => void app.removeListener(event as 'ready', listener as () => void));
  };

  let isReady = false;
  const showWindow = () => {
    // A second launch before `ready` has nothing to show yet; the window opens on ready anyway.
    if (!isReady) return;
    if (!mainWindow || mainWindow.window.isDestroyed()) mainWindow = openWindow();
    mainWindow.show();
  };
  listen('second-instance', showWindow);
  await app.whenReady();

  const openExternal = createExternalOpener(electron.shell);
  disposers.push(hardenApp({ app, session: electron.session.defaultSession, openExternal, isDev: Boolean(options.devServerUrl), logger }));

  const platform = await createElectronPlatform({
    app,
    safeStorage: electron.safeStorage,
    Notification: electron.Notification,
    net: electron.net,
    openExternal,
    openFile: options.openFile ?? openElectronStore,
    onNotificationClick: () => showWindow(),
    logger,
  });
  const core = createCore({ platform, version: options.version });
  disposers.push(() => core.dispose());

  const location = resolveRendererLocation({ indexHtml: paths.rendererIndex, devServerUrl: options.devServerUrl });
  const trusted = createTrustedSenders({ isAppUrl: location.isAppUrl });
  disposers.push(bindIpc({ ipcMain: electron.ipcMain, core, isTrustedSender: trusted.isTrusted, logger }));

  function openWindow(): MainWindow {
    return createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: paths.preload,
      url: location.url,
      icon: paths.appIcon,
      trusted,
      isQuitting: () => isQuitting,
      logger,
    });
  }
  mainWindow = openWindow();
  isReady = true;
  disposers.push(() => mainWindow?.dispose());

  let trayState: TrayState = INITIAL_TRAY_STATE;
  tray = createTray({
    Tray: electron.Tray,
    Menu: electron.Menu,
    iconDir: paths.trayIcons,
    actions: { open: showWindow, quit: () => app.quit() },
  });
  disposers.push(() => tray?.dispose());
  const updateTray = (change: Partial<TrayState>) => {
    trayState = { ...trayState, ...change };
    tray?.update(trayState);
  };
  disposers.push(core.events.on('session.changed', (status) => updateTray({ session: status.state })));
  core.handlers['session.status']({}).then(
    (status) => updateTray({ session: status.state }),
    (error: unknown) => logger.warn('Could not read the session for the tray', { error: String(error) }),
  );

  listen('before-quit', () => {
    isQuitting = true;
  });
  // Baton stays in the tray when its window is gone; only Quit ends it.
  listen('window-all-closed', () => {});
  listen('activate', showWindow);

  let disposing: Promise<void> | undefined;
  const dispose = () =>
    (disposing ??= (async () => {
      isQuitting = true;
      for (const disposer of disposers.reverse()) {
        try {
          await disposer();
        } catch (error) {
          logger.error('A part of Baton did not shut down cleanly', { error: String(error) });
        }
      }
      tray = undefined;
    })());
  // Electron does not wait for async work in will-quit: hold the quit, dispose, then quit again.
  const onWillQuit = (event: { preventDefault(): void }) => {
    if (disposing) return;
    event.preventDefault();
    void dispose().finally(() => app.quit());
  };
  app.on('will-quit', onWillQuit);

  return { showWindow, hasTray: () => tray !== undefined, dispose };
}

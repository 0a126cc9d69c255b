import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
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
import { createCore } from '../compose';
import { createPolicyGuard, loadMachinePolicy } from '../policy';
import type { Logger } from '../platform';
import { createElectronPlatform, openElectronStore, type OpenKeyValueFile, type SafeStorageApi } from '../platform/electron';
import { PREFERENCES_KEY, readStoredPreferences } from '../preferences';
import { aboutDetail } from './about';
import { startAutoUpdate, type UpdaterApi } from './auto-update';
import { createLinuxAutostart } from './linux-autostart';
import { createFileLogger } from './log-files';
import { createWindowBoundsKeeper, type ScreenApi, type WindowBoundsKeeper } from './window-bounds';
import { deepLinkFromArgv, PROTOCOL_LAUNCHER_ARG } from './deep-links';
import { createDesktopShell, targetToHash, type DesktopShell } from './desktop-shell';
import { isServiceNotificationAllowed } from './notification-rules';
import { createPaletteWindow } from './palette-window';
import { createExternalOpener } from './external-links';
import { bindIpc } from './ipc';
import { resolveRendererLocation } from './renderer-location';
import { hardenApp } from './security';
import { createTray, type BatonTray } from './tray';
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
  shell: Pick<Shell, 'openExternal'> & Partial<Pick<Shell, 'openPath'>>;
  safeStorage: SafeStorageApi;
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  net: Pick<Net, 'fetch'>;
  /** Optional so hosts and tests without them still start; each enables one feature. */
  globalShortcut?: Pick<GlobalShortcut, 'register' | 'unregister'>;
  dialog?: Pick<Dialog, 'showMessageBox'>;
  /** Remembers the window's place per display arrangement (only after `ready`). */
  screen?: ScreenApi;
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
  /** This launch's command line (deep link, --autostart); process.argv by default. */
  argv?: string[];
  platform?: NodeJS.Platform;
  /** electron-updater's autoUpdater; loaded on demand, only in packaged builds. */
  loadUpdater?: () => Promise<UpdaterApi>;
  /** Start at login on Linux; the XDG autostart file (linux-autostart.ts) by default. */
  linuxAutostart?: { apply(openAtLogin: boolean): Promise<void> };
}

async function loadElectronUpdater(): Promise<UpdaterApi> {
  // A CommonJS package: depending on the bundler its exports sit on the module or on `default`.
  const loaded = (await import('electron-updater')) as { autoUpdater?: unknown; default?: { autoUpdater?: unknown } };
  const updater = loaded.autoUpdater ?? loaded.default?.autoUpdater;
  if (!updater) throw new Error('electron-updater has no autoUpdater');
  return updater as UpdaterApi;
}

/** Added by the login item, so a start by the OS stays in the tray. */
export const AUTOSTART_ARG = '--autostart';

export interface DesktopApp {
  showWindow(target?: string): void;
  /** Handles a baton:// link as if the OS had delivered it (tests, open-url). */
  openDeepLink(url: string): Promise<void>;
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
  const logsDir = app.getPath('logs');
  // One file per day in the app's logs folder, redacted like every Baton log (log-files.ts).
  const logger = options.logger ?? createFileLogger({ dir: logsDir });

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

  const argv = options.argv ?? process.argv;
  const osPlatform = options.platform ?? process.platform;
  let isReady = false;
  let shell: DesktopShell | undefined = undefined;
  // Links that arrive before the core is up (macOS open-url at launch) wait for it.
  const pendingLinks: string[] = [];
  const openDeepLink = async (url: string) => {
    if (!shell) return void pendingLinks.push(url);
    await shell.handleDeepLink(url);
  };
  const showWindow = (target?: string) => {
    // A second launch before `ready` has nothing to show yet; the window opens on ready anyway.
    if (!isReady) return;
    if (!mainWindow || mainWindow.window.isDestroyed()) mainWindow = openWindow();
    mainWindow.show();
    shell?.clearAttention();
    const hash = targetToHash(target);
    // The hash is one of a fixed set of routes (targetToHash), never text from outside.
    if (hash) void mainWindow.window.webContents.executeJavaScript?.(`location.hash = ${JSON.stringify(hash)}`)?.catch(() => {});
  };
  listen('second-instance', (_event: unknown, secondArgv: string[]) => {
    showWindow();
    const link = deepLinkFromArgv(Array.isArray(secondArgv) ? secondArgv : [], osPlatform);
    if (link && 'url' in link) void openDeepLink(link.url);
    else if (link) logger.warn('Malformed launch arguments from a second instance', { reason: link.refused });
  });
  // macOS delivers links by event, also at launch, so this is registered before ready.
  listen('open-url', (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    void openDeepLink(url);
  });
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
    onNotificationClick: (target) => showWindow(target),
    logger,
  });
  // Services notify on their own (the run service at a run's end); the preferences decide here.
  const systemNotifier = platform.notifier;
  const currentPreferences = () => readStoredPreferences(platform.settings.get(PREFERENCES_KEY)).preferences;
  const loadedPolicy = await loadMachinePolicy(logger);
  const core = createCore({
    platform: {
      ...platform,
      notifier: {
        notify: (request) => void (isServiceNotificationAllowed(request, currentPreferences()) && systemNotifier.notify(request)),
      },
    },
    version: options.version,
    policy: loadedPolicy,
  });
  disposers.push(() => core.dispose());

  const location = resolveRendererLocation({ indexHtml: paths.rendererIndex, devServerUrl: options.devServerUrl });
  const trusted = createTrustedSenders({ isAppUrl: location.isAppUrl });
  disposers.push(bindIpc({ ipcMain: electron.ipcMain, core, isTrustedSender: trusted.isTrusted, logger }));

  const bounds: WindowBoundsKeeper | undefined = electron.screen
    ? createWindowBoundsKeeper({ screen: electron.screen, settings: platform.settings, clock: platform.clock, logger })
    : undefined;
  let untrackWindow: (() => void) | undefined;
  disposers.push(() => untrackWindow?.());
  function openWindow(): MainWindow {
    untrackWindow?.();
    const opened = createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: paths.preload,
      url: location.url,
      icon: paths.appIcon,
      trusted,
      isQuitting: () => isQuitting,
      showWhenReady: !startsHidden,
      onHiddenToTray: () => shell?.explainHiddenToTray(),
      placement: bounds?.placement({ width: 1100, height: 760 }),
      logger,
    });
    untrackWindow = bounds?.track(opened.window);
    return opened;
  }
  // Started by the OS at login: stay in the tray until the person asks for the window.
  let startsHidden = argv.includes(AUTOSTART_ARG);
  mainWindow = openWindow();
  startsHidden = false;
  isReady = true;
  disposers.push(() => mainWindow?.dispose());

  const palette = createPaletteWindow({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: paths.preload,
    url: location.url,
    trusted,
    isQuitting: () => isQuitting,
  });
  disposers.push(() => palette.dispose());

  const failed = (what: string) => (error: unknown) => logger.warn(what, { error: String(error) });
  const runProcess = async (processId: string) => {
    const catalog = await core.handlers['catalog.get']({});
    const process = catalog.processes.find((candidate) => candidate.id === processId);
    // Required inputs are asked for in the window's run dialog.
    if (!process || process.inputArguments.some((arg) => arg.isRequired && !arg.hasDefault)) return showWindow('area:processes');
    await core.handlers['runs.start']({ target: 'remote', processId });
  };
  const rerun = async (runId: string) => {
    const run = await core.handlers['runs.get']({ runId });
    await core.handlers['runs.start'](
      run.target === 'remote'
        ? { target: 'remote', processId: run.processId, inputArguments: run.inputArguments }
        : { target: 'local', processKey: run.processId, inputArguments: run.inputArguments },
    );
  };
  function loginItemSetter(): ((openAtLogin: boolean) => void) | undefined {
    if (osPlatform === 'win32' || osPlatform === 'darwin')
      return (openAtLogin) => app.setLoginItemSettings({ openAtLogin, args: [AUTOSTART_ARG] });
    // From source, the executable is the development Electron: nothing to start at login.
    if (osPlatform !== 'linux' || !app.isPackaged) return undefined;
    const autostart =
      options.linuxAutostart ??
      createLinuxAutostart({
        fs: { mkdir, writeFile, rm },
        env: process.env,
        homeDir: homedir(),
        executable: process.env.APPIMAGE ?? process.execPath,
        args: [AUTOSTART_ARG],
      });
    return (openAtLogin) => void autostart.apply(openAtLogin).catch(failed('Start at login could not be changed'));
  }
  const quit = async () => {
    // Quitting stops nothing in Orchestrator or on the robot, but the person should know what keeps going.
    const active = shell?.activeRuns() ?? [];
    if (active.length > 0 && electron.dialog) {
      const answer = await electron.dialog.showMessageBox({
        type: 'info',
        title: 'Baton',
        message:
          active.length === 1 ? 'This run keeps going after Baton quits:' : `These ${active.length} runs keep going after Baton quits:`,
        detail: active.map((run) => `${run.processName} (${run.target === 'local' ? 'this machine' : 'Orchestrator'})`).join('\n'),
        buttons: ['Quit', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
      });
      if (answer.response !== 0) return;
    }
    app.quit();
  };
  tray = createTray({
    Tray: electron.Tray,
    Menu: electron.Menu,
    iconDir: paths.trayIcons,
    platform: osPlatform,
    actions: {
      open: () => showWindow(),
      quit: () => void quit().catch(failed('Quit failed')),
      'run-favorite': (id) => id && void runProcess(id).catch(failed('The favourite could not be started')),
      rerun: (id) => id && void rerun(id).catch(failed('The run could not be started again')),
      'stop-run': (id) => id && void core.handlers['runs.stop']({ runId: id, mode: 'soft' }).catch(failed('The run could not be stopped')),
      'open-run': (id) => showWindow(id ? `run:${id}` : undefined),
      'toggle-pause': () => void shell?.togglePause().catch(failed('Notifications could not be paused')),
      preferences: () => showWindow('area:settings'),
      palette: () => palette.toggle(),
      'open-logs': () =>
        void electron.shell
          .openPath?.(logsDir)
          .then(
            (problem) => problem && logger.warn('The logs folder could not be opened', { problem }),
            failed('The logs folder could not be opened'),
          ),
      about: () =>
        void electron.dialog
          ?.showMessageBox({
            type: 'info',
            title: 'About Baton',
            message: 'Baton',
            detail: aboutDetail(options.version, platform.runtimes),
            buttons: ['OK'],
          })
          .catch(failed('The About dialog could not be shown')),
      'install-update': () => updates?.installNow(),
    },
  });
  disposers.push(() => tray?.dispose());
  shell = createDesktopShell({
    core,
    tray,
    notifier: systemNotifier,
    settings: platform.settings,
    show: showWindow,
    togglePalette: () => palette.toggle(),
    setLoginItem: loginItemSetter(),
    globalShortcut: electron.globalShortcut,
    dialog: electron.dialog,
    platform: osPlatform,
    logger,
  });
  disposers.push(() => shell?.dispose());
  const updates = startAutoUpdate({
    loadUpdater: options.loadUpdater ?? loadElectronUpdater,
    isPackaged: app.isPackaged,
    policy: createPolicyGuard(loadedPolicy.policy, { path: loadedPolicy.status.path }).updates(),
    clock: platform.clock,
    logger,
    onUpdateReady: (version) => shell?.setUpdateReady(version),
    // quitAndInstall closes the windows first; they must close, not hide to the tray.
    beforeInstall: () => {
      isQuitting = true;
    },
  });
  disposers.push(() => updates.dispose());
  // Windows and Linux start Baton with `--protocol-launcher <url>` (GitHub Desktop's marker).
  if (app.isPackaged && osPlatform === 'win32') app.setAsDefaultProtocolClient('baton', process.execPath, [PROTOCOL_LAUNCHER_ARG]);
  const launchLink = deepLinkFromArgv(argv, osPlatform);
  if (launchLink && 'url' in launchLink) pendingLinks.push(launchLink.url);
  for (const url of pendingLinks.splice(0)) void openDeepLink(url);

  listen('before-quit', () => {
    isQuitting = true;
  });
  // Baton stays in the tray when its window is gone; only Quit ends it.
  listen('window-all-closed', () => {});
  listen('activate', () => showWindow());

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

  return { showWindow, openDeepLink, hasTray: () => tray !== undefined, dispose };
}

import type { ResultOf } from '../../shared/api';
import type { AppTarget, ShowAreaParams } from '../../shared/contract/app';
import { createPolicyGuard } from '../policy';
import type { Logger } from '../platform';
import { openDataFiles, type OpenKeyValueFile } from '../platform/electron';
import { dirname } from 'node:path';
import { aboutDetail } from './windows/about';
import { registerAppScheme, serveAppProtocol, type ProtocolApi } from './windows/app-protocol';
import { createAppLifetime } from './lifecycle/app-lifetime';
import { buildAppMenu, renderAppMenu } from './windows/app-menu';
import { loadElectronUpdater, startAutoUpdate, type UpdaterApi } from './lifecycle/auto-update';
import { createDeepLinkInbox } from './deep-links/deep-link-inbox';
import { PROTOCOL_LAUNCHER_ARG } from './deep-links/deep-links';
import { createDesktopCore } from './desktop-core';
import { createDesktopLanguage, type LanguageChoice } from './desktop-language';
import { createDesktopShell, type DesktopShell } from './desktop-shell';
import type { ElectronApis } from './electron-apis';
import { createExternalOpener } from './windows/external-links';
import { bindIpc } from './ipc';
import { createFileLogger, describeSetAside } from '../platform/files';
import { createLoginItemSetter, wasStartedAtLogin } from './lifecycle/login-item';
import { createMainWindowPresenter, type MainWindowPresenter } from './windows/main-window-presenter';
import { createPaletteWindow, type PaletteWindow } from './windows/palette-window';
import { resolveRendererLocation } from './windows/renderer-location';
import { hardenApp } from './windows/security';
import { createTray, type BatonTray } from './tray/tray';
import { createTrayActions } from './tray/tray-actions';
import { createTrustedSenders } from './trusted-senders';
import { createWindowBoundsKeeper } from './windows/window-bounds';

export type { ElectronApis } from './electron-apis';
export { AUTOSTART_ARG } from './lifecycle/login-item';

/** electron-builder.yml's `appId`: also Windows' AppUserModelID (a test holds the two together). */
export const WINDOWS_APP_ID = 'dev.baton.app';

export interface DesktopAppOptions {
  /** With `protocol`, which serves the renderer as app://baton/ (app-protocol.ts). */
  electron: ElectronApis & { protocol: ProtocolApi };
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

export interface DesktopApp {
  showWindow(target?: AppTarget): void;
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

  const lifetime = createAppLifetime(app, logger);
  const argv = options.argv ?? process.argv;
  const osPlatform = options.platform ?? process.platform;
  // Created once `ready` comes; callbacks registered before then find them undefined.
  let mainWindow: MainWindowPresenter | undefined = undefined;
  let palette: PaletteWindow | undefined = undefined;
  let tray: BatonTray | undefined;
  let shell: DesktopShell | undefined = undefined;
  // A second launch before `ready` has nothing to show yet; the window opens on ready anyway.
  const showWindow = (target?: AppTarget) => mainWindow?.show(target);
  const deepLinks = createDeepLinkInbox({ lifetime, platform: osPlatform, showWindow: () => showWindow(), logger });
  // Scheme privileges are fixed when Electron starts, so this comes before `ready`.
  if (!options.devServerUrl) registerAppScheme(electron.protocol);
  // Windows shows a notification only under the AppUserModelID of the app's Start menu shortcut,
  // which the installer sets to electron-builder's appId; without it, none of Baton's would appear.
  if (osPlatform === 'win32') app.setAppUserModelId(WINDOWS_APP_ID);
  await app.whenReady();

  const openExternal = createExternalOpener(electron.shell);
  lifetime.onDispose(
    hardenApp({ app, session: electron.session.defaultSession, openExternal, isDev: Boolean(options.devServerUrl), logger }),
  );

  // The OS's languages, or the Preferences choice once it is read; tray, menus and notifications follow at once.
  const language = createDesktopLanguage({ systemLanguages: () => app.getPreferredSystemLanguages?.() ?? [], logger });
  const { core, platform, systemNotifier, policy } = await createDesktopCore({
    language,
    electron,
    openExternal,
    openFile: options.openFile ?? openDataFiles(app.getPath('userData')),
    version: options.version,
    onNotificationClick: (target) => showWindow(target),
    // A reminder's Start, Snooze 10 min or Dismiss pressed on the notification itself (macOS).
    onNotificationAction: (notification, action) =>
      void core.handlers['notifications.act']({ id: notification.id, action }).then(
        ({ show }) => show && showWindow(show),
        (error: unknown) => {
          // The prompt in the window still has the three buttons and says what went wrong there.
          logger.warn('A notification button could not be answered', { action, error: String(error) });
          showWindow(notification.target);
        },
      ),
    platform: osPlatform,
    logger,
  });
  lifetime.onDispose(() => core.dispose());
  // Stderr is invisible on the desktop: what was set aside at start is said where the person looks.
  const setAsideText = describeSetAside(platform.settings.setAside);
  const { dialog } = electron;
  if (setAsideText && dialog)
    void language
      .whenFirstChosen()
      .then(() => dialog.showMessageBox({ type: 'warning', message: language.current().t('tray.settingsSetAside'), detail: setAsideText }));

  // The palette window's "Check …" links lead into the main window, which only this host has.
  const showArea = async ({ target }: ShowAreaParams): Promise<ResultOf<'app.showArea'>> => {
    if (!mainWindow) return { isShown: false };
    mainWindow.show(target);
    palette?.hide();
    return { isShown: true };
  };
  const location = resolveRendererLocation({ devServerUrl: options.devServerUrl });
  // The built renderer's folder and nothing else is reachable through app://baton/.
  if (!options.devServerUrl)
    lifetime.onDispose(serveAppProtocol({ protocol: electron.protocol, rendererDir: dirname(paths.rendererIndex), logger }));
  const trusted = createTrustedSenders({ isAppUrl: location.isAppUrl });
  lifetime.onDispose(
    bindIpc({
      ipcMain: electron.ipcMain,
      core: { handlers: { ...core.handlers, 'app.showArea': showArea }, events: core.events },
      isTrustedSender: trusted.isTrusted,
      logger,
    }),
  );

  mainWindow = createMainWindowPresenter({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: paths.preload,
    systemLanguages: app.getPreferredSystemLanguages?.() ?? [],
    url: location.url,
    icon: paths.appIcon,
    trusted,
    isQuitting: lifetime.isQuitting,
    // Started by the OS at login: stay in the tray until the person asks for the window.
    startsHidden: wasStartedAtLogin({ app, platform: osPlatform, argv }),
    onHiddenToTray: () => shell?.explainHiddenToTray(),
    onRendererGone: {
      translator: language.current,
      async explain({ title, detail }) {
        if (!electron.dialog) return 'reload';
        const answer = await electron.dialog.showMessageBox({
          type: 'error',
          title: 'Baton',
          message: title,
          detail,
          buttons: [language.current().t('tray.rendererGoneReload'), language.current().t('tray.quit')],
          defaultId: 0,
          cancelId: 0,
        });
        return answer.response === 1 ? 'quit' : 'reload';
      },
      quit: () => app.quit(),
    },
    onShown: () => shell?.clearAttention(),
    bounds: electron.screen
      ? createWindowBoundsKeeper({ screen: electron.screen, settings: platform.settings, clock: platform.clock, logger })
      : undefined,
    logger,
  });
  lifetime.onDispose(() => mainWindow?.dispose());

  palette = createPaletteWindow({
    BrowserWindow: electron.BrowserWindow,
    preloadPath: paths.preload,
    systemLanguages: app.getPreferredSystemLanguages?.() ?? [],
    url: location.url,
    trusted,
    isQuitting: lifetime.isQuitting,
  });
  lifetime.onDispose(() => palette?.dispose());

  // Set once the person has answered the "runs keep going" question (or there was nothing to ask).
  let isQuitConfirmed = false;
  const trayActions = createTrayActions({
    handlers: core.handlers,
    translator: language.current,
    showWindow,
    togglePalette: () => palette?.toggle(),
    toggleNotificationPause: () => shell?.togglePause() ?? Promise.resolve(),
    activeRuns: () => shell?.activeRuns() ?? [],
    installUpdate: () => updates?.installNow(),
    quitApp: () => {
      isQuitConfirmed = true;
      app.quit();
    },
    logsDir,
    openPath: electron.shell.openPath?.bind(electron.shell),
    dialog: electron.dialog,
    aboutDetail: () => aboutDetail(options.version, platform.runtimes),
    logger,
  });
  // The window's menu bar (macOS: the app menu): Help › Open Logs Folder and About, Preferences…, Quit.
  const setAppMenu = () =>
    electron.Menu.setApplicationMenu?.(
      electron.Menu.buildFromTemplate(renderAppMenu(buildAppMenu(osPlatform, language.current()), trayActions)),
    );
  setAppMenu();
  tray = createTray({
    t: language.current(),
    Tray: electron.Tray,
    Menu: electron.Menu,
    iconDir: paths.trayIcons,
    platform: osPlatform,
    theme: electron.nativeTheme,
    actions: trayActions,
  });
  lifetime.onDispose(() => {
    tray?.dispose();
    tray = undefined;
  });
  shell = createDesktopShell({
    core,
    translator: language.current,
    tray,
    notifier: systemNotifier,
    settings: platform.settings,
    show: showWindow,
    togglePalette: () => palette?.toggle(),
    setLoginItem: createLoginItemSetter({ app, platform: osPlatform, linuxAutostart: options.linuxAutostart, logger }),
    globalShortcut: electron.globalShortcut,
    dialog: electron.dialog,
    platform: osPlatform,
    logger,
  });
  lifetime.onDispose(() => shell?.dispose());
  lifetime.onDispose(
    language.onChanged((t) => {
      tray?.setLanguage(t);
      setAppMenu();
    }),
  );
  const chooseLanguage = (view: { preferences: { language: LanguageChoice } }) => void language.choose(view.preferences.language);
  lifetime.onDispose(core.events.on('preferences.changed', chooseLanguage));
  void core.handlers['preferences.get']({}).then(chooseLanguage, (error: unknown) => {
    logger.warn('The language preference could not be read; following the OS', { error: String(error) });
    void language.choose('system');
  });
  const updates = startAutoUpdate({
    loadUpdater: options.loadUpdater ?? loadElectronUpdater,
    isPackaged: app.isPackaged,
    policy: createPolicyGuard(policy.policy, { path: policy.status.path }).updates(),
    clock: platform.clock,
    logger,
    onUpdateReady: (version) => shell?.setUpdateReady(version),
    // quitAndInstall closes the windows first; they must close, not hide to the tray.
    beforeInstall: lifetime.markQuitting,
  });
  lifetime.onDispose(() => updates.dispose());
  // Windows and Linux start Baton with `--protocol-launcher <url>` (GitHub Desktop's marker).
  if (app.isPackaged && osPlatform === 'win32') app.setAsDefaultProtocolClient('baton', process.execPath, [PROTOCOL_LAUNCHER_ARG]);
  deepLinks.deliverTo(shell.handleDeepLink, argv);

  // Cmd+Q, the Dock and the app menu ask the tray's question when runs keep going; an update being
  // installed, or the machine shutting down, has already decided.
  electron.powerMonitor?.on('shutdown', lifetime.markQuitting);
  lifetime.listen('before-quit', (event: { preventDefault(): void }) => {
    if (!isQuitConfirmed && !lifetime.isQuitting() && (shell?.activeRuns().length ?? 0) > 0) {
      event.preventDefault();
      trayActions.quit?.();
      return;
    }
    lifetime.markQuitting();
  });
  // Baton stays in the tray when its window is gone; only Quit ends it.
  lifetime.listen('window-all-closed', () => {});
  lifetime.listen('activate', () => showWindow());
  lifetime.holdQuitUntilDisposed();

  return { showWindow, openDeepLink: deepLinks.open, hasTray: () => tray !== undefined, dispose: lifetime.dispose };
}

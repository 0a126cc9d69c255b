import type { Clock, Logger } from '../../platform';

/** The part of electron-updater's `autoUpdater` Baton uses; tests pass a fake. */
export interface UpdaterApi {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  logger: {
    info(message?: unknown): void;
    warn(message?: unknown): void;
    error(message?: unknown): void;
    debug?(message: string): void;
  } | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
}

/** The first check waits until Baton has settled; then one check every few hours. */
export const FIRST_CHECK_DELAY_MS = 30_000;
export const CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

export interface AutoUpdateOptions {
  /** Loaded only when needed: electron-updater reads app-update.yml, which only packaged builds have. */
  loadUpdater(): Promise<UpdaterApi>;
  isPackaged: boolean;
  /** PolicyGuard.updates(): disabled by the admin, or the admin's feed instead of the built-in one. */
  policy: { enabled: boolean; feedUrl?: string };
  clock: Clock;
  logger: Logger;
  /** A downloaded update waits to be installed (on quit, or now through `installNow`). */
  onUpdateReady(version: string): void;
  /** Called right before quitAndInstall, so closing the window really closes it. */
  beforeInstall(): void;
}

export interface AutoUpdate {
  /** false in development builds and when the policy turned updates off. */
  readonly isActive: boolean;
  /** The person chose to install the downloaded update now. */
  installNow(): void;
  dispose(): void;
}

const INACTIVE: AutoUpdate = { isActive: false, installNow: () => {}, dispose: () => {} };

/**
 * Checks for updates in the background and downloads them; a downloaded update installs when
 * Baton quits, or when the person chooses. A failure is logged and never blocks anything.
 */
export function startAutoUpdate(options: AutoUpdateOptions): AutoUpdate {
  const logger = options.logger.child('update');
  if (!options.isPackaged) {
    logger.debug('Updates are checked only in packaged builds.');
    return INACTIVE;
  }
  if (!options.policy.enabled) {
    logger.info('Updates are turned off by the administrator policy.');
    return INACTIVE;
  }
  let updater: UpdaterApi | undefined;
  let readyVersion: string | undefined;
  let isDisposed = false;
  let cancelTimer: (() => void) | undefined;
  const onError = (error: Error) =>
    logger.warn('The update check failed; Baton tries again later', { error: String(error?.message ?? error) });
  const onDownloaded = (info: { version: string }) => {
    readyVersion = info.version;
    logger.info('An update is ready; it installs when Baton quits', { version: info.version });
    options.onUpdateReady(info.version);
  };
  const check = () => {
    cancelTimer = undefined;
    if (!updater || isDisposed) return;
    // Once an update is downloaded, there is nothing more to look for until it is installed.
    if (readyVersion === undefined) updater.checkForUpdates().catch(onError);
    cancelTimer = options.clock.setTimeout(check, CHECK_INTERVAL_MS);
  };

  options
    .loadUpdater()
    .then((loaded) => {
      if (isDisposed) return;
      updater = loaded;
      // Its own messages go through Baton's logger, so they are redacted and land in the day's file.
      updater.logger = {
        info: (message) => logger.debug(String(message)),
        warn: (message) => logger.warn(String(message)),
        error: (message) => logger.warn(String(message)),
      };
      updater.autoDownload = true;
      updater.autoInstallOnAppQuit = true;
      if (options.policy.feedUrl) updater.setFeedURL({ provider: 'generic', url: options.policy.feedUrl });
      updater.on('error', onError);
      updater.on('update-downloaded', onDownloaded);
      cancelTimer = options.clock.setTimeout(check, FIRST_CHECK_DELAY_MS);
    })
    .catch((error: unknown) => logger.warn('The updater could not start; Baton runs without updates', { error: String(error) }));

  return {
    isActive: true,
    installNow() {
      if (!updater || readyVersion === undefined) return;
      try {
        options.beforeInstall();
        updater.quitAndInstall(false, true);
      } catch (error) {
        logger.warn('The update could not be installed now; it installs when Baton quits', { error: String(error) });
      }
    },
    dispose() {
      isDisposed = true;
      cancelTimer?.();
      // The error listener stays: an 'error' event with no listener would crash the main process.
      updater?.removeListener('update-downloaded', onDownloaded as (...args: never[]) => void);
    },
  };
}

/** electron-updater's `autoUpdater`, imported only when a packaged build asks for it. */
export async function loadElectronUpdater(): Promise<UpdaterApi> {
  // A CommonJS package: depending on the bundler its exports sit on the module or on `default`.
  const loaded = (await import('electron-updater')) as { autoUpdater?: unknown; default?: { autoUpdater?: unknown } };
  const updater = loaded.autoUpdater ?? loaded.default?.autoUpdater;
  if (!updater) throw new Error('electron-updater has no autoUpdater');
  return updater as UpdaterApi;
}

import { targetHash } from '../../../shared/app-target';
import type { AppTarget } from '../../../shared/contract/app';
import type { Logger } from '../../platform';
import { createMainWindow, type MainWindow, type MainWindowOptions } from './window';
import type { WindowBoundsKeeper } from './window-bounds';

export interface MainWindowPresenter {
  /** Brings the main window forward, opening it again if it was destroyed, at a target or as it was. */
  show(target?: AppTarget): void;
  dispose(): void;
}

/** The window's own options, less what the presenter decides per opening (shown or not, where). */
export interface MainWindowPresenterOptions extends Pick<
  MainWindowOptions,
  'BrowserWindow' | 'preloadPath' | 'systemLanguages' | 'url' | 'icon' | 'trusted' | 'isQuitting' | 'onRendererGone'
> {
  /** Started by the OS at login: the first window stays hidden until the person asks for it. */
  startsHidden: boolean;
  onHiddenToTray(): void;
  /** The person sees the window now (whatever needed attention has been seen). */
  onShown(): void;
  /** Opens each window where it last was on these displays; Electron's default place without it. */
  bounds?: WindowBoundsKeeper;
  logger: Logger;
}

/** The app's one main window: opened at once, reopened when it was destroyed, shown at a place on request. */
export function createMainWindowPresenter(options: MainWindowPresenterOptions): MainWindowPresenter {
  let untrackBounds: (() => void) | undefined;
  const open = (showWhenReady: boolean): MainWindow => {
    untrackBounds?.();
    const { BrowserWindow, preloadPath, systemLanguages, url, icon, trusted, isQuitting } = options;
    const opened = createMainWindow({
      BrowserWindow,
      systemLanguages,
      preloadPath,
      url,
      icon,
      trusted,
      isQuitting,
      showWhenReady,
      onHiddenToTray: options.onHiddenToTray,
      onRendererGone: options.onRendererGone,
      placement: options.bounds?.placement({ width: 1100, height: 760 }),
      logger: options.logger,
    });
    untrackBounds = options.bounds?.track(opened.window);
    return opened;
  };
  let mainWindow = open(!options.startsHidden);

  return {
    show(target) {
      if (mainWindow.window.isDestroyed()) mainWindow = open(true);
      mainWindow.show();
      options.onShown();
      // A route built by targetHash, its ids URI-encoded, then JSON-quoted into the script.
      const hash = target ? targetHash(target) : undefined;
      if (hash) void mainWindow.window.webContents.executeJavaScript?.(`location.hash = ${JSON.stringify(hash)}`)?.catch(() => {});
    },
    dispose() {
      mainWindow.dispose();
      untrackBounds?.();
    },
  };
}

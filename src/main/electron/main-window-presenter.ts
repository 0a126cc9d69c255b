import { CHECK_IDS } from '../../shared/contract/diagnostics';
import type { Logger } from '../platform';
import { createMainWindow, type MainWindow, type MainWindowOptions } from './window';
import type { WindowBoundsKeeper } from './window-bounds';

export interface MainWindowPresenter {
  /**
   * Brings the main window forward, opening it again if it was destroyed, at a target:
   * `run:<id>`, `area:<id>`, `check:<id>` (Diagnostics at that check), or as it was.
   */
  show(target?: string): void;
  dispose(): void;
}

/** The window's own options, less what the presenter decides per opening (shown or not, where). */
export interface MainWindowPresenterOptions extends Pick<
  MainWindowOptions,
  'BrowserWindow' | 'preloadPath' | 'url' | 'icon' | 'trusted' | 'isQuitting' | 'onRendererGone'
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
    const { BrowserWindow, preloadPath, url, icon, trusted, isQuitting } = options;
    const opened = createMainWindow({
      BrowserWindow,
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
      const hash = targetToHash(target);
      // The hash is one of a fixed set of routes (targetToHash), never text from outside.
      if (hash) void mainWindow.window.webContents.executeJavaScript?.(`location.hash = ${JSON.stringify(hash)}`)?.catch(() => {});
    },
    dispose() {
      mainWindow.dispose();
      untrackBounds?.();
    },
  };
}

/** Where in the window a notification, link or palette target leads (the renderer routes by hash). */
export function targetToHash(target: string | undefined): string | undefined {
  if (!target) return undefined;
  // Run ids are Baton's own (UUIDs); anything else still leads to the list rather than into the page.
  const runId = /^run:([\w.:-]{1,100})$/.exec(target)?.[1];
  if (runId) return `#/runs?run=${encodeURIComponent(runId)}`;
  if (target.startsWith('run:')) return '#/runs';
  const processId = /^process:([\w.:-]{1,200})$/.exec(target)?.[1];
  if (processId) return `#/processes?run=${encodeURIComponent(processId)}`;
  const check = /^check:([a-z-]+)$/.exec(target)?.[1];
  if (check) return CHECK_IDS.find((id) => id === check) ? `#/diagnostics?check=${check}` : '#/diagnostics';
  const area = /^area:([a-z]+)$/.exec(target)?.[1];
  return area ? `#/${area}` : undefined;
}

import type { BrowserWindow, BrowserWindowConstructorOptions, Event, WebPreferences } from 'electron';
import { systemLanguagesArgument } from '../../../shared/ipc-protocol';
import type { Logger } from '../../platform';
import { watchRendererCrashes, type RendererCrashOptions } from './renderer-crash';
import type { TrustedSenders } from '../trusted-senders';
import type { WindowPlacement } from './window-bounds';

/**
 * The renderer is treated as untrusted (DESIGN.md §9.5): isolated from the preload, in
 * Chromium's sandbox, without Node, with same-origin checks on. Each setting is Electron's
 * security checklist item of the same name.
 */
export function secureWebPreferences(preload: string, systemLanguages: readonly string[] = []): WebPreferences {
  return {
    preload,
    // The page follows the OS's languages until the person picks one (docs/i18n.md).
    additionalArguments: [systemLanguagesArgument(systemLanguages)],
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  };
}

export interface MainWindowOptions {
  BrowserWindow: typeof BrowserWindow;
  preloadPath: string;
  /** The OS's languages (`app.getPreferredSystemLanguages()`), for the page to follow. */
  systemLanguages?: readonly string[];
  url: string;
  icon?: string;
  trusted: TrustedSenders;
  /** True once the person chose Quit: closing then really closes. */
  isQuitting(): boolean;
  /** false: stay hidden once loaded (started at login). */
  showWhenReady?: boolean;
  /** Called when closing hid the window to the tray. */
  onHiddenToTray?(): void;
  /** Where to open (window-bounds.ts); Electron's default, centred, without it. */
  placement?: WindowPlacement;
  /** When the page crashes: reloaded once, then the person is told and asked (renderer-crash.ts). */
  onRendererGone?: Pick<RendererCrashOptions, 'explain' | 'quit' | 'translator'>;
  logger?: Logger;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  /** Shows, restores and focuses the window (tray click, second instance, deep link). */
  show(): void;
  dispose(): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const windowOptions: BrowserWindowConstructorOptions = {
    width: 1100,
    height: 760,
    ...(options.placement?.bounds ?? {}),
    minWidth: 720,
    minHeight: 480,
    title: 'Baton',
    // Shown on ready-to-show, so the person never sees an empty white frame.
    show: false,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, options.systemLanguages),
  };
  const window = new options.BrowserWindow(windowOptions);
  const untrust = options.trusted.trust(window.webContents);
  const unwatch = options.onRendererGone
    ? watchRendererCrashes({ contents: window.webContents, ...options.onRendererGone, logger: options.logger })
    : undefined;

  const onReady = () => {
    if (options.showWhenReady === false) return;
    if (options.placement?.isMaximized) window.maximize();
    window.show();
  };
  // Baton lives in the tray: closing the window hides it, unless the app is quitting.
  const onClose = (event: Event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
    options.onHiddenToTray?.();
  };
  window.once('ready-to-show', onReady);
  window.on('close', onClose);

  window.loadURL(options.url).catch((error: unknown) => {
    options.logger?.error('The window could not load the Baton page', { error: String(error) });
  });

  return {
    window,
    show() {
      if (window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    dispose() {
      untrust();
      unwatch?.();
      if (window.isDestroyed()) return;
      window.removeListener('close', onClose);
      window.removeListener('ready-to-show', onReady);
      window.destroy();
    },
  };
}

import type { BrowserWindow, Event } from 'electron';
import type { TrustedSenders } from '../trusted-senders';
import { secureWebPreferences } from './window';

export interface PaletteWindow {
  toggle(): void;
  /** Puts the palette away (it stays loaded for the next toggle). */
  hide(): void;
  dispose(): void;
}

/** The quick-launch palette: a small frameless always-on-top window, hidden when it loses focus. */
export function createPaletteWindow(options: {
  BrowserWindow: typeof BrowserWindow;
  preloadPath: string;
  systemLanguages?: readonly string[];
  url: string;
  trusted: TrustedSenders;
  isQuitting(): boolean;
}): PaletteWindow {
  let window: BrowserWindow | undefined;
  let untrust: (() => void) | undefined;

  const open = (): BrowserWindow => {
    const created = new options.BrowserWindow({
      width: 600,
      height: 420,
      show: false,
      frame: false,
      resizable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      title: 'Baton quick launch',
      webPreferences: secureWebPreferences(options.preloadPath, options.systemLanguages),
    });
    untrust = options.trusted.trust(created.webContents);
    created.on('blur', () => created.hide());
    created.on('close', (event: Event) => {
      if (options.isQuitting()) return;
      event.preventDefault();
      created.hide();
    });
    // A palette whose page crashed would open blank: it is dropped, and the next toggle opens a
    // fresh one (the palette keeps no state worth a reload or a question).
    created.webContents.on('render-process-gone', () => {
      untrust?.();
      if (!created.isDestroyed()) created.destroy();
    });
    void created.loadURL(`${options.url.split('#')[0]}#/palette`);
    created.once('ready-to-show', () => {
      created.show();
      created.focus();
    });
    return created;
  };

  return {
    toggle() {
      if (!window || window.isDestroyed()) {
        window = open();
        return;
      }
      if (window.isVisible()) window.hide();
      else {
        window.show();
        window.focus();
      }
    },
    hide() {
      if (window && !window.isDestroyed() && window.isVisible()) window.hide();
    },
    dispose() {
      untrust?.();
      if (window && !window.isDestroyed()) window.destroy();
      window = undefined;
    },
  };
}

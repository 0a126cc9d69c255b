import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  Notification,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  utilityProcess,
} from 'electron';
import { resolveAppPaths, startDesktopApp } from './electron';
import { BATON_VERSION } from './version';

// BATON_HOME moves every host's data (settings, secrets) to one folder; `npm run demo` uses it.
if (process.env.BATON_HOME) app.setPath('userData', process.env.BATON_HOME);

// The desktop app's composition root: real Electron modules in, everything else in ./electron.
startDesktopApp({
  electron: {
    app,
    BrowserWindow,
    ipcMain,
    Menu,
    Tray,
    session,
    shell,
    safeStorage,
    Notification,
    net,
    dialog,
    globalShortcut,
    screen,
    powerMonitor,
    nativeTheme,
    utilityProcess,
    protocol,
  },
  version: BATON_VERSION,
  paths: resolveAppPaths(app, import.meta.url),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
}).then(
  (desktop) => {
    // The Electron smoke test asks the main process whether the tray exists.
    if (desktop && process.env.BATON_E2E === '1') Object.assign(globalThis, { batonDesktop: desktop });
  },
  (error: unknown) => {
    console.error('Baton could not start:', error);
    app.exit(1);
  },
);

export { startDesktopApp, WINDOWS_APP_ID, type DesktopApp, type DesktopAppOptions, type ElectronApis } from './app';
export { bindIpc, type IpcBindingOptions, type MainIpc } from './ipc';
export { createMainWindow, secureWebPreferences, type MainWindow, type MainWindowOptions } from './windows/window';
export {
  hardenApp,
  guardWebContents,
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  type HardeningOptions,
} from './windows/security';
export { createExternalOpener, isAllowedExternalUrl, type OpenExternal } from './windows/external-links';
export { createTray, trayIconPath, type BatonTray, type TrayActions, type TrayOptions } from './tray/tray';
export {
  buildTrayMenu,
  trayIconFor,
  INITIAL_TRAY_STATE,
  type TrayState,
  type TrayView,
  type TrayMenuItem,
  type TrayIconState,
  type TrayAction,
  type TrayFavorite,
  type TrayRun,
  RECENT_RUNS_SHOWN,
} from './tray/tray-menu';
export {
  deepLinkFromArgv,
  parseDeepLink,
  DEEP_LINK_SCHEME,
  PROTOCOL_LAUNCHER_ARG,
  type DeepLink,
  type DeepLinkResult,
} from './deep-links/deep-links';
export {
  createShortcutBinding,
  displayAccelerator,
  registerShortcut,
  type ShortcutApi,
  type ShortcutBinding,
  type ShortcutResult,
} from './windows/global-shortcut';
export { createTrustedSenders, type TrustedSenders, type IpcEvent } from './trusted-senders';
export { resolveRendererLocation, type RendererLocation } from './windows/renderer-location';
export { resolveAppPaths } from './lifecycle/app-paths';

export { createElectronPlatform, type ElectronPlatformOptions } from './create-electron-platform';
export { createSafeStorageVault, type SafeStorageApi, type SafeStorageVaultOptions } from './vault';
export { createShellBrowser } from './browser';
export { createElectronNotifier, type NotifierOptions } from './notifier';
export { createNetFetch } from './net-fetch';
export { createSystemClock } from './clock';
export { openDataFiles, type FileSettings, type KeyValueFile, type OpenKeyValueFile } from '../files';

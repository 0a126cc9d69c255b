export { createElectronPlatform, type ElectronPlatformOptions } from './create-electron-platform';
export { createSafeStorageVault, ALLOW_PLAINTEXT_SETTING, type SafeStorageApi, type SafeStorageVaultOptions } from './vault';
export { createStoreSettings } from './settings';
export { createShellBrowser } from './browser';
export { createElectronNotifier, type NotifierOptions } from './notifier';
export { createNetFetch } from './net-fetch';
export { createSystemClock } from './clock';
export { openElectronStore, type KeyValueFile, type OpenKeyValueFile } from './key-value-file';

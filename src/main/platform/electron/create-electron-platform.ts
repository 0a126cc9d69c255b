import type { App, Net, Notification, NotificationConstructorOptions } from 'electron';
import { createConsoleLogger } from '../console-logger';
import type { Logger, Platform } from '../types';
import { createShellBrowser } from './browser';
import { createSystemClock } from './clock';
import type { OpenKeyValueFile } from './key-value-file';
import { createNetFetch } from './net-fetch';
import { createElectronNotifier } from './notifier';
import { createStoreSettings } from './settings';
import { ALLOW_PLAINTEXT_SETTING, createSafeStorageVault, type SafeStorageApi } from './vault';

export interface ElectronPlatformOptions {
  app: Pick<App, 'getPath'>;
  safeStorage: SafeStorageApi;
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  net: Pick<Net, 'fetch'>;
  /** The host's external-link wrapper; the only way the platform opens a URL. */
  openExternal(url: string): Promise<void>;
  /** electron-store in the app, a temp-folder conf or a memory map in tests. */
  openFile: OpenKeyValueFile;
  onNotificationClick?: (target: string | undefined) => void;
  logger?: Logger;
  platform?: NodeJS.Platform;
  versions?: NodeJS.ProcessVersions;
}

/** The desktop's OS services. Call after app `ready`: safeStorage answers only then. */
export async function createElectronPlatform(options: ElectronPlatformOptions): Promise<Platform> {
  const logger = options.logger ?? createConsoleLogger({ scope: 'baton' });
  const settingsFile = await options.openFile('settings');
  const settings = createStoreSettings(settingsFile);
  const vault = await createSafeStorageVault({
    safeStorage: options.safeStorage,
    file: await options.openFile('secrets'),
    platform: options.platform ?? process.platform,
    allowPlaintext: settings.get<boolean>(ALLOW_PLAINTEXT_SETTING) === true,
    settingsLocation: settings.location,
    logger: logger.child('vault'),
  });
  if (vault.persistence === 'session-only') logger.warn(vault.describe());
  const versions = options.versions ?? process.versions;

  return {
    host: 'electron',
    dataDir: options.app.getPath('userData'),
    vault,
    settings,
    browser: createShellBrowser(options.openExternal),
    notifier: createElectronNotifier({ Notification: options.Notification, onClick: options.onNotificationClick, logger }),
    fetch: createNetFetch(options.net),
    clock: createSystemClock(),
    logger,
    runtimes: Object.fromEntries(
      (['electron', 'chrome', 'node', 'v8'] as const).flatMap((name) => (versions[name] ? [[name, versions[name]]] : [])),
    ) as Record<string, string>,
  };
}

import type { App, Net, Notification, NotificationConstructorOptions } from 'electron';
import { inEnglish } from '../../../shared/message-parts';
import { createConsoleLogger } from '../console-logger';
import type { AppTarget, NotificationActionId } from '../../../shared/contract/app';
import type { Logger, NotificationRequest, Platform } from '../types';
import { createShellBrowser } from './browser';
import { createSystemClock } from './clock';
import { createNetFetch } from './net-fetch';
import { createElectronNotifier } from './notifier';
import {
  createDataFolderFiles,
  createKeyValueSettings,
  describeSetAside,
  type FileSettings,
  type OpenKeyValueFile,
  type SetAside,
} from '../files';
import { secretStoreFrom } from '../secret-store-choice';
import { createSafeStorageVault, type SafeStorageApi } from './vault';

export interface ElectronPlatformOptions {
  app: Pick<App, 'getPath'>;
  safeStorage: SafeStorageApi;
  Notification: Pick<typeof Notification, 'isSupported'> & (new (options: NotificationConstructorOptions) => Notification);
  net: Pick<Net, 'fetch'>;
  /** The host's external-link wrapper; the only way the platform opens a URL. */
  openExternal(url: string): Promise<void>;
  /** The data files in userData (openDataFiles) in the app, a memory map in tests. */
  openFile: OpenKeyValueFile;
  /** The person clicked a notification (its target, when it has one). */
  onNotificationClick?: (target: AppTarget | undefined) => void;
  /** The person pressed one of a notification's buttons (macOS). */
  onNotificationAction?: (notification: NotificationRequest, action: NotificationActionId) => void;
  logger?: Logger;
  /** BATON_SECRET_STORE chooses where secrets live, as for the Node hosts. */
  env?: Record<string, string | undefined>;
  /** The admin policy requires the OS keychain for secrets. */
  requireKeychain?: boolean;
  platform?: NodeJS.Platform;
  versions?: NodeJS.ProcessVersions;
}

/** The desktop's OS services. Call after app `ready`: safeStorage answers only then. */
export async function createElectronPlatform(options: ElectronPlatformOptions): Promise<Platform & { settings: FileSettings }> {
  const logger = options.logger ?? createConsoleLogger({ scope: 'baton' });
  const setAside: SetAside[] = [];
  const settingsFile = await options.openFile('settings', (event) => {
    setAside.push(event);
    logger.warn(describeSetAside([event]) ?? '');
  });
  const settings = createKeyValueSettings(settingsFile, setAside);
  const vault = await createSafeStorageVault({
    safeStorage: options.safeStorage,
    file: await options.openFile('secrets'),
    platform: options.platform ?? process.platform,
    choice: secretStoreFrom(options.env ?? {}),
    requireKeychain: options.requireKeychain,
    logger: logger.child('vault'),
  });
  if (vault.persistence === 'session-only') logger.warn(inEnglish(vault.describe()));
  const versions = options.versions ?? process.versions;

  return {
    host: 'electron',
    dataDir: options.app.getPath('userData'),
    vault,
    settings,
    files: createDataFolderFiles(options.app.getPath('userData')),
    browser: createShellBrowser(options.openExternal),
    notifier: createElectronNotifier({
      Notification: options.Notification,
      platform: options.platform ?? process.platform,
      onClick: options.onNotificationClick,
      onAction: options.onNotificationAction,
      logger,
    }),
    fetch: createNetFetch(options.net),
    clock: createSystemClock(),
    logger,
    runtimes: Object.fromEntries(
      (['electron', 'chrome', 'node', 'v8'] as const).flatMap((name) => (versions[name] ? [[name, versions[name]]] : [])),
    ) as Record<string, string>,
  };
}

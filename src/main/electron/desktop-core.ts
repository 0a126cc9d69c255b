import { z } from 'zod';
import { createCore, type Core } from '../compose';
import type { Logger, Notifier, Platform } from '../platform';
import { createElectronPlatform, type FileSettings, type OpenKeyValueFile } from '../platform/electron';
import { loadMachinePolicy, type LoadedPolicy } from '../policy';
import { PREFERENCES_KEY, readStoredPreferences } from '../preferences';
import type { ElectronApis } from './electron-apis';
import type { OpenExternal } from './external-links';
import { isServiceNotificationAllowed } from './notification-rules';
import { createUtilityProcessHost } from './utility-process-host';

export interface DesktopCore {
  core: Core;
  platform: Platform & { settings: FileSettings };
  /** The OS notifier itself; the core's services get one filtered by the preferences. */
  systemNotifier: Notifier;
  policy: LoadedPolicy;
}

/** The core as the desktop app runs it: on Electron's platform, under the machine policy. Call after `ready`. */
export async function createDesktopCore(options: {
  electron: Pick<ElectronApis, 'app' | 'safeStorage' | 'Notification' | 'net' | 'utilityProcess'>;
  openExternal: OpenExternal;
  openFile: OpenKeyValueFile;
  version: string;
  onNotificationClick(target: string | undefined): void;
  logger: Logger;
}): Promise<DesktopCore> {
  const { electron, logger } = options;
  // The policy first: it decides whether a secrets file is allowed.
  const policy = await loadMachinePolicy(logger);
  const platform = await createElectronPlatform({
    app: electron.app,
    safeStorage: electron.safeStorage,
    Notification: electron.Notification,
    net: electron.net,
    openExternal: options.openExternal,
    openFile: options.openFile,
    onNotificationClick: options.onNotificationClick,
    logger,
    env: process.env,
    requireKeychain: policy.policy.requireKeychain,
  });
  // Services notify on their own (the run service at a run's end); the preferences decide here.
  const systemNotifier = platform.notifier;
  const currentPreferences = () =>
    readStoredPreferences(platform.settings.read(PREFERENCES_KEY, z.record(z.string(), z.unknown()))).preferences;
  const core = createCore({
    platform: {
      ...platform,
      // The robot bridge Baton starts runs in a utility process: no system Node.js on a desktop.
      ...(electron.utilityProcess ? { childProcesses: createUtilityProcessHost(electron.utilityProcess) } : {}),
      notifier: {
        notify: (request) => void (isServiceNotificationAllowed(request, currentPreferences()) && systemNotifier.notify(request)),
      },
    },
    version: options.version,
    policy,
  });
  return { core, platform, systemNotifier, policy };
}

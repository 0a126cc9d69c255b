import type { AppTarget, NotificationActionId } from '../../shared/contract/app';
import { createCore, type Core } from '../compose';
import type { Logger, NotificationRequest, Notifier, Platform } from '../platform';
import { createElectronPlatform, type FileSettings, type OpenKeyValueFile } from '../platform/electron';
import { loadMachinePolicy, type LoadedPolicy } from '../policy';
import { localizedNotifier, type DesktopLanguage } from './desktop-language';
import type { ElectronApis } from './electron-apis';
import type { OpenExternal } from './windows/external-links';
import { createUtilityProcessHost } from './lifecycle/utility-process-host';

export interface DesktopCore {
  core: Core;
  platform: Platform & { settings: FileSettings };
  /** The OS notifier, for the shell's own words (a refused link, "still running in the tray"). */
  systemNotifier: Notifier;
  policy: LoadedPolicy;
}

/** The core as the desktop app runs it: on Electron's platform, under the machine policy. Call after `ready`. */
export async function createDesktopCore(options: {
  electron: Pick<ElectronApis, 'app' | 'safeStorage' | 'Notification' | 'net' | 'utilityProcess'>;
  openExternal: OpenExternal;
  openFile: OpenKeyValueFile;
  version: string;
  onNotificationClick(target: AppTarget | undefined): void;
  onNotificationAction(notification: NotificationRequest, action: NotificationActionId): void;
  /** The OS: only macOS shows a notification's buttons. */
  platform: NodeJS.Platform;
  /** The host's language when a notification is shown (desktop-language.ts); English when absent. */
  language?: Pick<DesktopLanguage, 'current' | 'hasChosen' | 'whenFirstChosen'>;
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
    onNotificationAction: options.onNotificationAction,
    platform: options.platform,
    logger,
    env: process.env,
    requireKeychain: policy.policy.requireKeychain,
  });
  // The core's notifications domain decides what to send, by the preferences; this only shows it,
  // in the language the host speaks at that moment (the core sends message ids).
  const systemNotifier = options.language ? localizedNotifier(platform.notifier, options.language) : platform.notifier;
  const core = createCore({
    platform: {
      ...platform,
      notifier: systemNotifier,
      // The robot bridge Baton starts runs in a utility process: no system Node.js on a desktop.
      ...(electron.utilityProcess ? { childProcesses: createUtilityProcessHost(electron.utilityProcess) } : {}),
    },
    version: options.version,
    policy,
  });
  return { core, platform, systemNotifier, policy };
}

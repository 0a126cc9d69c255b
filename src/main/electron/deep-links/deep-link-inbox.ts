import type { Logger } from '../../platform';
import type { AppLifetime } from '../lifecycle/app-lifetime';
import { deepLinkFromArgv } from './deep-links';

export interface DeepLinkInbox {
  /** Handles a baton:// link now, or once the shell is there. */
  open(url: string): Promise<void>;
  /** The shell is up: the links that waited go to it, then this launch's own link. */
  deliverTo(handleDeepLink: (url: string) => Promise<void>, launchArgv: readonly string[]): void;
}

/**
 * baton:// links as the OS delivers them: a second instance's command line, macOS `open-url`
 * (also at launch, so this listens before `ready`) and this launch's arguments. Links that
 * arrive before the core is up wait for it.
 */
export function createDeepLinkInbox(options: {
  lifetime: Pick<AppLifetime, 'listen'>;
  platform: NodeJS.Platform;
  /** A second launch focuses the running window. */
  showWindow(): void;
  logger: Logger;
}): DeepLinkInbox {
  const { platform, logger } = options;
  const pending: string[] = [];
  let handle: ((url: string) => Promise<void>) | undefined;
  const open = async (url: string) => {
    if (!handle) return void pending.push(url);
    await handle(url);
  };
  options.lifetime.listen('second-instance', (_event: unknown, secondArgv: string[]) => {
    options.showWindow();
    const link = deepLinkFromArgv(Array.isArray(secondArgv) ? secondArgv : [], platform);
    if (link && 'url' in link) void open(link.url);
    else if (link) logger.warn('Malformed launch arguments from a second instance', { reason: link.refused });
  });
  options.lifetime.listen('open-url', (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    void open(url);
  });
  return {
    open,
    deliverTo(handleDeepLink, launchArgv) {
      const launchLink = deepLinkFromArgv(launchArgv, platform);
      if (launchLink && 'url' in launchLink) pending.push(launchLink.url);
      handle = handleDeepLink;
      for (const url of pending.splice(0)) void open(url);
    },
  };
}

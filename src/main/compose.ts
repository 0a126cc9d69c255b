import type { BatonEventSource, BatonHandlers } from '../shared/api';
import type { AppInfo } from '../shared/model';
import { createEventHub, type EventHub } from './lib';
import type { Platform } from './platform';
import { createSessionService } from './session';

export interface Core {
  /** One async function per contract method; every host binds these generically. */
  handlers: BatonHandlers;
  events: BatonEventSource;
  dispose(): Promise<void>;
}

export interface CoreOptions {
  platform: Platform;
  version: string;
}

/** The composition root: builds every core service once, for whichever host runs it. */
export function createCore({ platform, version }: CoreOptions): Core & { hub: EventHub } {
  const logger = platform.logger.child('core');
  const hub = createEventHub((error) => logger.error('An event listener threw', { error: String(error) }));
  const session = createSessionService({ settings: platform.settings, events: hub });

  const appInfo: AppInfo = {
    name: 'Baton',
    version,
    host: platform.host,
    platform: `${process.platform}-${process.arch}`,
    runtimes: platform.runtimes,
  };

  const handlers: BatonHandlers = {
    'app.info': async () => appInfo,
    'session.status': () => session.status(),
  };

  return {
    handlers,
    events: hub,
    hub,
    async dispose() {},
  };
}

import type { BatonEventSource, BatonHandlers } from '../shared/api';
import { BatonError } from '../shared/errors';
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

// Placeholder while a domain is being built; removed as each domain lands.
const notYet = async (): Promise<never> => {
  throw new BatonError('INTERNAL', 'This part of Baton is not available in this build yet.');
};

export interface CoreOptions {
  platform: Platform;
  version: string;
}

/**
 * The composition root: builds every core service once, for whichever host runs it.
 * Each domain owns the region between its markers.
 */
export function createCore({ platform, version }: CoreOptions): Core & { hub: EventHub } {
  const logger = platform.logger.child('core');
  const hub = createEventHub((error) => logger.error('An event listener threw', { error: String(error) }));
  const disposers: (() => Promise<void> | void)[] = [];

  // <services:session>
  const session = createSessionService({ platform, events: hub });
  disposers.push(() => session.dispose());
  // </services:session>
  // <services:catalog>
  // </services:catalog>
  // <services:runs>
  // </services:runs>
  // <services:robot>
  // </services:robot>
  // <services:diagnostics>
  // </services:diagnostics>

  const appInfo: AppInfo = {
    name: 'Baton',
    version,
    host: platform.host,
    platform: `${process.platform}-${process.arch}`,
    runtimes: platform.runtimes,
  };

  const handlers: BatonHandlers = {
    'app.info': async () => appInfo,
    // <handlers:session>
    ...session.handlers,
    // </handlers:session>
    // <handlers:catalog>
    'catalog.get': notYet,
    'catalog.refresh': notYet,
    'catalog.setFavorite': notYet,
    // </handlers:catalog>
    // <handlers:runs>
    'runs.start': notYet,
    'runs.stop': notYet,
    'runs.list': notYet,
    'runs.get': notYet,
    // </handlers:runs>
    // <handlers:robot>
    // </handlers:robot>
    // <handlers:diagnostics>
    // </handlers:diagnostics>
  };

  return {
    handlers,
    events: hub,
    hub,
    async dispose() {
      // Last started, first stopped.
      for (const dispose of disposers.reverse()) await dispose();
    },
  };
}

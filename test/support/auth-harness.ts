import { createAuthService } from '../../src/main/auth';
import { createEventHub } from '../../src/main/lib';
import type { Browser, Clock, HttpFetch, SecretVault, SettingsStore } from '../../src/main/platform';
import { createMemorySettings, createMemoryVault, createRecordingBrowser, createRecordingLogger } from '../../src/main/platform/memory';
import type { SessionStatus } from '../../src/shared/model';

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** The auth service on in-memory platform pieces, with its events and logs recorded. */
export function createAuthHarness(
  options: { browser?: Browser; clock?: Clock; vault?: SecretVault; settings?: SettingsStore; fetch?: HttpFetch } = {},
) {
  const hub = createEventHub((error) => {
    throw error;
  });
  const events: SessionStatus[] = [];
  hub.on('session.changed', (status) => events.push(status));
  const logger = createRecordingLogger();
  const vault = options.vault ?? createMemoryVault();
  const settings = options.settings ?? createMemorySettings();
  const browser = options.browser ?? createRecordingBrowser();
  const auth = createAuthService({
    settings,
    vault,
    browser,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    clock: options.clock ?? realClock,
    logger,
    events: hub,
  });
  /** Resolves with the first session.changed payload that satisfies `predicate`. */
  const nextStatus = (predicate: (status: SessionStatus) => boolean) =>
    new Promise<SessionStatus>((resolve) => {
      const found = events.find(predicate);
      if (found) return resolve(found);
      const stop = hub.on('session.changed', (status) => {
        if (!predicate(status)) return;
        stop();
        resolve(status);
      });
    });
  return { auth, hub, events, logger, vault, settings, browser, nextStatus };
}

import type { SandboxClock } from './clock';
import { errors } from './errors';

/** A fixed one-minute window per key, like Cloud's "100 requests/min/tenant" on GET /odata/Jobs lists. */
export function createRateLimiter(deps: { clock: SandboxClock; perMinute: number }): { hit(key: string): void; reset(): void } {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key) {
      const now = deps.clock.now();
      let window = windows.get(key);
      if (!window || now - window.start >= 60_000) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count > deps.perMinute) {
        throw errors.rateLimited(Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000)));
      }
    },
    reset: () => windows.clear(),
  };
}

import type { Clock } from '../../src/main/platform';

/**
 * Real time plus an offset a test moves forward: `advance` fires the timers that fall due, so a
 * test reaches "ten minutes later" without sleeping, while everything else runs at real speed.
 */
export function createMovableClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  const timers = new Set<{ due: number; run(): void; cancel(): void }>();
  const now = () => Date.now() + offset;
  return {
    now,
    setTimeout(callback, ms) {
      const timer = setTimeout(() => {
        timers.delete(entry);
        callback();
      }, ms);
      const entry = { due: now() + ms, run: callback, cancel: () => clearTimeout(timer) };
      timers.add(entry);
      return () => {
        entry.cancel();
        timers.delete(entry);
      };
    },
    advance(ms) {
      offset += ms;
      for (const entry of [...timers]) {
        if (entry.due > now()) continue;
        entry.cancel();
        timers.delete(entry);
        entry.run();
      }
    },
  };
}

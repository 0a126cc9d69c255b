import type { Clock } from '../../src/main/platform';

/** Baton's Clock port on real time: benchmarks measure wall-clock behaviour. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

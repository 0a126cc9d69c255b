import type { Clock } from '../types';

export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    setTimeout(callback, ms) {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}

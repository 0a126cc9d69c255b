export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  /** 0..1; tests pass a fixed value. */
  random?: () => number;
}

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of
 * min(max, initial * 2^n), so many clients restarting together do not reconnect in step.
 */
export function createBackoff(options: BackoffOptions = {}): { next(): number; reset(): void; readonly attempts: number } {
  const initialMs = options.initialMs ?? 500;
  const maxMs = options.maxMs ?? 30_000;
  const random = options.random ?? Math.random;
  let attempts = 0;
  return {
    next() {
      const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempts, 30));
      attempts += 1;
      return Math.round(ceiling * (0.5 + random() * 0.5));
    },
    reset() {
      attempts = 0;
    },
    get attempts() {
      return attempts;
    },
  };
}

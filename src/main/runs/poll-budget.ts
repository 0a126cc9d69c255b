import type { Clock } from '../platform';

/**
 * What one tenant allows the job poller: job listings evenly spaced under a per-minute budget
 * (Cloud counts `GET /odata/Jobs?$filter=…` per tenant, shared with every user and robot:
 * reference orchestrator-versions.md §6), and a pause for every request after a 429.
 */
export interface TenantBudget {
  /** A listing may go out now: fewer than the budget in the last minute, and spaced evenly. */
  mayList(): boolean;
  /** Counts a listing sent now. */
  listed(): void;
  /** The earliest moment `mayList` can be true again. */
  nextListAt(): number;
  /** Single reads for many runs: the next one may go out at this moment. */
  nextSingleAt: number;
  /** Nothing goes to this tenant before this moment (a 429's Retry-After). */
  pausedUntil(): number;
  /** A 429: everyone waits `retryAfterMs` (a minute when the server did not say). */
  refused(retryAfterMs: number | undefined): void;
  /** Lists (cross-folder `'*'`, or a folder id) the server refused with a 400: single reads from then on. */
  readonly refusedLists: Set<string>;
}

/** Without Retry-After, Cloud's window is a minute (rate-limits page: "per minute"). */
const DEFAULT_RETRY_AFTER_MS = 60_000;

export function createTenantBudget(clock: Clock, listsPerMinute: number): TenantBudget {
  const sent: number[] = [];
  const spacing = listsPerMinute > 0 ? 60_000 / listsPerMinute : Infinity;
  let paused = 0;
  return {
    mayList() {
      const now = clock.now();
      if (now < paused || listsPerMinute <= 0) return false;
      while (sent.length > 0 && sent[0]! <= now - 60_000) sent.shift();
      const last = sent.at(-1);
      return sent.length < listsPerMinute && (last === undefined || now - last >= spacing);
    },
    listed() {
      sent.push(clock.now());
    },
    nextListAt() {
      if (listsPerMinute <= 0) return Infinity;
      const last = sent.at(-1);
      const spaced = last === undefined ? 0 : last + spacing;
      const windowed = sent.length < listsPerMinute ? 0 : sent[0]! + 60_000;
      return Math.max(spaced, windowed, paused);
    },
    nextSingleAt: 0,
    pausedUntil: () => paused,
    refused(retryAfterMs) {
      paused = Math.max(paused, clock.now() + (retryAfterMs ?? DEFAULT_RETRY_AFTER_MS));
    },
    refusedLists: new Set(),
  };
}

/** Retry timing for idempotent Orchestrator calls (reference/orchestrator-api.md §7.3: S5/S6 policies). */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0..1, e.g. 0.25 for ±25 %. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30_000, jitter: 0.25 };

/** Statuses worth another try for an idempotent request; 429 also for others (the server refused before doing anything). */
export function isRetryableStatus(status: number, isIdempotent: boolean): boolean {
  if (status === 429) return true;
  return isIdempotent && (status === 502 || status === 503 || status === 504);
}

/** `Retry-After` as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter; a server's Retry-After wins (but never past the cap). */
export function retryDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const base = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  const spread = base * policy.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(base + spread));
}

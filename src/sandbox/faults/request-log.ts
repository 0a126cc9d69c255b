/** Counts the requests the sandbox served, so benchmarks and tests can check round trips. */
export interface RequestLog {
  record(method: string, path: string, at: number): void;
  snapshot(): { total: number; value: Array<{ method: string; path: string; at: string }> };
  reset(): void;
}

const KEEP = 10_000;

export function createRequestLog(): RequestLog {
  let total = 0;
  let entries: Array<{ method: string; path: string; at: string }> = [];
  return {
    record(method, path, at) {
      total += 1;
      entries.push({ method, path, at: new Date(at).toISOString() });
      if (entries.length > KEEP) entries = entries.slice(-KEEP);
    },
    snapshot: () => ({ total, value: [...entries] }),
    reset() {
      total = 0;
      entries = [];
    },
  };
}

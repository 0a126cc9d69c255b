/** Time as the sandbox sees it. Tests pass a manual clock and call advance(); the CLI uses real timers. */
export interface SandboxClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): () => void;
}

export interface ManualClock extends SandboxClock {
  /** Moves time forward, firing due timers in order (timers they schedule fire too, if due). */
  advance(ms: number): void;
  /** How many timers are still waiting. */
  pending(): number;
}

export function createSystemClock(): SandboxClock {
  return {
    now: () => Date.now(),
    setTimeout(callback, ms) {
      const handle = setTimeout(callback, Math.max(0, ms));
      handle.unref?.();
      return () => clearTimeout(handle);
    },
  };
}

/** Starts at the real time (whole second) unless told otherwise, so real Identity tokens stay valid. */
export function createManualClock(start = Math.floor(Date.now() / 1000) * 1000): ManualClock {
  let current = start;
  let sequence = 0;
  const timers = new Map<number, { at: number; order: number; callback: () => void }>();
  return {
    now: () => current,
    setTimeout(callback, ms) {
      const id = ++sequence;
      timers.set(id, { at: current + Math.max(0, ms), order: id, callback });
      return () => timers.delete(id);
    },
    advance(ms) {
      const target = current + ms;
      for (;;) {
        let next: [number, { at: number; order: number; callback: () => void }] | undefined;
        for (const entry of timers) {
          if (entry[1].at > target) continue;
          if (!next || entry[1].at < next[1].at || (entry[1].at === next[1].at && entry[1].order < next[1].order)) next = entry;
        }
        if (!next) break;
        timers.delete(next[0]);
        current = Math.max(current, next[1].at);
        next[1].callback();
      }
      current = target;
    },
    pending: () => timers.size,
  };
}

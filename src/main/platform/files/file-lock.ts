import lockfile from 'proper-lockfile';

/** How long a lock may be held before another process treats its holder as dead. */
const STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up with an error. */
const WAIT_MS = 15_000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(pause, 0, 0, ms);

/**
 * Runs `work` while holding an inter-process lock on `path` (a `<path>.lock` folder, made by
 * proper-lockfile, which works on every OS and network file systems and recovers from a holder
 * that crashed). The settings store is synchronous, so the lock is too: writes are small and
 * rare, and a short spin is cheaper than making every caller async.
 */
export function withFileLockSync<T>(path: string, work: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  let release: (() => void) | undefined;
  for (let attempt = 0; !release; attempt++) {
    try {
      release = lockfile.lockSync(path, { realpath: false, stale: STALE_MS });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) throw error;
      sleepSync(Math.min(2 + attempt * 2, 25));
    }
  }
  try {
    return work();
  } finally {
    release();
  }
}

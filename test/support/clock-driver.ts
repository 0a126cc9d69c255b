import type { HttpFetch } from '../../src/main/platform';

/**
 * Moves a test's manual clock while Baton works against the sandbox over real HTTP. Time stands
 * still while a request is on the wire (so a poll sees every state a job passes through), and only
 * moved time counts against the step budget: on a loaded machine requests take longer, and the
 * test waits for them rather than give up.
 */
export interface ClockDriver {
  /** A fetch to hand Baton (over `inner`, default the real one): its requests are the ones the driver waits for. */
  track(inner?: HttpFetch): HttpFetch;
  /** Lets I/O happen, then moves the clock a little; until `done`, or throws when the budget runs out. */
  drive(done: () => boolean | Promise<boolean>, options?: { stepMs?: number; maxSteps?: number }): Promise<void>;
  /** Runs `promise` to its end while driving the clock (for calls that wait on timers). */
  settle<T>(promise: Promise<T>): Promise<T>;
}

export function createClockDriver(clock: { advance(ms: number): void }): ClockDriver {
  let inFlight = 0;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

  async function drive(done: () => boolean | Promise<boolean>, { stepMs = 100, maxSteps = 20_000 } = {}): Promise<void> {
    for (let step = 0; step < maxSteps;) {
      if (await done()) return;
      // A real millisecond per step: signing a token or parsing an answer takes wall time, and the
      // clock must not race ahead of it.
      await tick();
      if (inFlight === 0) {
        clock.advance(stepMs);
        step += 1;
      }
    }
    throw new Error('drive: the condition never came true');
  }

  return {
    track:
      (inner = (input, init) => fetch(input, init)) =>
      async (input, init) => {
        inFlight += 1;
        try {
          return await inner(input, init);
        } finally {
          inFlight -= 1;
        }
      },
    drive,
    async settle(promise) {
      let isDone = false;
      const tracked = promise.finally(() => (isDone = true));
      tracked.catch(() => {});
      await drive(() => isDone, { stepMs: 50 });
      return tracked;
    },
  };
}

const drivers = new WeakMap<object, ClockDriver>();

/** The one driver of a sandbox's manual clock, so every service of a test waits on the same wire. */
export function clockDriverOf(sandbox: { clock: { advance(ms: number): void } }): ClockDriver {
  let driver = drivers.get(sandbox);
  if (!driver) {
    driver = createClockDriver(sandbox.clock);
    drivers.set(sandbox, driver);
  }
  return driver;
}

import type { Clock, HttpFetch, Logger } from '../platform';
import { nextProbeDelay, type ProbePolicy, DEFAULT_PROBE_POLICY } from './probe-policy';

export type Reachability = 'reachable' | 'degraded' | 'unreachable';

export interface OriginState {
  origin: string;
  reachability: Reachability;
  /** Epoch ms (platform Clock) when this reachability began. */
  since: number;
  /** The last failure, in words, while not reachable. */
  lastFailure?: string;
  /** While unreachable: when the next probe goes out. */
  nextProbeAt?: number;
}

export interface ReachabilityMonitor {
  /** The platform fetch, observed: every answer or failure counts as evidence about its server. */
  readonly fetch: HttpFetch;
  stateOf(url: string): OriginState;
  /** Fires on every change of an origin's reachability. */
  onChanged(listener: (state: OriginState, previous: OriginState) => void): () => void;
  dispose(): void;
}

interface Tracker {
  state: OriginState;
  networkFailures: number;
  successes: number;
  lastFailureAt: number;
  probes: number;
  nextProbeAt?: number;
  cancelProbe?: () => void;
  isProbing?: boolean;
}

/** A failure this recent keeps the server `degraded` until a few calls in a row succeed. */
const DEGRADED_WINDOW_MS = 60_000;
const SUCCESSES_TO_RECOVER = 3;
/** Two network failures in a row (a retry included) mean the server is unreachable, not just slow once. */
const FAILURES_TO_UNREACHABLE = 2;

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Connectivity per server (origin), from what real requests experience: a fetch that throws
 * (refused, reset, DNS, timeout) is a network failure; an HTTP 5xx means the server answers but
 * fails; any other answer, 4xx included, proves it reachable. While a server is unreachable a
 * light probe (HEAD of its root, any answer counts) goes out with backoff, and stops once it
 * answers.
 */
export function createReachabilityMonitor(deps: {
  fetch: HttpFetch;
  clock: Clock;
  logger?: Logger;
  probe?: Partial<ProbePolicy>;
}): ReachabilityMonitor {
  const { clock } = deps;
  const policy: ProbePolicy = { ...DEFAULT_PROBE_POLICY, ...deps.probe };
  const trackers = new Map<string, Tracker>();
  const listeners = new Set<(state: OriginState, previous: OriginState) => void>();
  let isDisposed = false;

  const trackerOf = (origin: string): Tracker => {
    let tracker = trackers.get(origin);
    if (!tracker) {
      tracker = {
        state: { origin, reachability: 'reachable', since: clock.now() },
        networkFailures: 0,
        successes: 0,
        lastFailureAt: -Infinity,
        probes: 0,
      };
      trackers.set(origin, tracker);
    }
    return tracker;
  };

  const derive = (tracker: Tracker): Reachability => {
    if (tracker.networkFailures >= FAILURES_TO_UNREACHABLE) return 'unreachable';
    if (tracker.networkFailures > 0) return 'degraded';
    const isRecent = clock.now() - tracker.lastFailureAt < DEGRADED_WINDOW_MS;
    return isRecent && tracker.successes < SUCCESSES_TO_RECOVER ? 'degraded' : 'reachable';
  };

  const update = (tracker: Tracker, failure?: string): void => {
    const previous = tracker.state;
    const reachability = derive(tracker);
    const hasChanged = reachability !== previous.reachability;
    // An unreachable server stays "since" its first failure in the streak, however many follow.
    const since = !hasChanged ? previous.since : reachability === 'unreachable' ? tracker.lastFailureAt : clock.now();
    const lastFailure = reachability === 'reachable' ? undefined : (failure ?? previous.lastFailure);
    tracker.state = { origin: previous.origin, reachability, since, ...(lastFailure ? { lastFailure } : {}) };
    if (reachability === 'unreachable') {
      if (!tracker.cancelProbe && !tracker.isProbing) scheduleProbe(tracker);
    } else {
      tracker.cancelProbe?.();
      tracker.cancelProbe = undefined;
      tracker.nextProbeAt = undefined;
      tracker.probes = 0;
    }
    if (hasChanged) {
      deps.logger?.info('Server reachability changed', { origin: previous.origin, from: previous.reachability, to: reachability });
      for (const listener of [...listeners]) listener(view(tracker), previous);
    }
  };

  const view = (tracker: Tracker): OriginState =>
    tracker.nextProbeAt === undefined ? { ...tracker.state } : { ...tracker.state, nextProbeAt: tracker.nextProbeAt };

  const recordAnswer = (origin: string, status: number): void => {
    const tracker = trackerOf(origin);
    // Back from an outage: those failures were the outage, not a flaky server, so no "degraded" spell.
    if (tracker.state.reachability === 'unreachable' && status < 500) tracker.lastFailureAt = -Infinity;
    tracker.networkFailures = 0;
    if (status >= 500) {
      tracker.successes = 0;
      tracker.lastFailureAt = clock.now();
      update(tracker, `The server answered HTTP ${status}.`);
      return;
    }
    tracker.successes += 1;
    update(tracker);
  };

  const recordNetworkFailure = (origin: string, error: unknown): void => {
    const tracker = trackerOf(origin);
    // The first failure of a streak dates the outage ("offline since").
    if (tracker.networkFailures === 0) tracker.lastFailureAt = clock.now();
    tracker.networkFailures += 1;
    tracker.successes = 0;
    update(tracker, describeNetworkFailure(error));
  };

  function scheduleProbe(tracker: Tracker): void {
    const delay = nextProbeDelay(policy, tracker.probes);
    tracker.nextProbeAt = clock.now() + delay;
    tracker.cancelProbe = clock.setTimeout(() => {
      tracker.cancelProbe = undefined;
      tracker.nextProbeAt = undefined;
      void probe(tracker);
    }, delay);
  }

  async function probe(tracker: Tracker): Promise<void> {
    if (isDisposed) return;
    const origin = tracker.state.origin;
    tracker.probes += 1;
    tracker.isProbing = true;
    const controller = new AbortController();
    const cancelTimeout = clock.setTimeout(() => controller.abort(), policy.timeoutMs);
    try {
      const response = await deps.fetch(`${origin}/`, { method: 'HEAD', redirect: 'manual', signal: controller.signal });
      await response.body?.cancel().catch(() => {});
      if (isDisposed) return;
      tracker.isProbing = false;
      recordAnswer(origin, response.status);
    } catch (error) {
      if (isDisposed) return;
      tracker.isProbing = false;
      recordNetworkFailure(origin, error);
    } finally {
      cancelTimeout();
      tracker.isProbing = false;
    }
    // Still unreachable and no probe planned (a request may have planned one meanwhile): plan the next.
    if (tracker.state.reachability === 'unreachable' && !tracker.cancelProbe) scheduleProbe(tracker);
  }

  const observed: HttpFetch = async (input, init) => {
    const origin = originOf(String(input));
    try {
      const response = await deps.fetch(input, init);
      if (!isDisposed) recordAnswer(origin, response.status);
      return response;
    } catch (error) {
      if (!isDisposed) recordNetworkFailure(origin, error);
      throw error;
    }
  };

  return {
    fetch: observed,
    stateOf: (url) => view(trackerOf(originOf(url))),
    onChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      isDisposed = true;
      for (const tracker of trackers.values()) tracker.cancelProbe?.();
      listeners.clear();
    },
  };
}

function describeNetworkFailure(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return 'The server did not answer in time.';
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === 'string' ? `The server cannot be reached (${code}).` : 'The server cannot be reached.';
}

import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { ReachabilityMonitor } from './reachability';

/** "10:42" in the machine's own time zone: what a person reads on their clock. */
export function clockTime(epochMs: number): string {
  const at = new Date(epochMs);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Why a remote action is refused right now, or undefined when it may be tried. */
export function remoteRefusal(reachability: ReachabilityMonitor, apiBaseUrl: string): BatonError | undefined {
  const state = reachability.stateOf(apiBaseUrl);
  if (state.reachability !== 'unreachable') return undefined;
  // Refused, never queued: a run that fires by surprise an hour later is worse than none.
  return BatonError.said('NETWORK_UNREACHABLE', said('connectivity.remoteRefused', { server: hostOf(apiBaseUrl), since: state.since }), {
    hint: said('connectivity.remoteRefusedHint'),
    details: { offlineSince: new Date(state.since).toISOString(), ...(state.lastFailure ? { lastFailure: state.lastFailure } : {}) },
  });
}

/** The gate the run service consults before every remote start or stop. */
export function createRemoteGate(reachability: ReachabilityMonitor): { refusal(apiBaseUrl: string): BatonError | undefined } {
  return { refusal: (apiBaseUrl) => remoteRefusal(reachability, apiBaseUrl) };
}

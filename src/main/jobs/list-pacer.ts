import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Clock } from '../platform';

export interface ListPacer {
  /** Counts one listing for the profile, or refuses (RATE_LIMITED, with when to try again) past the budget. */
  take(profileId: string): void;
}

/** A sliding minute per profile: Cloud counts job listings per tenant and minute (orchestrator-versions.md §6). */
export function createListPacer(deps: { clock: Clock; perMinute: number }): ListPacer {
  const sent = new Map<string, number[]>();
  return {
    take(profileId) {
      const now = deps.clock.now();
      const recent = (sent.get(profileId) ?? []).filter((at) => now - at < 60_000);
      if (recent.length >= deps.perMinute) {
        const waitS = Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
        throw BatonError.said('RATE_LIMITED', said('serviceErrors.jobListsPaced', { perMinute: deps.perMinute }), {
          hint: said('serviceErrors.jobListsPacedHint', { seconds: waitS }),
          details: { retryAfterMs: waitS * 1000 },
        });
      }
      recent.push(now);
      sent.set(profileId, recent);
    },
  };
}

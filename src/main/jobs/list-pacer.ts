import { BatonError } from '../../shared/errors';
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
        throw new BatonError(
          'RATE_LIMITED',
          `Baton lists jobs at most ${deps.perMinute} times a minute, so as not to use up Orchestrator’s limit.`,
          {
            hint: `Wait ${waitS} seconds and refresh.`,
            details: { retryAfterMs: waitS * 1000 },
          },
        );
      }
      recent.push(now);
      sent.set(profileId, recent);
    },
  };
}

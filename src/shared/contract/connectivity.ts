import { z } from 'zod';
import { textPartsSchema } from '../message-parts';
import type { MethodSpec } from './method-spec';
import { noParams } from './params';
import { runSchema } from './runs';

export const CONNECTIVITY_STATES = ['online', 'degraded', 'offline', 'signed-out'] as const;
export type ConnectivityState = (typeof CONNECTIVITY_STATES)[number];

/**
 * How well the active profile's Orchestrator answers, derived from real request outcomes (and
 * a light probe while it is unreachable). `offline` wins over `signed-out`: with no server
 * there is nothing to sign in to, and local runs still work.
 */
export const connectivityStatusSchema = z.object({
  profileId: z.string().nullable(),
  state: z.enum(CONNECTIVITY_STATES),
  /** When this state began (ISO 8601): "Offline since 10:42". */
  since: z.string(),
  /** Host of the Orchestrator the state is about, e.g. `orchestrator.example.com`. */
  server: z.string().optional(),
  /** Why, in words a person can act on (absent while online). */
  reason: z.string().optional(),
  /** `reason` as message ids (docs/i18n.md), for the person's language; `reason` is its English. */
  reasonText: textPartsSchema.optional(),
  /** When the cached catalog was last refreshed from the server (ISO 8601), null if never. */
  catalogRefreshedAt: z.string().nullable(),
  /** Age of that catalog when this status was made, in ms; null if never refreshed. */
  catalogAgeMs: z.number().nullable(),
  /** Whether remote actions (run, stop) are allowed now; when not, `reason` says why. */
  canRunRemotely: z.boolean(),
  /** While offline: when the next reachability probe goes out (ISO 8601). */
  nextProbeAt: z.string().optional(),
});
export type ConnectivityStatus = z.infer<typeof connectivityStatusSchema>;

/** Sent once when an unreachable Orchestrator answers again, after the catch-up. */
export const connectivityRestoredSchema = z.object({
  profileId: z.string().nullable(),
  server: z.string(),
  offlineSince: z.string(),
  restoredAt: z.string(),
  /** Remote runs that were active when the connection dropped and have ended since, with their final state. */
  finishedRuns: z.array(runSchema),
});
export type ConnectivityRestored = z.infer<typeof connectivityRestoredSchema>;

export const connectivityMethods = {
  'connectivity.status': { params: noParams, result: connectivityStatusSchema },
} as const satisfies Record<string, MethodSpec>;

export const connectivityEvents = {
  'connectivity.changed': connectivityStatusSchema,
  'connectivity.restored': connectivityRestoredSchema,
} as const satisfies Record<string, z.ZodType>;

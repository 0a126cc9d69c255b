import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { noParams } from './params';

/** What the machine-wide admin policy file says and locks (docs/install.md). */
export const policyStatusSchema = z.object({
  state: z.enum(['none', 'applied', 'invalid']),
  path: z.string(),
  problem: z.object({ message: z.string(), hint: z.string() }).optional(),
  locks: z.object({
    orchestratorUrl: z.boolean(),
    localRuns: z.boolean(),
    robotBridge: z.boolean(),
    updates: z.boolean(),
  }),
  presetProfiles: z.array(z.string()),
  updateFeedUrl: z.string().optional(),
});
export type PolicyStatus = z.infer<typeof policyStatusSchema>;

export const policyMethods = {
  'policy.status': { params: noParams, result: policyStatusSchema },
} as const satisfies Record<string, MethodSpec>;

export const policyEvents = {} as const satisfies Record<string, z.ZodType>;

import { z } from 'zod';
import { textPartsSchema } from '../message-parts';
import type { MethodSpec } from './method-spec';
import { batonErrorPayloadSchema } from '../errors';
import { localProcessSchema, robotInfoSchema } from '../robot-protocol';
import { noParams } from './params';

/**
 * How the local robot looks from Baton (docs/robot-bridge.md):
 * - `not-installed`: nothing answers at the bridge URL and Baton never paired with a robot there;
 * - `unreachable`: Baton paired before (or the bridge refused it) but cannot reach it now;
 * - `pairing-required`: the bridge answers and shows a code that Baton needs;
 * - `ready`: paired, no local job running; `busy`: paired, a local job is running.
 */
export const ROBOT_STATES = ['not-installed', 'unreachable', 'pairing-required', 'ready', 'busy'] as const;
export type RobotState = (typeof ROBOT_STATES)[number];

export const robotStatusSchema = z.object({
  state: z.enum(ROBOT_STATES),
  url: z.string(),
  robot: robotInfoSchema.optional(),
  /** Local jobs running now, as far as Baton knows. */
  activeJobs: z.number().int().nonnegative(),
  /** pairing-required: when the code shown by the robot stops working (ISO time). */
  pairingExpiresAt: z.string().optional(),
  /** One sentence for the person, e.g. how to start the bridge. */
  hint: z.string().optional(),
  /** `hint` as message ids (docs/i18n.md), for the person's language; `hint` is its English. */
  hintText: textPartsSchema.optional(),
  error: batonErrorPayloadSchema.optional(),
  /** The bridge is the one Baton started itself (paired without a code). */
  managed: z.boolean().optional(),
  /** Baton's own bridge: how it runs jobs, and what it found on this machine to choose that. */
  executor: z.string().optional(),
  evidence: z.array(z.string()).optional(),
  /** `evidence` as message ids (docs/i18n.md), one `TextParts` per line, for the person's language; `evidence` is its English. */
  evidenceText: z.array(textPartsSchema).optional(),
  /** Another client asks Baton's bridge to pair: the code to give it, and who asks. */
  pairingRequest: z.object({ code: z.string(), clientName: z.string(), expiresAt: z.string() }).optional(),
  /** UiPath Assistant asks the person to allow Baton; its dialog shows this code. */
  consentCode: z.number().int().optional(),
});
export type RobotStatusView = z.infer<typeof robotStatusSchema>;

export const robotUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => /^wss?:\/\/[^/\s]+(\/\S*)?$/i.test(value),
    'The robot bridge URL starts with ws:// or wss://, e.g. ws://127.0.0.1:2424/robot.',
  );

export const robotMethods = {
  'robot.status': { params: noParams, result: robotStatusSchema },
  /** Connects (again), optionally to another bridge; `remember: false` does not save the URL in the settings. */
  'robot.connect': {
    params: z.object({ url: robotUrlSchema.optional(), remember: z.boolean().optional() }).strict(),
    result: robotStatusSchema,
  },
  /** The 8-digit code the robot bridge shows on this machine. */
  'robot.pair': {
    params: z
      .object({
        code: z
          .string()
          .trim()
          .regex(/^[0-9 -]{4,20}$/, 'The pairing code is the digits shown by the robot.'),
      })
      .strict(),
    result: robotStatusSchema,
  },
  'robot.unpair': { params: noParams, result: robotStatusSchema },
  'robot.processes': { params: noParams, result: z.array(localProcessSchema) },
  /**
   * Installs a process on the robot before its first run and answers it as it is now: RobotJS
   * gives the input schema only at install, so a run form needs this first.
   */
  'robot.install': { params: z.object({ key: z.string().min(1).max(300) }).strict(), result: localProcessSchema },
} as const satisfies Record<string, MethodSpec>;

export const robotEvents = {
  'robot.changed': robotStatusSchema,
} as const satisfies Record<string, z.ZodType>;

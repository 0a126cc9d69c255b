import { z } from 'zod';
import type { MethodSpec } from '../api';
import { batonErrorPayloadSchema } from '../errors';

export const RUN_STATES = ['pending', 'running', 'stopping', 'successful', 'faulted', 'stopped'] as const;
export const FINAL_RUN_STATES = ['successful', 'faulted', 'stopped'] as const;
export type RunState = (typeof RUN_STATES)[number];

export function isFinalRunState(state: RunState): boolean {
  return (FINAL_RUN_STATES as readonly string[]).includes(state);
}

const inputArgumentsSchema = z.record(z.string().max(200), z.unknown());

/** One execution, remote (an Orchestrator job) or local (a robot bridge job): DESIGN.md §4. */
export const runSchema = z.object({
  id: z.string(),
  target: z.enum(['remote', 'local']),
  profileId: z.string().nullable(),
  /** Catalog id for remote runs; the robot's process key for local runs. */
  processId: z.string(),
  processName: z.string(),
  folderPath: z.string().optional(),
  /** The inputs as given, without the values of `sensitiveArguments`. */
  inputArguments: inputArgumentsSchema,
  /**
   * Names of the sensitive inputs (the argument schema marks them) this run was given. Their
   * values went to Orchestrator or the robot and nowhere else: never to disk, logs or any
   * answer, so running it again asks for them again.
   */
  sensitiveArguments: z.array(z.string().max(200)).optional(),
  state: z.enum(RUN_STATES),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  /** Orchestrator's `Info` or the robot's last message. */
  info: z.string().optional(),
  outputArguments: z.record(z.string(), z.unknown()).optional(),
  error: batonErrorPayloadSchema.optional(),
  /** Orchestrator job id and key (remote), or the bridge's job id (local). */
  jobId: z.union([z.number(), z.string()]).optional(),
  jobKey: z.string().optional(),
  /** The client-generated `Reference` sent with StartJobs, so an ambiguous start is looked up, never repeated. */
  reference: z.string().optional(),
});
export type Run = z.infer<typeof runSchema>;

export const runLogSchema = z.object({
  runId: z.string(),
  seq: z.number(),
  level: z.enum(['trace', 'info', 'warn', 'error']),
  message: z.string(),
  at: z.string(),
});
export type RunLog = z.infer<typeof runLogSchema>;

const runId = z.string().min(1).max(100);

export const startRunParamsSchema = z.discriminatedUnion('target', [
  z
    .object({ target: z.literal('remote'), processId: z.string().min(1).max(200), inputArguments: inputArgumentsSchema.optional() })
    .strict(),
  z
    .object({ target: z.literal('local'), processKey: z.string().min(1).max(200), inputArguments: inputArgumentsSchema.optional() })
    .strict(),
]);
export type StartRunParams = z.infer<typeof startRunParamsSchema>;

export const runsMethods = {
  'runs.start': { params: startRunParamsSchema, result: runSchema },
  'runs.stop': { params: z.object({ runId, mode: z.enum(['soft', 'kill']).default('soft') }).strict(), result: runSchema },
  'runs.list': {
    params: z
      .object({
        isActive: z.boolean().optional(),
        limit: z.number().int().min(1).max(500).optional(),
        /** Ask Orchestrator for the state of active remote runs before answering (what a fresh `baton jobs` wants). */
        isFresh: z.boolean().optional(),
      })
      .strict(),
    result: z.array(runSchema),
  },
  'runs.get': { params: z.object({ runId, isFresh: z.boolean().optional() }).strict(), result: runSchema },
} as const satisfies Record<string, MethodSpec>;

export const runsEvents = {
  'run.updated': runSchema,
  'run.log': runLogSchema,
} as const satisfies Record<string, z.ZodType>;

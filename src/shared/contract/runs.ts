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

export const MAX_INPUT_ARGUMENTS = 200;
/** Ten times Orchestrator's own limit for `InputArguments` (10,000 characters from 20.10). */
export const MAX_INPUT_ARGUMENTS_CHARS = 100_000;
// A start is bounded before any service runs; what a run reports back is not re-checked.
const startInputArgumentsSchema = inputArgumentsSchema
  .refine((args) => Object.keys(args).length <= MAX_INPUT_ARGUMENTS, { message: `at most ${MAX_INPUT_ARGUMENTS} input arguments` })
  .refine((args) => jsonLength(args) <= MAX_INPUT_ARGUMENTS_CHARS, {
    message: `the input arguments may hold at most ${MAX_INPUT_ARGUMENTS_CHARS} characters as JSON`,
  });

/** Infinity for what cannot be JSON (a cycle): such input is refused, never sent. */
function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

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
  /** A running local run the person paused (the robot's executor can: `command` on POSIX). */
  isPaused: z.boolean().optional(),
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
    .object({ target: z.literal('remote'), processId: z.string().min(1).max(200), inputArguments: startInputArgumentsSchema.optional() })
    .strict(),
  z
    .object({ target: z.literal('local'), processKey: z.string().min(1).max(200), inputArguments: startInputArgumentsSchema.optional() })
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
  /** Local runs only, where the robot's executor can; a clear CONFLICT with the reason elsewhere. */
  'runs.pause': { params: z.object({ runId }).strict(), result: runSchema },
  'runs.resume': { params: z.object({ runId }).strict(), result: runSchema },
  'runs.get': { params: z.object({ runId, isFresh: z.boolean().optional() }).strict(), result: runSchema },
} as const satisfies Record<string, MethodSpec>;

export const runsEvents = {
  'run.updated': runSchema,
  'run.log': runLogSchema,
} as const satisfies Record<string, z.ZodType>;

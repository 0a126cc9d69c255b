import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { batonErrorPayloadSchema } from '../errors';

/**
 * `suspended`: a long-running remote job waiting on a task, a queue item or a timer (its `info`
 * says what, when the server says); Resume sends it on. Orchestrator's Resumed reads as running.
 */
export const RUN_STATES = ['pending', 'running', 'suspended', 'stopping', 'successful', 'faulted', 'stopped'] as const;
export const FINAL_RUN_STATES = ['successful', 'faulted', 'stopped'] as const;
export type RunState = (typeof RUN_STATES)[number];
/** How each state reads in English wherever a run or a job is shown (window, tray, palette, CLI). */
export const RUN_STATE_LABELS: Record<RunState, string> = {
  pending: 'Pending',
  running: 'Running',
  suspended: 'Suspended',
  stopping: 'Stopping',
  successful: 'Successful',
  faulted: 'Faulted',
  stopped: 'Stopped',
};

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

/** What every run has, whichever target it went to. */
const runCommon = {
  id: z.string(),
  processName: z.string(),
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
  /** Orchestrator's `Info` (for a suspended job, what it waits for) or the robot's last message. */
  info: z.string().optional(),
  outputArguments: z.record(z.string(), z.unknown()).optional(),
  error: batonErrorPayloadSchema.optional(),
};

/** An Orchestrator job: everything a job call is addressed with travels with the run, nothing is parsed out of an id. */
export const remoteRunSchema = z.object({
  ...runCommon,
  target: z.literal('remote'),
  /** The connection profile that started (or adopted) the job; its sign-in stops and resumes it. */
  profileId: z.string(),
  /** The catalog's process id (`<folderId>:<releaseKey>`): what "Run again" starts. */
  processId: z.string(),
  folderId: z.number().int(),
  /** The folder's key, where the server lists it (21.10+ address folders by key). */
  folderKey: z.string().optional(),
  folderPath: z.string().optional(),
  jobId: z.number(),
  jobKey: z.string().optional(),
  /** The client-generated `Reference` sent with StartJobs, so an ambiguous start is looked up, never repeated. */
  reference: z.string().optional(),
  /** How Baton learnt the state the run is in: by asking Orchestrator, or told by its webhook (docs/webhooks.md). */
  stateSource: z.enum(['polling', 'webhook']).optional(),
});
export type RemoteRun = z.infer<typeof remoteRunSchema>;

/** A job on the robot of this machine, through the bridge: the run id is the bridge's job id. */
export const localRunSchema = z.object({
  ...runCommon,
  target: z.literal('local'),
  /** Local runs belong to no connection profile. */
  profileId: z.null(),
  /** The bridge that runs it (`ws://127.0.0.1:…`), when known. */
  bridgeUrl: z.string().optional(),
  /** The robot's process key: what "Run again" starts. */
  processKey: z.string(),
  processVersion: z.string().optional(),
  jobId: z.string(),
  /** A running local run the person paused (the robot's executor can: `command` on POSIX). */
  isPaused: z.boolean().optional(),
});
export type LocalRun = z.infer<typeof localRunSchema>;

/** One execution, remote (an Orchestrator job) or local (a robot bridge job): DESIGN.md §4. */
export const runSchema = z.discriminatedUnion('target', [remoteRunSchema, localRunSchema]);
export type Run = z.infer<typeof runSchema>;
export type RunTargetName = Run['target'];
/** The run of one target: `RunFor<'remote'>` is a RemoteRun. */
export type RunFor<T extends RunTargetName> = Extract<Run, { target: T }>;

/** What starts `run` again, with the inputs it was given (sensitive ones are asked for again). */
export function startParamsFor(run: Run): StartRunParams {
  return run.target === 'remote'
    ? { target: 'remote', processId: run.processId, inputArguments: run.inputArguments }
    : { target: 'local', processKey: run.processKey, inputArguments: run.inputArguments };
}

/** The id of what the run ran, in its target's terms: the catalog id (remote) or the robot's key (local). */
export const processRefOf = (run: Run): string => (run.target === 'remote' ? run.processId : run.processKey);

/** One log line of a run: the robot's (local) or the server's robot logs for the job (remote). */
export const runLogSchema = z.object({
  runId: z.string(),
  /** Increases with every line of the run, in the order written. */
  seq: z.number(),
  level: z.enum(['trace', 'info', 'warn', 'error']),
  message: z.string(),
  at: z.string(),
  /** Written by the workflow's Report Status activity: what the Assistant shows as the job's status. */
  isReportStatus: z.boolean().optional(),
  /** Baton's own line about the log (e.g. a missing scope), not the robot's. */
  isNotice: z.boolean().optional(),
});
export type RunLog = z.infer<typeof runLogSchema>;

/** Lines kept per run; older ones are dropped and `hasMore` says so. */
export const RUN_LOG_LINES_KEPT = 500;

export const runLogPageSchema = z.object({
  lines: z.array(runLogSchema),
  /** Lines were dropped (or never read): the whole log is in Orchestrator. */
  hasMore: z.boolean(),
  /** The Orchestrator page with the job's whole log (remote runs). */
  orchestratorUrl: z.string().optional(),
});
export type RunLogPage = z.infer<typeof runLogPageSchema>;

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
  /** A paused local run, or a suspended remote job (ResumeJob); a clear CONFLICT with the reason elsewhere. */
  'runs.resume': { params: z.object({ runId }).strict(), result: runSchema },
  /** The run's log lines Baton holds (the last RUN_LOG_LINES_KEPT); new ones arrive as `run.log`. */
  'runs.logs': { params: z.object({ runId }).strict(), result: runLogPageSchema },
  'runs.get': { params: z.object({ runId, isFresh: z.boolean().optional() }).strict(), result: runSchema },
} as const satisfies Record<string, MethodSpec>;

export const runsEvents = {
  'run.updated': runSchema,
  'run.log': runLogSchema,
} as const satisfies Record<string, z.ZodType>;

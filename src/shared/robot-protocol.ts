import { z } from 'zod';

/**
 * The local robot bridge protocol, version 2 (docs/robot-bridge-protocol.md).
 * Shared by the robot side (src/robot-bridge) and the app side (src/main/robot); imports zod only.
 */

export const ROBOT_PROTOCOL_VERSION = 2;
export const ROBOT_SUBPROTOCOL = 'baton.robot.v2';
/** Subprotocols of older clients: refused with "update Baton" (v1 sent its token in the clear). */
export const LEGACY_ROBOT_SUBPROTOCOLS: readonly string[] = ['baton.robot.v1'];
export const ROBOT_PATH = '/robot';
export const DEFAULT_ROBOT_PORT = 2424;
export const ROBOT_MAX_FRAME_BYTES = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Data model

export const argumentTypeSchema = z.enum(['string', 'number', 'integer', 'boolean', 'datetime', 'object', 'array']);
export type ArgumentType = z.infer<typeof argumentTypeSchema>;

/**
 * One input argument of a local process (RobotJS: `{Name, Type, IsRequired, HasDefault}`); not the
 * catalog's `ArgumentSchema` (src/shared/contract/catalog.ts), which describes an Orchestrator release's.
 */
export const localArgumentSchema = z.object({
  name: z.string().min(1),
  type: argumentTypeSchema,
  required: z.boolean(),
  hasDefault: z.boolean().optional(),
  description: z.string().optional(),
  /** Values of sensitive arguments never appear in logs. */
  sensitive: z.boolean().optional(),
});
export type LocalArgument = z.infer<typeof localArgumentSchema>;

export const robotInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  machine: z.string(),
  user: z.string(),
  executor: z.string(),
  features: z.array(z.string()),
});
export type RobotInfo = z.infer<typeof robotInfoSchema>;

export const localProcessSchema = z.object({
  key: z.string(),
  name: z.string(),
  version: z.string(),
  description: z.string(),
  installed: z.boolean(),
  inputArguments: z.array(localArgumentSchema),
});
export type LocalProcess = z.infer<typeof localProcessSchema>;

export const LOCAL_JOB_STATES = ['pending', 'running', 'stopping', 'successful', 'faulted', 'stopped'] as const;
export const localJobStateSchema = z.enum(LOCAL_JOB_STATES);
export type LocalJobState = z.infer<typeof localJobStateSchema>;
export const TERMINAL_JOB_STATES: readonly LocalJobState[] = ['successful', 'faulted', 'stopped'];
export function isTerminalJobState(state: LocalJobState): boolean {
  return TERMINAL_JOB_STATES.includes(state);
}

export const jobErrorSchema = z.object({ code: z.string(), message: z.string() });
export type JobError = z.infer<typeof jobErrorSchema>;

export const localJobSchema = z.object({
  jobId: z.string(),
  processKey: z.string(),
  state: localJobStateSchema,
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  /** The last progress or status message (RobotJS `Status[]`, UiPath "Report Status"). */
  info: z.string().optional(),
  outputArguments: z.record(z.string(), z.unknown()).optional(),
  error: jobErrorSchema.optional(),
  /** Suspended with jobs.pause (state stays `running`) until jobs.resume. */
  paused: z.boolean().optional(),
  /** Increases by one with every notification about this job (job.updated, job.log, job.event). */
  seq: z.number().int().nonnegative(),
});
export type LocalJob = z.infer<typeof localJobSchema>;

export const clientInfoSchema = z.object({
  name: z.string().min(1).max(200),
  version: z.string().max(100),
  machine: z.string().max(200),
});
export type RobotClientInfo = z.infer<typeof clientInfoSchema>;

// ---------------------------------------------------------------------------------------------
// Methods

/** A nonce, proof or key: 32 bytes, base64url without padding (src/shared/robot-auth.ts). */
const authValueSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url');

export const helloParamsSchema = z.object({
  protocol: z.literal(ROBOT_PROTOCOL_VERSION),
  client: clientInfoSchema,
  /** The pairing the client holds (derived from its token); absent when it holds none. The token itself is never sent. */
  tokenId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  /** The bridge must answer it (serverProof) before the client proves anything. */
  clientNonce: authValueSchema,
});
export type HelloParams = z.infer<typeof helloParamsSchema>;

export const helloResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('challenge'), serverNonce: authValueSchema, serverProof: authValueSchema }),
  z.object({ status: z.literal('pairing-required'), pairingId: z.string(), expiresInSeconds: z.number() }),
]);
export type HelloResult = z.infer<typeof helloResultSchema>;

export const authenticateParamsSchema = z.object({ clientProof: authValueSchema });
export const readyResultSchema = z.object({ status: z.literal('ready'), robot: robotInfoSchema, features: z.array(z.string()) });
export type ReadyResult = z.infer<typeof readyResultSchema>;

export const pairParamsSchema = z.object({
  pairingId: z.string().min(1).max(100),
  code: z.string().min(1).max(20),
});
export type PairParams = z.infer<typeof pairParamsSchema>;

export const pairResultSchema = z.object({ token: z.string(), robot: robotInfoSchema });
export type PairResult = z.infer<typeof pairResultSchema>;

const emptyParamsSchema = z.object({}).optional();
const jobIdSchema = z.string().min(1).max(100);

export const processKeyParamsSchema = z.object({ key: z.string().min(1).max(300) });

/**
 * An Orchestrator process the person signed in to Baton may run, offered to a robot that runs
 * processes by name (the `uirobot` executor: `UiRobot.exe execute --process NAME --folder PATH`).
 */
export const offeredProcessSchema = z.object({
  name: z.string().min(1).max(300),
  /** The folder's fully qualified name, e.g. `Finance/Invoices`. */
  folder: z.string().min(1).max(1000),
  version: z.string().max(100),
  description: z.string().max(2000),
  inputArguments: z.array(localArgumentSchema).max(200),
});
export type OfferedProcess = z.infer<typeof offeredProcessSchema>;
/** Advertised by a bridge whose executor takes `processes.offer`. */
export const OFFERED_PROCESSES_FEATURE = 'OrchestratorProcesses';
export const MAX_OFFERED_PROCESSES = 5000;
export const offerProcessesParamsSchema = z.object({
  processes: z.array(offeredProcessSchema).max(MAX_OFFERED_PROCESSES),
});
export const installResultSchema = z.object({ key: z.string(), installed: z.literal(true) });

export const startJobParamsSchema = z.object({
  processKey: z.string().min(1).max(300),
  inputArguments: z.record(z.string(), z.unknown()).optional(),
  jobId: z.uuid().optional(),
});
export type StartJobParams = z.infer<typeof startJobParamsSchema>;

export const stopJobParamsSchema = z.object({ jobId: jobIdSchema, mode: z.enum(['soft', 'kill']).default('soft') });
export type StopMode = 'soft' | 'kill';
export const jobIdParamsSchema = z.object({ jobId: jobIdSchema });
export const listJobsParamsSchema = z.object({ active: z.boolean().optional() }).optional();
export const jobMessageParamsSchema = z.object({
  jobId: jobIdSchema,
  channel: z.string().min(1).max(200),
  payload: z.unknown(),
});

/** Every method with its params and result schema; both sides loop over this table. */
export const robotMethods = {
  hello: { params: helloParamsSchema, result: helloResultSchema },
  authenticate: { params: authenticateParamsSchema, result: readyResultSchema },
  pair: { params: pairParamsSchema, result: pairResultSchema },
  unpair: { params: emptyParamsSchema, result: z.object({}) },
  'robot.info': { params: emptyParamsSchema, result: robotInfoSchema },
  'processes.list': { params: emptyParamsSchema, result: z.array(localProcessSchema) },
  'processes.install': { params: processKeyParamsSchema, result: installResultSchema },
  /** Replaces the Orchestrator processes this client offered (an empty list withdraws them). */
  'processes.offer': { params: offerProcessesParamsSchema, result: z.object({ accepted: z.number().int().nonnegative() }) },
  'jobs.start': { params: startJobParamsSchema, result: localJobSchema },
  'jobs.stop': { params: stopJobParamsSchema, result: localJobSchema },
  'jobs.get': { params: jobIdParamsSchema, result: localJobSchema },
  'jobs.list': { params: listJobsParamsSchema, result: z.array(localJobSchema) },
  'jobs.message': { params: jobMessageParamsSchema, result: z.object({}) },
  'jobs.pause': { params: jobIdParamsSchema, result: localJobSchema },
  'jobs.resume': { params: jobIdParamsSchema, result: localJobSchema },
} as const;
export type RobotMethod = keyof typeof robotMethods;
export type RobotMethodParams<M extends RobotMethod> = z.input<(typeof robotMethods)[M]['params']>;
export type RobotMethodResult<M extends RobotMethod> = z.infer<(typeof robotMethods)[M]['result']>;

/** Methods a connection may call before the handshake reached `ready`. */
export const PRE_READY_METHODS: readonly RobotMethod[] = ['hello', 'authenticate', 'pair'];

// ---------------------------------------------------------------------------------------------
// Notifications (server → client)

export const LOG_LEVELS = ['trace', 'info', 'warn', 'error'] as const;
export const jobLogSchema = z.object({
  jobId: z.string(),
  seq: z.number().int().nonnegative(),
  level: z.enum(LOG_LEVELS),
  message: z.string(),
  at: z.string(),
});
export type JobLog = z.infer<typeof jobLogSchema>;

export const jobEventSchema = z.object({
  jobId: z.string(),
  seq: z.number().int().nonnegative(),
  channel: z.string(),
  payload: z.unknown(),
});
export type JobEvent = z.infer<typeof jobEventSchema>;

export const robotNotifications = {
  'job.updated': localJobSchema,
  'job.log': jobLogSchema,
  'job.event': jobEventSchema,
  'processes.changed': z.object({}),
} as const;
export type RobotNotification = keyof typeof robotNotifications;
export type RobotNotificationParams<N extends RobotNotification> = z.infer<(typeof robotNotifications)[N]>;

// ---------------------------------------------------------------------------------------------
// Errors

export const ROBOT_ERROR_REASONS = [
  'NOT_PAIRED',
  'PAIRING_REQUIRED',
  'PAIRING_REJECTED',
  'PAIRING_EXPIRED',
  'RATE_LIMITED',
  'AUTH_FAILED',
  'PROCESS_NOT_FOUND',
  'PROCESS_NOT_INSTALLED',
  'INVALID_ARGUMENTS',
  'JOB_NOT_FOUND',
  'JOB_NOT_RUNNING',
  'EXECUTOR_FAILED',
  'BUSY',
  'NOT_SUPPORTED',
  'INTERNAL',
] as const;
export type RobotErrorReason = (typeof ROBOT_ERROR_REASONS)[number];

/** JSON-RPC numeric codes: the standard ones, and the -32000..-32099 server range for the rest. */
export const ROBOT_ERROR_CODES: Record<RobotErrorReason, number> = {
  NOT_PAIRED: -32001,
  PAIRING_REQUIRED: -32002,
  PAIRING_REJECTED: -32003,
  PAIRING_EXPIRED: -32004,
  RATE_LIMITED: -32005,
  AUTH_FAILED: -32006,
  PROCESS_NOT_FOUND: -32010,
  PROCESS_NOT_INSTALLED: -32011,
  INVALID_ARGUMENTS: -32602,
  JOB_NOT_FOUND: -32020,
  JOB_NOT_RUNNING: -32021,
  EXECUTOR_FAILED: -32030,
  BUSY: -32031,
  NOT_SUPPORTED: -32032,
  INTERNAL: -32603,
};

export { JSONRPC_INVALID_PARAMS, JSONRPC_INVALID_REQUEST, JSONRPC_METHOD_NOT_FOUND, JSONRPC_PARSE_ERROR } from './json-rpc';

export const robotErrorDataSchema = z.object({
  reason: z.enum(ROBOT_ERROR_REASONS),
  /** INVALID_ARGUMENTS: the failing fields. */
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** PAIRING_REJECTED: wrong codes left before the pairing is void. */
  attemptsLeft: z.number().int().optional(),
  /** RATE_LIMITED: when `pair` is accepted again. */
  retryAfterSeconds: z.number().optional(),
});
export type RobotErrorData = z.infer<typeof robotErrorDataSchema>;

/** Close codes the robot side uses (RFC 6455 §7.4.1). */
export const ROBOT_CLOSE_CODES = {
  goingAway: 1001,
  unsupportedData: 1003,
  messageTooBig: 1009,
  /** The pairing this connection proved was revoked (CLI, tokens file, `unpair` elsewhere). */
  revoked: 4001,
} as const;

import { z } from 'zod';
import type { LocalArgument, ArgumentType, LocalProcess } from '../../shared/robot-protocol';
import { RobotBridgeError } from '../errors';
import { createRobotJsSession, type RobotJsSessionOptions } from './robotjs-session';
import { createProcessStateStore, type ProcessStateStore } from '../process-state';
import type { Executor, JobOutcome, RunningJob } from './types';

/** RobotJS `JobState` is numeric on the wire (anchors §2.5). */
export const ROBOTJS_STATES = { executing: 0, closed: 1, canceled: 2, faulted: 3 } as const;

const processesSchema = z.object({
  response: z.array(z.object({ Key: z.string(), Name: z.string(), Description: z.string().nullish() })),
});
const installSchema = z.object({
  InputArgumentsSchema: z
    .array(
      z.object({
        Name: z.string(),
        Type: z.string().nullish(),
        IsRequired: z.boolean().default(false),
        HasDefault: z.boolean().default(false),
      }),
    )
    .default([]),
});
const invokeSchema = z.object({ response: z.object({ JobId: z.string() }) });
const jobStatusSchema = z.object({
  response: z.object({
    State: z.number().int(),
    Status: z.array(z.string()).nullish(),
    Events: z
      .array(z.object({ name: z.string().optional(), Name: z.string().optional(), payload: z.unknown(), Payload: z.unknown() }).partial())
      .nullish(),
    Output: z.object({ Arguments: z.record(z.string(), z.unknown()).nullish() }).nullish(),
    Error: z.unknown(),
  }),
});

export interface RobotJsExecutorOptions extends RobotJsSessionOptions {
  /** Without long polling, the wait between JobStatus polls (the SDK's pollTimeInterval). */
  pollIntervalMs?: number;
  /** Where installed processes and their schemas are kept across restarts; in memory when absent. */
  processState?: ProcessStateStore;
}

/** .NET type names (the RobotJS Type format is not documented; these are what Studio shows). */
export function toArgumentType(type: string | null | undefined): ArgumentType {
  const name = (type ?? '').toLowerCase().replace(/^system\./, '');
  if (/^(string|char)\b/.test(name)) return 'string';
  if (/^(int16|int32|int64|uint\d+|byte)\b/.test(name)) return 'integer';
  if (/^(double|single|decimal)\b/.test(name)) return 'number';
  if (name.startsWith('boolean')) return 'boolean';
  if (name.startsWith('datetime')) return 'datetime';
  if (name.includes('[]') || name.includes('list')) return 'array';
  return name === '' ? 'string' : 'object';
}

/** Forwards jobs to an installed UiPath Robot through its local RobotJS HTTP service. */
export function createRobotJsExecutor(options: RobotJsExecutorOptions): Executor {
  const session = createRobotJsSession(options);
  const { clock } = options;
  // RobotProcesses names no version, so the key stands for the version the robot has.
  const state = options.processState ?? createProcessStateStore();
  const ROBOTJS_VERSION = '';
  let features: string[] = [];

  async function hasFeature(feature: string): Promise<boolean> {
    const port = await session.connect();
    features = port.ServerFeatures;
    return features.includes(feature);
  }

  function wait(ms: number): Promise<void> {
    return ms <= 0 ? Promise.resolve() : new Promise((resolve) => clock.setTimeout(resolve, ms));
  }

  return {
    name: 'robotjs',
    get features() {
      return features.filter((feature) => ['InstallProcess', 'ClientMessage', 'UseGivenJobId'].includes(feature));
    },
    // The robot runs one attended job at a time; RobotJS stops by process, not by job.
    allowsConcurrentJobs: false,

    async listProcesses(): Promise<LocalProcess[]> {
      const parsed = processesSchema.parse(await session.request('GET', 'RobotProcesses', {}));
      const canInstall = await hasFeature('InstallProcess');
      return parsed.response.map((process) => ({
        key: process.Key,
        name: process.Name,
        version: '',
        description: process.Description ?? '',
        // RobotProcesses has no argument schema; InstallProcess (download + schema) comes first, as
        // UiPath Assistant's "Awaiting install". Robots without it can run only argument-less processes.
        installed: !canInstall || state.installed(process.Key, ROBOTJS_VERSION) !== undefined,
        inputArguments: state.installed(process.Key, ROBOTJS_VERSION) ?? [],
      }));
    },

    async install(key) {
      if (!(await hasFeature('InstallProcess'))) {
        throw new RobotBridgeError(
          'EXECUTOR_FAILED',
          'This UiPath Robot cannot install processes through RobotJS; update UiPath Assistant.',
        );
      }
      const parsed = installSchema.parse(await session.request('GET', 'InstallProcess', { robotProcessId: key }));
      state.remember(
        key,
        ROBOTJS_VERSION,
        parsed.InputArgumentsSchema.map((argument): LocalArgument => ({
          name: argument.Name,
          type: toArgumentType(argument.Type),
          required: argument.IsRequired,
          hasDefault: argument.HasDefault,
        })),
      );
    },

    start({ jobId, process, inputArguments, reporter }): RunningJob {
      const abort = new AbortController();
      let robotJobId: string | undefined;
      let stopRequested = false;

      async function follow(): Promise<JobOutcome> {
        const port = await session.connect();
        features = port.ServerFeatures;
        const isEnvelope = features.includes('InternalArguments');
        const invoked = invokeSchema.parse(
          await session.request(
            'POST',
            'InvokeRobot',
            { robotProcessId: process.key, jobId, ...(isEnvelope ? { features: 'internalArguments' } : {}) },
            isEnvelope ? { inputArgs: inputArguments, internalArgs: '', jobSource: 'RobotAPI' } : inputArguments,
          ),
        );
        robotJobId = invoked.response.JobId;
        if (stopRequested) await stopOnRobot();
        const delay = features.includes('JobStatus_LongPolling') ? 0 : (options.pollIntervalMs ?? 250);
        for (;;) {
          const { response } = jobStatusSchema.parse(
            await session.request('GET', 'JobStatus', { jobId: robotJobId }, undefined, abort.signal),
          );
          for (const status of response.Status ?? []) reporter.progress(status);
          for (const event of response.Events ?? [])
            reporter.event(event.name ?? event.Name ?? 'workflow-event', event.payload ?? event.Payload);
          const output = response.Output?.Arguments ?? undefined;
          switch (response.State) {
            case ROBOTJS_STATES.executing:
              await wait(delay);
              continue;
            case ROBOTJS_STATES.closed:
              return { state: 'successful', ...(output ? { outputArguments: output } : {}) };
            case ROBOTJS_STATES.canceled:
              return { state: 'stopped' };
            case ROBOTJS_STATES.faulted:
              return {
                state: 'faulted',
                error: { code: 'ROBOT_FAULTED', message: errorMessage(response.Error) },
                ...(output ? { outputArguments: output } : {}),
              };
            default:
              return {
                state: 'faulted',
                error: { code: 'ROBOTJS_PROTOCOL', message: `RobotJS reported an unknown job state ${response.State}.` },
              };
          }
        }
      }

      async function stopOnRobot(): Promise<void> {
        // RobotJS stops by process key; the job then reports Canceled through JobStatus.
        await session.request('GET', 'StopProcess', { robotProcessId: process.key }).catch((error: unknown) => {
          reporter.log('warn', `Could not ask the robot to stop: ${error instanceof Error ? error.message : String(error)}`);
        });
      }

      const done = follow().catch((error: unknown): JobOutcome => {
        if (abort.signal.aborted) return { state: 'stopped' };
        return { state: 'faulted', error: { code: 'EXECUTOR_FAILED', message: error instanceof Error ? error.message : String(error) } };
      });

      return {
        done,
        stop(mode) {
          stopRequested = true;
          if (robotJobId !== undefined) void stopOnRobot();
          // `kill`: stop following at once; the robot is still asked to stop.
          if (mode === 'kill') abort.abort();
        },
        message(channel, payload) {
          if (robotJobId === undefined) throw new RobotBridgeError('JOB_NOT_RUNNING', 'The robot has not started this job yet.');
          if (!features.includes('ClientMessage')) {
            throw new RobotBridgeError('EXECUTOR_FAILED', 'This UiPath Robot does not take client messages; update UiPath Assistant.');
          }
          void session
            .request(
              'POST',
              'SendClientMessage',
              { jobId: robotJobId },
              { channelName: channel, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) },
            )
            .catch((error: unknown) =>
              reporter.log('warn', `The robot did not take the message: ${error instanceof Error ? error.message : String(error)}`),
            );
        },
      };
    },
  };
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string' && error.length > 0) return error;
  const message =
    (error as { Message?: unknown; message?: unknown } | undefined)?.Message ?? (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : 'The process faulted on the robot.';
}

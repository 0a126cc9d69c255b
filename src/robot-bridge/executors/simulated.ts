import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { localArgumentSchema, jobErrorSchema, LOG_LEVELS, type LocalProcess } from '../../shared/robot-protocol';
import type { BridgeClock } from '../clock';
import { RobotBridgeError } from '../errors';
import type { Executor, JobOutcome, RunningJob } from './types';

const stepSchema = z.object({
  /** Milliseconds after the job started. */
  at: z.number().nonnegative(),
  log: z.string().optional(),
  level: z.enum(LOG_LEVELS).optional(),
  progress: z.string().optional(),
  event: z.object({ channel: z.string(), payload: z.unknown() }).optional(),
});

export const simulatedProcessSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  version: z.string().default('1.0.0'),
  description: z.string().default(''),
  installed: z.boolean().default(true),
  inputArguments: z.array(localArgumentSchema).default([]),
  durationMs: z.number().nonnegative(),
  steps: z.array(stepSchema).default([]),
  outcome: z.enum(['successful', 'faulted']).default('successful'),
  error: jobErrorSchema.optional(),
  outputArguments: z.record(z.string(), z.unknown()).optional(),
  /** Output arguments that copy input arguments: `{ "Greeting": "Name" }` copies input Name. */
  echoInputs: z.record(z.string(), z.string()).optional(),
});
export type SimulatedProcess = z.infer<typeof simulatedProcessSchema>;

export const simulatedCatalogSchema = z.object({
  concurrentJobs: z.boolean().default(false),
  processes: z.array(simulatedProcessSchema),
});
export type SimulatedCatalog = z.input<typeof simulatedCatalogSchema>;

export function loadSimulatedCatalog(file: string): z.infer<typeof simulatedCatalogSchema> {
  const parsed = simulatedCatalogSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The simulated catalog ${file} is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Processes from a JSON catalog with scripted timing, logs, outcome and outputs; time comes from `clock`. */
export function createSimulatedExecutor(deps: { catalog: SimulatedCatalog; clock: BridgeClock }): Executor {
  const catalog = simulatedCatalogSchema.parse(deps.catalog);
  const processes = new Map(catalog.processes.map((process) => [process.key, { ...process }]));
  const changeListeners = new Set<() => void>();

  return {
    name: 'simulated',
    features: ['InstallProcess', 'ClientMessage', 'UseGivenJobId'],
    allowsConcurrentJobs: catalog.concurrentJobs,

    async listProcesses(): Promise<LocalProcess[]> {
      return [...processes.values()].map((process) => ({
        key: process.key,
        name: process.name,
        version: process.version,
        description: process.description,
        installed: process.installed,
        inputArguments: process.inputArguments,
      }));
    },

    async install(key) {
      const process = processes.get(key);
      if (!process) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${key}" on this robot.`);
      if (process.installed) return;
      process.installed = true;
      for (const listener of [...changeListeners]) listener();
    },

    start({ process: localProcess, inputArguments, reporter }): RunningJob {
      const script = processes.get(localProcess.key);
      if (!script) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${localProcess.key}".`);
      const cancels: (() => void)[] = [];
      let settle!: (outcome: JobOutcome) => void;
      let isSettled = false;
      const done = new Promise<JobOutcome>((resolve) => (settle = resolve));
      const finish = (outcome: JobOutcome): void => {
        if (isSettled) return;
        isSettled = true;
        for (const cancel of cancels) cancel();
        settle(outcome);
      };

      for (const step of script.steps) {
        cancels.push(
          deps.clock.setTimeout(() => {
            if (step.log !== undefined) reporter.log(step.level ?? 'info', step.log);
            if (step.progress !== undefined) reporter.progress(step.progress);
            if (step.event) reporter.event(step.event.channel, step.event.payload);
          }, step.at),
        );
      }
      cancels.push(
        deps.clock.setTimeout(() => {
          const outputArguments: Record<string, unknown> = { ...script.outputArguments };
          for (const [output, input] of Object.entries(script.echoInputs ?? {})) outputArguments[output] = inputArguments[input];
          const hasOutput = Object.keys(outputArguments).length > 0;
          if (script.outcome === 'faulted') {
            finish({
              state: 'faulted',
              error: script.error ?? { code: 'SIMULATED_FAULT', message: 'The simulated process faulted.' },
            });
          } else {
            finish({ state: 'successful', ...(hasOutput ? { outputArguments } : {}) });
          }
        }, script.durationMs),
      );

      return {
        done,
        // A simulated job has nothing to clean up, so both modes end it at once.
        stop: () => finish({ state: 'stopped' }),
        message: (channel, payload) => reporter.event(`reply:${channel}`, payload),
      };
    },

    onProcessesChanged(listener) {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
  };
}

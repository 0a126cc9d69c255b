import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { argumentSchemaSchema, type LocalProcess } from '../../shared/robot-protocol';
import type { BridgeClock } from '../clock';
import { RobotBridgeError } from '../errors';
import { DEFAULT_STOP_GRACE_MS, runChild } from './command';
import type { Executor, JobOutcome } from './types';

export const DEFAULT_UIROBOT_PATH = 'C:\\Program Files\\UiPath\\Studio\\UiRobot.exe';

/** A process the UiPath Robot can run: a package/workflow file, or a process name known to the robot. */
export const uiRobotProcessSchema = z
  .object({
    key: z.string().min(1),
    name: z.string().min(1),
    version: z.string().default(''),
    description: z.string().default(''),
    file: z.string().optional(),
    process: z.string().optional(),
    folder: z.string().optional(),
    entry: z.string().optional(),
    inputArguments: z.array(argumentSchemaSchema).default([]),
  })
  .refine((value) => (value.file === undefined) !== (value.process === undefined), {
    message: 'Give exactly one of "file" or "process".',
  });
export type UiRobotProcess = z.infer<typeof uiRobotProcessSchema>;

export const uiRobotConfigSchema = z.object({
  uiRobotPath: z.string().default(DEFAULT_UIROBOT_PATH),
  processes: z.array(uiRobotProcessSchema),
});

/**
 * The `UiRobot.exe execute` argument list (docs.uipath.com, Robot command line): `--file` runs a
 * package or workflow file, `--process` a process the robot already knows; `--input` takes JSON.
 * No shell is involved, so the JSON needs no quoting.
 */
export function buildUiRobotExecuteArgs(target: {
  file?: string;
  process?: string;
  folder?: string;
  entry?: string;
  input?: Record<string, unknown>;
}): string[] {
  if ((target.file === undefined) === (target.process === undefined)) {
    throw new RobotBridgeError('INTERNAL', 'A UiRobot process needs exactly one of file or process.');
  }
  const args = ['execute'];
  if (target.file !== undefined) args.push('--file', target.file);
  if (target.process !== undefined) args.push('--process', target.process);
  if (target.folder !== undefined) args.push('--folder', target.folder);
  if (target.entry !== undefined) args.push('--entry', target.entry);
  if (target.input !== undefined && Object.keys(target.input).length > 0) args.push('--input', JSON.stringify(target.input));
  return args;
}

/** UiRobot prints the output arguments as a JSON object when a job succeeds; take the last one found. */
export function parseUiRobotOutput(stdout: string[]): Record<string, unknown> | undefined {
  for (let index = stdout.length - 1; index >= 0; index -= 1) {
    const line = stdout[index]!.trim();
    if (!line.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // not JSON: keep looking
    }
  }
  return undefined;
}

export function createUiRobotExecutor(deps: {
  configFile?: string;
  config?: z.input<typeof uiRobotConfigSchema>;
  clock: BridgeClock;
  platform?: NodeJS.Platform;
}): Executor {
  const config = uiRobotConfigSchema.parse(
    deps.config ?? (deps.configFile && existsSync(deps.configFile) ? JSON.parse(readFileSync(deps.configFile, 'utf8')) : { processes: [] }),
  );
  const platform = deps.platform ?? process.platform;
  const byKey = new Map(config.processes.map((entry) => [entry.key, entry]));
  const toLocal = (entry: UiRobotProcess): LocalProcess => ({
    key: entry.key,
    name: entry.name,
    version: entry.version,
    description: entry.description,
    installed: true,
    inputArguments: entry.inputArguments,
  });

  return {
    name: 'uirobot',
    features: ['UseGivenJobId'],
    // An attended UiPath Robot runs one foreground job at a time.
    allowsConcurrentJobs: false,
    async listProcesses() {
      return config.processes.map(toLocal);
    },
    async install(key) {
      if (!byKey.has(key)) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${key}" on this robot.`);
    },
    start({ process: localProcess, inputArguments, reporter }) {
      const entry = byKey.get(localProcess.key);
      if (!entry) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${localProcess.key}".`);
      if (platform !== 'win32') {
        throw new RobotBridgeError('EXECUTOR_FAILED', 'The uirobot executor runs only on Windows, where UiRobot.exe is installed.');
      }
      return runChild({
        command: config.uiRobotPath,
        args: buildUiRobotExecuteArgs({ ...entry, input: inputArguments }),
        reporter,
        clock: deps.clock,
        stopGraceMs: DEFAULT_STOP_GRACE_MS,
        isJsonLines: false,
        onExit(code, stdout): JobOutcome | undefined {
          if (code !== 0) return undefined;
          const outputArguments = parseUiRobotOutput(stdout);
          return { state: 'successful', ...(outputArguments ? { outputArguments } : {}) };
        },
      });
    },
  };
}

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { z } from 'zod';
import { argumentSchemaSchema, type LocalProcess } from '../../shared/robot-protocol';
import type { BridgeClock } from '../clock';
import { RobotBridgeError } from '../errors';
import { DEFAULT_STOP_GRACE_MS, runChild } from './command';
import type { Executor, JobOutcome } from './types';

/**
 * The older layout's path, used only when a configuration names none and detection found nothing;
 * current robots install under `UiPathPlatform\\Robot\\<version>` (src/robot-bridge/detect.ts).
 */
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
  })
  // UiRobot.exe: `--folder` works only with `--process` (anchors-assistant-robotjs.md §3.2).
  .refine((value) => value.folder === undefined || value.process !== undefined, {
    message: '"folder" goes with "process" only (an Orchestrator folder of a process the robot knows).',
  });
export type UiRobotProcess = z.infer<typeof uiRobotProcessSchema>;

export const uiRobotConfigSchema = z.object({
  uiRobotPath: z.string().default(DEFAULT_UIROBOT_PATH),
  processes: z.array(uiRobotProcessSchema).default([]),
  /** The robot's local feed; default `%ProgramData%\UiPath\Packages` on Windows (anchors §2). */
  feedDir: z.string().optional(),
});

const PACKAGE_FILE = /^(.+?)\.(\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)\.nupkg$/;

/** 1.10.0 after 1.9.2; a pre-release before its release. */
function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return difference;
  }
  if (preA === preB) return 0;
  return preA === undefined ? 1 : preB === undefined ? -1 : preA.localeCompare(preB);
}

/**
 * The processes of the robot's local feed (`<Name>.<Version>.nupkg`, the newest version of each),
 * run with `--file`, which needs no install. UiPath Assistant lists the same feed when it is not
 * connected to Orchestrator (anchors-assistant-robotjs.md §2, "Offline").
 */
export function listFeedPackages(feedDir: string): UiRobotProcess[] {
  let names: string[];
  try {
    names = readdirSync(feedDir);
  } catch {
    return [];
  }
  const newest = new Map<string, { version: string; file: string }>();
  for (const file of names) {
    const match = PACKAGE_FILE.exec(file);
    if (!match) continue;
    const [, name = '', version = ''] = match;
    const known = newest.get(name);
    if (!known || compareVersions(version, known.version) > 0) newest.set(name, { version, file });
  }
  return [...newest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { version, file }]) => ({
      key: `feed:${name}`,
      name,
      version,
      description: 'From the local packages feed.',
      file: join(feedDir, file),
      inputArguments: [],
    }));
}

function defaultFeedDir(platform: NodeJS.Platform): string | undefined {
  return platform === 'win32' ? win32.join(process.env.ProgramData ?? 'C:\\ProgramData', 'UiPath', 'Packages') : undefined;
}

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
  if (target.folder !== undefined && target.process === undefined) {
    throw new RobotBridgeError('INTERNAL', 'UiRobot.exe accepts --folder only with --process.');
  }
  const args = ['execute'];
  if (target.file !== undefined) args.push('--file', target.file);
  if (target.process !== undefined) args.push('--process', target.process);
  if (target.folder !== undefined) args.push('--folder', target.folder);
  if (target.entry !== undefined) args.push('--entry', target.entry);
  if (target.input !== undefined && Object.keys(target.input).length > 0) args.push('--input', JSON.stringify(target.input));
  return args;
}

/** `UiRobot.exe installprocess --process-name <name> [--folder <folder>]`: from Orchestrator's feed if connected, else the local feed. */
export function buildUiRobotInstallArgs(target: { process: string; folder?: string }): string[] {
  return ['installprocess', '--process-name', target.process, ...(target.folder !== undefined ? ['--folder', target.folder] : [])];
}

/** Runs UiRobot.exe to its end without a shell; resolves with the exit code and the last line it printed. */
function runToEnd(command: string, args: string[]): Promise<{ code: number | null; lastLine: string }> {
  return new Promise((resolve) => {
    let lastLine = '';
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args, { shell: false, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      return resolve({ code: null, lastLine: error instanceof Error ? error.message : String(error) });
    }
    const remember = (chunk: Buffer) => {
      const lines = chunk
        .toString('utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim().length > 0);
      if (lines.length > 0) lastLine = lines.at(-1)!.trim();
    };
    child.stdout?.on('data', remember);
    child.stderr?.on('data', remember);
    child.on('error', (error) => void (lastLine = error.message));
    child.on('close', (code) => resolve({ code, lastLine }));
  });
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
  // Configured processes first; the feed adds the packages not configured by name.
  const feedDir = config.feedDir ?? defaultFeedDir(platform);
  const configured = new Set(config.processes.map((entry) => entry.name.toLowerCase()));
  const processes = [
    ...config.processes,
    ...(feedDir ? listFeedPackages(feedDir).filter((entry) => !configured.has(entry.name.toLowerCase())) : []),
  ];
  const byKey = new Map(processes.map((entry) => [entry.key, entry]));
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
      return processes.map(toLocal);
    },
    async install(key) {
      const entry = byKey.get(key);
      if (!entry) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${key}" on this robot.`);
      // A package file needs no install; a named process is installed by the robot from its feed.
      if (entry.process === undefined) return;
      if (platform !== 'win32') {
        throw new RobotBridgeError('EXECUTOR_FAILED', 'The uirobot executor runs only on Windows, where UiRobot.exe is installed.');
      }
      const { code, lastLine } = await runToEnd(
        config.uiRobotPath,
        buildUiRobotInstallArgs({ process: entry.process, folder: entry.folder }),
      );
      if (code !== 0) {
        throw new RobotBridgeError('EXECUTOR_FAILED', `UiRobot.exe could not install ${entry.name}${lastLine ? `: ${lastLine}` : '.'}`);
      }
    },
    start({ process: localProcess, inputArguments, reporter }) {
      const entry = byKey.get(localProcess.key);
      if (!entry) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process with key "${localProcess.key}".`);
      if (platform !== 'win32') {
        throw new RobotBridgeError('EXECUTOR_FAILED', 'The uirobot executor runs only on Windows, where UiRobot.exe is installed.');
      }
      const child = runChild({
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
      let stopRequested = false;
      return {
        done: child.done,
        // UiRobot.exe has no command that stops a job it started, and ending the client leaves the job
        // running in the robot: so a stop is reported for what it is, and the job is followed to its end.
        stop(mode) {
          if (mode === 'kill') {
            reporter.log('warn', 'UiRobot.exe was ended; the robot may still finish the job on its own.');
            child.stop('kill');
            return;
          }
          if (stopRequested) return;
          stopRequested = true;
          reporter.progress('Stop requested; the robot may still finish the job.');
          reporter.log('warn', 'UiRobot.exe cannot stop a job it started; Baton keeps following it until it ends.');
        },
      };
    },
  };
}

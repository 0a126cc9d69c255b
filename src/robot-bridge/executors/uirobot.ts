import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { OFFERED_PROCESSES_FEATURE } from '../../shared/robot-protocol';
import type { BridgeClock } from '../clock';
import { RobotBridgeError } from '../errors';
import { DEFAULT_STOP_GRACE_MS, runChild } from './command';
import type { Executor, JobOutcome } from './types';
import { createUiRobotProcessList, defaultFeedDir, toLocalProcess, uiRobotProcessSchema } from './uirobot-processes';

export { listFeedPackages, offeredProcessKey, uiRobotProcessSchema, type UiRobotProcess } from './uirobot-processes';

/**
 * The older layout's path, used only when a configuration names none and detection found nothing;
 * current robots install under `UiPathPlatform\\Robot\\<version>` (src/robot-bridge/detect.ts).
 */
export const DEFAULT_UIROBOT_PATH = 'C:\\Program Files\\UiPath\\Studio\\UiRobot.exe';

export const uiRobotConfigSchema = z.object({
  uiRobotPath: z.string().default(DEFAULT_UIROBOT_PATH),
  processes: z.array(uiRobotProcessSchema).default([]),
  /** The robot's local feed; default `%ProgramData%\UiPath\Packages` on Windows (anchors §2). */
  feedDir: z.string().optional(),
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
  const processes = createUiRobotProcessList({ configured: config.processes, feedDir: config.feedDir ?? defaultFeedDir(platform) });

  return {
    name: 'uirobot',
    features: ['UseGivenJobId', OFFERED_PROCESSES_FEATURE],
    // An attended UiPath Robot runs one foreground job at a time.
    allowsConcurrentJobs: false,
    async listProcesses() {
      return processes.list().map(toLocalProcess);
    },
    offerProcesses: (offered) => processes.offer(offered),
    onProcessesChanged: (listener) => processes.onChanged(listener),
    async install(key) {
      const entry = processes.find(key);
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
      const entry = processes.find(localProcess.key);
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

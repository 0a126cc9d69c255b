import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { localArgumentSchema, LOG_LEVELS, type LocalProcess } from '../../shared/robot-protocol';
import type { BridgeClock } from '../clock';
import { RobotBridgeError } from '../errors';
import type { Executor, JobOutcome, JobReporter, RunningJob } from './types';

export const processManifestSchema = z.object({
  name: z.string().min(1),
  version: z.string().default('1.0.0'),
  description: z.string().default(''),
  /** Run without a shell. `node` means the Node.js running the bridge; `./x` is relative to the folder. */
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  inputArguments: z.array(localArgumentSchema).default([]),
  /** How long a soft stop waits after SIGTERM before SIGKILL. */
  stopGraceMs: z.number().int().positive().optional(),
});
export type ProcessManifest = z.infer<typeof processManifestSchema>;

/** One JSON line a process writes to stdout. Anything else on stdout is logged as text. */
export const processLineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('log'), level: z.enum(LOG_LEVELS).default('info'), message: z.string() }),
  z.object({ type: z.literal('progress'), message: z.string() }),
  z.object({ type: z.literal('output'), arguments: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('event'), channel: z.string(), payload: z.unknown() }),
]);

export const DEFAULT_STOP_GRACE_MS = 5_000;

interface LoadedProcess {
  process: LocalProcess;
  manifest: ProcessManifest;
  folder: string;
}

/** Reads `<dir>/<key>/process.json` for every subfolder; an invalid manifest is skipped with a warning. */
export function scanProcessFolder(dir: string, warn: (message: string) => void = () => {}): Map<string, LoadedProcess> {
  const found = new Map<string, LoadedProcess>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    const manifestFile = join(folder, 'process.json');
    if (!existsSync(manifestFile)) continue;
    try {
      const manifest = processManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
      found.set(entry.name, {
        folder,
        manifest,
        process: {
          key: entry.name,
          name: manifest.name,
          version: manifest.version,
          description: manifest.description,
          installed: true,
          inputArguments: manifest.inputArguments,
        },
      });
    } catch (error) {
      warn(`Skipping ${manifestFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return found;
}

export function resolveCommand(command: string, folder: string): string {
  if (command === 'node') return process.execPath;
  if (command.startsWith('./') || command.startsWith('../')) return resolve(folder, command);
  return command; // absolute, or looked up on PATH by spawn
}

/** Each process is a folder with a process.json; a job is a child process fed its input on stdin. */
export function createCommandExecutor(deps: {
  processesDir: string;
  clock: BridgeClock;
  stopGraceMs?: number;
  warn?: (message: string) => void;
}): Executor {
  const scan = () => scanProcessFolder(deps.processesDir, deps.warn);

  return {
    name: 'command',
    features: process.platform === 'win32' ? ['UseGivenJobId'] : ['UseGivenJobId', 'Pause'],
    allowsConcurrentJobs: true,
    async listProcesses() {
      return [...scan().values()].map((loaded) => loaded.process);
    },
    async install(key) {
      if (!scan().has(key)) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process folder "${key}" on this robot.`);
    },
    start({ process: localProcess, inputArguments, reporter }) {
      const loaded = scan().get(localProcess.key);
      if (!loaded) throw new RobotBridgeError('PROCESS_NOT_FOUND', `No process folder "${localProcess.key}".`);
      return runChild({
        command: resolveCommand(loaded.manifest.command, loaded.folder),
        args: loaded.manifest.args,
        cwd: loaded.folder,
        stdin: JSON.stringify(inputArguments),
        reporter,
        clock: deps.clock,
        stopGraceMs: loaded.manifest.stopGraceMs ?? deps.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
      });
    },
  };
}

export function runChild(options: {
  command: string;
  args: string[];
  cwd?: string;
  stdin?: string;
  reporter: JobReporter;
  clock: BridgeClock;
  stopGraceMs: number;
  /** Parses stdout lines as JSON (command executor); off for programs that print plain text. */
  isJsonLines?: boolean;
  /** Called with the full stdout at exit, for executors that read a result from it. */
  onExit?: (code: number | null, stdout: string[]) => JobOutcome | undefined;
}): RunningJob {
  const { reporter } = options;
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(options.command, options.args, {
      cwd: options.cwd,
      shell: false,
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      // POSIX: the job leads its own process group, so pause, resume and stop reach what it started too.
      detached: canSignalGroup,
    });
  } catch (error) {
    throw new RobotBridgeError('EXECUTOR_FAILED', `Could not start ${options.command}: ${errorMessage(error)}`);
  }
  let stopRequested = false;
  let cancelKill: (() => void) | undefined;
  let spawnError: Error | undefined;
  let lastStderr = '';
  const stdoutLines: string[] = [];

  child.stdin?.on('error', () => {}); // A child that never reads stdin closes it early; that is fine.
  child.stdin?.end(options.stdin ?? '');

  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (stdoutLines.length < 10_000) stdoutLines.push(line);
    if (options.isJsonLines === false) return reporter.log('info', line);
    handleLine(line, reporter);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    lastStderr = line;
    reporter.log('warn', line);
  });
  child.on('error', (error) => void (spawnError = error));

  const done = new Promise<JobOutcome>((settle) => {
    child.on('close', (code, signal) => {
      cancelKill?.();
      if (stopRequested) return settle({ state: 'stopped' });
      if (spawnError) {
        return settle({
          state: 'faulted',
          error: { code: 'SPAWN_FAILED', message: `Could not start ${options.command}: ${spawnError.message}` },
        });
      }
      const custom = options.onExit?.(code, stdoutLines);
      if (custom) return settle(custom);
      if (code === 0) return settle({ state: 'successful' });
      settle({
        state: 'faulted',
        error: {
          code: signal ? `SIGNAL_${signal}` : `EXIT_${code}`,
          message: lastStderr || (signal ? `The process was ended by ${signal}.` : `The process exited with code ${code}.`),
        },
      });
    });
  });

  const hasEnded = () => child.exitCode !== null || child.signalCode !== null;
  const signal = (name: NodeJS.Signals): void => {
    try {
      if (canSignalGroup && child.pid !== undefined) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // Already gone.
    }
  };

  return {
    done,
    stop(mode) {
      stopRequested = true;
      if (hasEnded()) return;
      if (mode === 'kill') {
        signal('SIGKILL');
        return;
      }
      signal('SIGTERM');
      // A paused job must run again to see SIGTERM.
      signal('SIGCONT');
      cancelKill?.();
      cancelKill = options.clock.setTimeout(() => {
        if (!hasEnded()) signal('SIGKILL');
      }, options.stopGraceMs);
    },
    ...(canSignalGroup
      ? {
          pause: () => void (hasEnded() || signal('SIGSTOP')),
          resume: () => void (hasEnded() || signal('SIGCONT')),
        }
      : {}),
  };
}

/** Process groups and SIGSTOP/SIGCONT exist on POSIX only; Windows has no equivalent for a process tree. */
const canSignalGroup = process.platform !== 'win32';

function handleLine(line: string, reporter: JobReporter): void {
  if (!line.trim()) return;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return reporter.log('info', line);
  }
  const parsed = processLineSchema.safeParse(json);
  if (!parsed.success) return reporter.log('info', line);
  const message = parsed.data;
  switch (message.type) {
    case 'log':
      return reporter.log(message.level, message.message);
    case 'progress':
      return reporter.progress(message.message);
    case 'output':
      return reporter.output(message.arguments);
    case 'event':
      return reporter.event(message.channel, message.payload);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

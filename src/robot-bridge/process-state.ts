import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { localArgumentSchema, type LocalArgument } from '../shared/robot-protocol';

const fileSchema = z.object({
  version: z.literal(1),
  processes: z.record(z.string(), z.object({ installedAt: z.string(), inputArguments: z.array(localArgumentSchema) })),
});

/**
 * What installing a process taught the bridge, kept per process version so it survives restarts:
 * RobotJS gives a process's input schema only from InstallProcess (anchors §2.6), so without this
 * every process looks "not installed" again after a restart and runs with inputs fail.
 */
export interface ProcessStateStore {
  /** The schema learnt at install, or undefined if this version was never installed here. */
  installed(key: string, version: string): LocalArgument[] | undefined;
  remember(key: string, version: string, inputArguments: LocalArgument[]): void;
}

export function createProcessStateStore(options: { file?: string; now?: () => number } = {}): ProcessStateStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { installedAt: string; inputArguments: LocalArgument[] }>(Object.entries(read(options.file)));
  const id = (key: string, version: string) => `${key}@${version}`;
  return {
    installed: (key, version) => entries.get(id(key, version))?.inputArguments,
    remember(key, version, inputArguments) {
      entries.set(id(key, version), { installedAt: new Date(now()).toISOString(), inputArguments });
      if (options.file) write(options.file, Object.fromEntries(entries));
    },
  };
}

function read(file: string | undefined): z.infer<typeof fileSchema>['processes'] {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    // A damaged file only costs an install again; it never stops the bridge.
    return parsed.success ? parsed.data.processes : {};
  } catch {
    return {};
  }
}

function write(file: string, processes: z.infer<typeof fileSchema>['processes']): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, processes }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

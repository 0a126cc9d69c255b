import { readdirSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { z } from 'zod';
import { localArgumentSchema, type LocalProcess, type OfferedProcess } from '../../shared/robot-protocol';

/**
 * What the `uirobot` executor lists: the configured processes; then the Orchestrator processes the
 * person signed in to Baton offered (run by name and folder, as UiPath Assistant lists them when
 * connected); or, when none were offered, the packages of the robot's local feed (as the Assistant
 * lists them offline, anchors-assistant-robotjs.md §2).
 */

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
    inputArguments: z.array(localArgumentSchema).default([]),
  })
  .refine((value) => (value.file === undefined) !== (value.process === undefined), {
    message: 'Give exactly one of "file" or "process".',
  })
  // UiRobot.exe: `--folder` works only with `--process` (anchors-assistant-robotjs.md §3.2).
  .refine((value) => value.folder === undefined || value.process !== undefined, {
    message: '"folder" goes with "process" only (an Orchestrator folder of a process the robot knows).',
  });
export type UiRobotProcess = z.infer<typeof uiRobotProcessSchema>;

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

export function defaultFeedDir(platform: NodeJS.Platform): string | undefined {
  return platform === 'win32' ? win32.join(process.env.ProgramData ?? 'C:\\ProgramData', 'UiPath', 'Packages') : undefined;
}

/** `orchestrator:<folder>/<name>`: stable across offers, so a run's process key survives a refresh. */
export function offeredProcessKey(process: Pick<OfferedProcess, 'folder' | 'name'>): string {
  return `orchestrator:${process.folder}/${process.name}`;
}

export interface UiRobotProcessList {
  list(): UiRobotProcess[];
  find(key: string): UiRobotProcess | undefined;
  /** Replaces the offered Orchestrator processes; answers how many are listed from the offer. */
  offer(processes: OfferedProcess[]): number;
  onChanged(listener: () => void): () => void;
}

export function createUiRobotProcessList(options: { configured: UiRobotProcess[]; feedDir?: string }): UiRobotProcessList {
  const configuredNames = new Set(options.configured.map((entry) => entry.name.toLowerCase()));
  // The feed is read once, at start, like the Assistant's offline list; a configured name wins.
  const feed = options.feedDir ? listFeedPackages(options.feedDir).filter((entry) => !configuredNames.has(entry.name.toLowerCase())) : [];
  let offered: UiRobotProcess[] = [];
  let processes: UiRobotProcess[] = [...options.configured, ...feed];
  let byKey = new Map(processes.map((entry) => [entry.key, entry]));
  const listeners = new Set<() => void>();

  return {
    list: () => processes,
    find: (key) => byKey.get(key),
    offer(next) {
      offered = next
        .filter((entry) => !configuredNames.has(entry.name.toLowerCase()))
        .map((entry) => ({
          key: offeredProcessKey(entry),
          name: entry.name,
          version: entry.version,
          description: entry.description,
          process: entry.name,
          folder: entry.folder,
          inputArguments: entry.inputArguments,
        }));
      processes = [...options.configured, ...(offered.length > 0 ? offered : feed)];
      byKey = new Map(processes.map((entry) => [entry.key, entry]));
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch {
          // one failing listener does not keep the others from hearing of the change
        }
      }
      return offered.length;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function toLocalProcess(entry: UiRobotProcess): LocalProcess {
  return {
    key: entry.key,
    name: entry.name,
    version: entry.version,
    description: entry.description,
    installed: true,
    inputArguments: entry.inputArguments,
  };
}

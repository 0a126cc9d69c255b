import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageText } from '../shared/i18n';
import { ROBOTJS_DISCOVERY_PORT } from './executors';

export type ExecutorKind = 'simulated' | 'command' | 'uirobot' | 'robotjs';

/** What the bridge found on this machine, and why it chose (or could not choose) an executor. */
export interface Detection {
  executor: ExecutorKind | undefined;
  /** One sentence per thing looked at, in the order looked at; shown on the Robot screen. */
  evidence: string[];
  /** The same sentences as message ids (docs/i18n.md), one per line, for Baton to show in the person's language. */
  evidenceText: MessageText[];
  uiRobotPath?: string;
  /** When nothing was found: what to install or configure. */
  hint?: string;
}

export interface DetectionInput {
  /** The person's choice; wins over what the machine has (its evidence still says what was there). */
  override?: ExecutorKind;
  /** A configured command folder (the setting robot.processesDir or `BATON_ROBOT_PROCESSES`). */
  processesDir?: string;
  robotJsPort?: number;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** true if RobotJS answers GetPort on the port (any HTTP answer, consent or not, means it is there). */
  probeRobotJs?: (port: number) => Promise<boolean>;
  isFile?: (path: string) => boolean;
  isDirectory?: (path: string) => boolean;
  listDirectory?: (path: string) => string[];
}

export const NO_ROBOT_HINT =
  'Install UiPath Assistant (with the Robot) on this machine, or point Baton at a folder of command processes: BATON_ROBOT_PROCESSES=DIR.';

/**
 * Where `UiRobot.exe` lives, newest layout first (anchors-assistant-robotjs.md §3.1): per machine
 * `%ProgramFiles%\UiPathPlatform\Robot\<version>`, per user `%LocalAppData%\Programs\UiPathPlatform\Robot\<version>`,
 * then the older Studio folders (per machine, per user). Versions are tried newest first.
 */
export function findUiRobot(input: Pick<DetectionInput, 'env' | 'isFile' | 'isDirectory' | 'listDirectory'>): {
  path: string | undefined;
  looked: string[];
} {
  const env = input.env ?? process.env;
  const isFile = input.isFile ?? defaultIsFile;
  const isDirectory = input.isDirectory ?? defaultIsDirectory;
  const listDirectory = input.listDirectory ?? defaultList;
  const programFiles = env.ProgramFiles ?? env.PROGRAMFILES ?? 'C:\\Program Files';
  const localAppData = env.LOCALAPPDATA ?? env.LocalAppData;
  const versioned = [
    join(programFiles, 'UiPathPlatform', 'Robot'),
    ...(localAppData ? [join(localAppData, 'Programs', 'UiPathPlatform', 'Robot')] : []),
  ];
  const older = [join(programFiles, 'UiPath', 'Studio'), ...(localAppData ? [join(localAppData, 'Programs', 'UiPath', 'Studio')] : [])];
  const looked: string[] = [];
  for (const root of versioned) {
    looked.push(join(root, '<version>', 'UiRobot.exe'));
    if (!isDirectory(root)) continue;
    for (const version of listDirectory(root).sort(compareVersionsDescending)) {
      const candidate = join(root, version, 'UiRobot.exe');
      if (isFile(candidate)) return { path: candidate, looked };
    }
  }
  for (const folder of older) {
    const candidate = join(folder, 'UiRobot.exe');
    looked.push(candidate);
    if (isFile(candidate)) return { path: candidate, looked };
  }
  return { path: undefined, looked };
}

/** Chooses how jobs run from what the machine has: RobotJS answering → robotjs; UiRobot.exe → uirobot; a command folder → command. */
export async function detectExecutor(input: DetectionInput): Promise<Detection> {
  const platform = input.platform ?? process.platform;
  const port = input.robotJsPort ?? ROBOTJS_DISCOVERY_PORT;
  const evidence: string[] = [];
  // Each line in English (the robot bridge's own words, for other clients and the log) and as the
  // message id whose English is that line (the catalog's `diagnostics.evRobotJs…`), with the same values.
  const evidenceText: MessageText[] = [];
  const found = (english: string, id: MessageText['id'], values?: Record<string, string>) => {
    evidence.push(english);
    evidenceText.push(values ? { id, values } : { id });
  };
  const isDirectory = input.isDirectory ?? defaultIsDirectory;

  const hasRobotJs = await (input.probeRobotJs ?? probeRobotJs)(port).catch(() => false);
  if (hasRobotJs) found(`UiPath RobotJS answers on localhost:${port}.`, 'diagnostics.evRobotJsAnswers', { port: String(port) });
  else found(`Nothing answers as UiPath RobotJS on localhost:${port}.`, 'diagnostics.evRobotJsSilent', { port: String(port) });
  let uiRobotPath: string | undefined;
  if (platform === 'win32') {
    const uiRobot = findUiRobot(input);
    uiRobotPath = uiRobot.path;
    if (uiRobot.path) found(`UiRobot.exe found at ${uiRobot.path}.`, 'diagnostics.evUiRobotFound', { path: uiRobot.path });
    else {
      const paths = uiRobot.looked.join(', ');
      found(`No UiRobot.exe in ${paths}.`, 'diagnostics.evUiRobotMissing', { paths });
    }
  } else {
    found('UiPath Robot (UiRobot.exe) is looked for on Windows only.', 'diagnostics.evUiRobotWindowsOnly');
  }
  const hasFolder = input.processesDir !== undefined && isDirectory(input.processesDir);
  if (input.processesDir !== undefined) {
    const path = input.processesDir;
    if (hasFolder) found(`Command processes folder: ${path}.`, 'diagnostics.evCommandFolder', { path });
    else found(`The command processes folder ${path} does not exist.`, 'diagnostics.evCommandFolderMissing', { path });
  }

  const seen = { evidence, evidenceText };
  if (input.override) {
    found(`Chosen by you: ${input.override}.`, 'diagnostics.evChosenByYou', { executor: input.override });
    return { executor: input.override, ...seen, ...(uiRobotPath ? { uiRobotPath } : {}) };
  }
  if (hasRobotJs) return { executor: 'robotjs', ...seen, ...(uiRobotPath ? { uiRobotPath } : {}) };
  if (uiRobotPath) return { executor: 'uirobot', ...seen, uiRobotPath };
  if (hasFolder) return { executor: 'command', ...seen };
  return { executor: undefined, ...seen, hint: NO_ROBOT_HINT };
}

/** Any HTTP answer from GetPort (200, or 401 before consent) means RobotJS is there; refused or silent means not. */
export async function probeRobotJs(port: number, timeoutMs = 1_500): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(`http://localhost:${port}/GetPort`, { signal: controller.signal });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** "23.10.2" before "23.4.0" before "2019.10"; names that are not versions last. */
export function compareVersionsDescending(a: string, b: string): number {
  const parse = (text: string) => (/^\d+(\.\d+)*$/.test(text) ? text.split('.').map(Number) : undefined);
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return left ? -1 : right ? 1 : a.localeCompare(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (right[index] ?? 0) - (left[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function defaultIsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function defaultIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function defaultList(path: string): string[] {
  try {
    return existsSync(path) ? readdirSync(path) : [];
  } catch {
    return [];
  }
}

/**
 * The operating-system services the core needs, as interfaces. Core services receive these
 * from the composition root and never import `electron` or a host (DESIGN.md §1).
 * Implementations: platform/electron (desktop), platform/node (web host, CLI), platform/memory (tests).
 */
import type { ZodType } from 'zod';
import type { BatonNotification } from '../../shared/contract/app';
import type { TextParts } from '../../shared/message-parts';

/** Secrets at rest (refresh tokens, client secrets, robot tokens). */
export interface SecretVault {
  /** How secrets survive a restart: encrypted by the OS, in an owner-only file, or only for this session. */
  readonly persistence: 'os-encrypted' | 'owner-only-file' | 'session-only';
  /**
   * Where secrets are kept, for the person, as message ids with values (the keychain, the path, the
   * OS's own reason verbatim): the account menu and the CLI say it in their language, `inEnglish` gives the English.
   */
  describe(): TextParts;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Non-secret JSON settings (profiles, preferences, favourites, history). Writes are atomic. */
export interface SettingsStore {
  get<T>(key: string): T | undefined;
  /**
   * The value at `key` if it has the shape `schema` describes. A value of another shape (a
   * hand edit, an older or newer Baton) is set aside, kept where the person can find it, with a
   * warning that names the key; the caller gets undefined and uses its default.
   */
  read<T>(key: string, schema: ZodType<T>): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Removes every key ("Reset Baton"). */
  clear(): void;
  /** Where the file lives, for diagnostics. */
  readonly location: string;
}

/**
 * Files in the host's data folder, named by a path relative to it (`catalog-cache/p1.json`), for
 * what is too big for the settings. Folders and files are the person's alone; a write replaces the
 * file atomically. A path that is absolute or climbs out with `..` is refused.
 */
export interface Files {
  /** The file's text, or undefined when there is none (or it cannot be read). */
  read(path: string): string | undefined;
  /** Throws when it cannot write; the old file, if any, is then left as it was. */
  write(path: string, text: string): void;
  /** Removes a file, or a folder with everything in it; nothing there is fine. */
  remove(path: string): void;
  /** Where `path` lives, to name in a log line. */
  locate(path: string): string;
}

/** Opens a URL in the person's own browser (sign-in, sign-out). */
export interface Browser {
  open(url: string): Promise<void>;
}

/**
 * A notification to show. Only the notifications domain (src/main/notifications) decides and sends
 * them; a host shows them and reports clicks and button presses back.
 */
export type NotificationRequest = BatonNotification;

export interface Notifier {
  notify(notification: NotificationRequest): void;
}

/** `fetch` as the platform provides it (Electron's net.fetch applies the OS trust store). */
export type HttpFetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): () => void;
}

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

export type HostKind = 'electron' | 'web' | 'cli';

/** A child process with a private message channel, started by ChildProcessHost. */
export interface ForkedChild {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): () => void;
  /** Once, with the exit code (null when killed by a signal). */
  onExit(listener: (code: number | null) => void): () => void;
  /** Lines the child wrote to stderr (crash reports); for the log. */
  onStderr(listener: (line: string) => void): () => void;
  kill(): void;
}

/**
 * Runs one of Baton's own JavaScript modules as a child with a private message channel (the robot
 * bridge). Electron: `utilityProcess.fork` (no system Node needed). Node hosts leave it out and
 * the robot domain forks with `process.execPath`.
 */
export interface ChildProcessHost {
  fork(modulePath: string, options: { name: string; execArgv: string[] }): ForkedChild;
}

export interface Platform {
  host: HostKind;
  /** Folder where this host keeps its data (settings, history); BATON_HOME for Node hosts. */
  dataDir: string;
  vault: SecretVault;
  settings: SettingsStore;
  /** Files in `dataDir` (the catalog cache); in memory when there is no folder. */
  files: Files;
  browser: Browser;
  notifier: Notifier;
  fetch: HttpFetch;
  clock: Clock;
  logger: Logger;
  /** Runtime versions for app.info. */
  runtimes: Record<string, string>;
  /** How Baton starts its robot bridge; absent: a Node child with process.execPath. */
  childProcesses?: ChildProcessHost;
}

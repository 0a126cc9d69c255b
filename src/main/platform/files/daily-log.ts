import { appendFileSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createConsoleLogger, type LogLevel } from '../console-logger';
import type { Logger } from '../types';

/** Days of log files kept in the logs folder, today included. */
export const LOG_DAYS_KEPT = 14;

const LOG_FILE = /^baton-(\d{4})-(\d{2})-(\d{2})\.log$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** `baton-2025-03-07.log`, by the local calendar day: the day the person remembers the problem on. */
export function logFileName(date: Date): string {
  return `baton-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.log`;
}

/** Baton's daily files older than the last `keepDays` days; other files in the folder are left alone. */
export function logFilesToPrune(names: readonly string[], today: Date, keepDays: number = LOG_DAYS_KEPT): string[] {
  const oldestKept = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (Math.max(1, keepDays) - 1));
  const oldestName = logFileName(oldestKept);
  // Zero-padded ISO dates sort as text in date order.
  return names.filter((name) => LOG_FILE.test(name) && name < oldestName).sort();
}

export interface LogFileSystem {
  appendFileSync(path: string, data: string, options: { mode: number }): void;
  mkdirSync(path: string, options: { recursive: true; mode: number }): unknown;
  readdirSync(path: string): string[];
  unlinkSync(path: string): void;
}

const nodeFs: LogFileSystem = { appendFileSync, mkdirSync, readdirSync: (path) => readdirSync(path), unlinkSync };

export interface DailyLogOptions {
  dir: string;
  now?: () => Date;
  keepDays?: number;
  fs?: LogFileSystem;
  /** Told once when the file cannot be written (the line itself is dropped, Baton goes on). */
  onWriteError?(error: unknown): void;
}

export interface DailyLog {
  /** Appends one line to today's file; a new day starts a new file and prunes old ones. */
  write(line: string): void;
  prune(): void;
}

export function createDailyLog(options: DailyLogOptions): DailyLog {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  let currentName: string | undefined;
  let hasFailed = false;
  const fail = (error: unknown) => {
    if (hasFailed) return;
    hasFailed = true;
    options.onWriteError?.(error);
  };
  const prune = () => {
    try {
      for (const name of logFilesToPrune(fs.readdirSync(options.dir), now(), options.keepDays)) fs.unlinkSync(join(options.dir, name));
    } catch (error) {
      fail(error);
    }
  };
  return {
    write(line) {
      const name = logFileName(now());
      try {
        if (name !== currentName) {
          // Logs can name processes and folders: readable by this user only.
          fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
          currentName = name;
          prune();
        }
        fs.appendFileSync(join(options.dir, name), `${line}\n`, { mode: 0o600 });
      } catch (error) {
        fail(error);
      }
    },
    prune,
  };
}

/**
 * The desktop app's logger: the console logger's redacted JSON lines, to stderr and to the
 * day's file in the app's logs folder.
 */
export function createFileLogger(options: DailyLogOptions & { scope?: string; toStderr?: boolean; level?: LogLevel }): Logger {
  const log = createDailyLog({
    ...options,
    onWriteError:
      options.onWriteError ?? ((error) => process.stderr.write(`Baton cannot write its log file in ${options.dir}: ${String(error)}\n`)),
  });
  const toStderr = options.toStderr ?? true;
  return createConsoleLogger({
    level: options.level,
    scope: options.scope ?? 'baton',
    write: (line) => {
      if (toStderr) process.stderr.write(`${line}\n`);
      log.write(line);
    },
  });
}

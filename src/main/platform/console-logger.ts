import type { LogFields, Logger } from './types';
import { redact, redactText } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** json: one JSON object a line, for log collectors; human: sentences a person reads in a terminal. */
export type LogFormat = 'json' | 'human';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const HUMAN_PREFIX: Record<LogLevel, string> = { debug: 'debug: ', info: '', warn: 'warning: ', error: 'error: ' };

export interface ConsoleLoggerOptions {
  level?: LogLevel;
  scope?: string;
  format?: LogFormat;
  /** human format only: add the fields (key=value) after the sentence. */
  withFields?: boolean;
  write?: (line: string) => void;
}

/**
 * A logger writing one redacted line per entry to stderr (stdout belongs to CLI output): JSON for
 * machines, or for people `warning: …` and plain sentences, with no JSON around them.
 */
export function createConsoleLogger(options: ConsoleLoggerOptions = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const format = options.format ?? 'json';
  const make = (scope: string | undefined): Logger => {
    const log = (level: LogLevel) => (message: string, fields?: LogFields) => {
      if (ORDER[level] < threshold) return;
      write(
        format === 'json' ? jsonLine(level, scope, message, fields) : humanLine(level, message, options.withFields ? fields : undefined),
      );
    };
    return {
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      child: (child) => make(scope ? `${scope}.${child}` : child),
    };
  };
  return make(options.scope);
}

const RESERVED = new Set(['at', 'level', 'scope', 'message']);

/** The entry's own keys first; a field named `message` or `level` cannot overwrite them. */
export function jsonLine(level: LogLevel, scope: string | undefined, message: string, fields?: LogFields): string {
  const entry: LogFields = { at: new Date().toISOString(), level, ...(scope ? { scope } : {}), message: redactText(message) };
  if (fields) {
    for (const [key, value] of Object.entries(redact(fields) as LogFields)) {
      entry[RESERVED.has(key) ? `field.${key}` : key] = value;
    }
  }
  return JSON.stringify(entry);
}

function humanLine(level: LogLevel, message: string, fields?: LogFields): string {
  const extra = fields
    ? Object.entries(redact(fields) as LogFields)
        .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join('')
    : '';
  // One line: a message carrying a newline would otherwise look like two entries.
  return `${HUMAN_PREFIX[level]}${redactText(message).replace(/\s*\n\s*/g, ' ')}${extra}`;
}

/** Sends every entry to each of `loggers` (the terminal and the log file). */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    debug: (message, fields) => loggers.forEach((logger) => logger.debug(message, fields)),
    info: (message, fields) => loggers.forEach((logger) => logger.info(message, fields)),
    warn: (message, fields) => loggers.forEach((logger) => logger.warn(message, fields)),
    error: (message, fields) => loggers.forEach((logger) => logger.error(message, fields)),
    child: (scope) => teeLogger(...loggers.map((logger) => logger.child(scope))),
  };
}

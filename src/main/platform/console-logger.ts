import type { LogFields, Logger } from './types';
import { redact, redactText } from './redact';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** A logger writing one redacted JSON line per entry to stderr (stdout belongs to CLI output). */
export function createConsoleLogger(options: { level?: Level; scope?: string; write?: (line: string) => void } = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const make = (scope: string | undefined): Logger => {
    const log = (level: Level) => (message: string, fields?: LogFields) => {
      if (ORDER[level] < threshold) return;
      const entry = {
        at: new Date().toISOString(),
        level,
        ...(scope ? { scope } : {}),
        message: redactText(message),
        ...(fields ? (redact(fields) as LogFields) : {}),
      };
      write(JSON.stringify(entry));
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

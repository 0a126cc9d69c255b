import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDailyLog, createFileLogger, logFileName, logFilesToPrune } from '../../../../src/main/platform/files';

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('daily log file names and pruning', () => {
  it('names a file by the local calendar day, zero-padded', () => {
    expect(logFileName(new Date(2025, 2, 7, 23, 59))).toBe('baton-2025-03-07.log');
  });

  it('prunes only Baton files older than the last N days, across a month boundary', () => {
    const names = [
      'baton-2025-02-27.log',
      'baton-2025-02-28.log',
      'baton-2025-03-01.log',
      'baton-2025-03-02.log',
      'notes.txt',
      'baton-latest.log',
      'crash.dmp',
    ];
    expect(logFilesToPrune(names, day('2025-03-02'), 2)).toEqual(['baton-2025-02-27.log', 'baton-2025-02-28.log']);
    expect(logFilesToPrune(names, day('2025-03-02'), 14)).toEqual([]);
  });

  it('always keeps at least today', () => {
    expect(logFilesToPrune(['baton-2025-03-01.log', 'baton-2025-03-02.log'], day('2025-03-02'), 0)).toEqual(['baton-2025-03-01.log']);
  });
});

describe('the daily log in a folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'baton-logs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appends to the day’s file, starts a new file the next day and removes files past the kept days', async () => {
    await writeFile(join(dir, 'baton-2025-01-01.log'), 'old\n');
    await writeFile(join(dir, 'other.log'), 'not ours\n');
    let now = day('2025-03-01');
    const log = createDailyLog({ dir: join(dir, 'logs'), now: () => now, keepDays: 2 });
    const nested = createDailyLog({ dir, now: () => now, keepDays: 2 });
    log.write('one');
    log.write('two');
    nested.write('in the parent');
    now = day('2025-03-02');
    log.write('three');
    now = day('2025-03-03');
    log.write('four');

    expect(await readdir(join(dir, 'logs'))).toEqual(['baton-2025-03-02.log', 'baton-2025-03-03.log']);
    expect(await readFile(join(dir, 'logs', 'baton-2025-03-03.log'), 'utf8')).toBe('four\n');
    expect((await readdir(dir)).sort()).toEqual(['baton-2025-03-01.log', 'logs', 'other.log']);
  });

  it('makes the files readable by this user only', async () => {
    createDailyLog({ dir, now: () => day('2025-03-01') }).write('x');
    expect((await stat(join(dir, 'baton-2025-03-01.log'))).mode & 0o077).toBe(0);
  });

  it('reports a folder it cannot write once and goes on without throwing', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    const errors: unknown[] = [];
    const log = createDailyLog({ dir: join(blocker, 'logs'), onWriteError: (error) => errors.push(error) });
    expect(() => {
      log.write('a');
      log.write('b');
    }).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('writes redacted JSON lines through the console logger', async () => {
    const logger = createFileLogger({ dir, now: () => day('2025-03-01'), toStderr: false });
    logger.child('auth').warn('Token refresh failed', { accessToken: 'eyJhbGciOiJSUzI1NiJ9.secret.part', process: 'Invoices' });
    const [line] = (await readFile(join(dir, 'baton-2025-03-01.log'), 'utf8')).trim().split('\n');
    const entry = JSON.parse(line!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'warn', scope: 'baton.auth', message: 'Token refresh failed', process: 'Invoices' });
    expect(line).not.toContain('secret.part');
  });
});

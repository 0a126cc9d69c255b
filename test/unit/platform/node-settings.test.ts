import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createFileSettings } from '../../../src/main/platform/node';

describe('the Node settings store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what was written for the next start, in settings.json under the data folder', () => {
    const first = createFileSettings({ dir, logger: createRecordingLogger() });
    first.set('profiles', [{ id: 'p1', name: 'Acme' }]);
    const second = createFileSettings({ dir, logger: createRecordingLogger() });
    expect(second.get('profiles')).toEqual([{ id: 'p1', name: 'Acme' }]);
    expect(second.location).toBe(join(dir, 'settings.json'));
  });

  it('treats keys as flat names, like the in-memory store, even when they contain dots', () => {
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('catalog.cache', { at: 1 });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ 'catalog.cache': { at: 1 } });
    settings.delete('catalog.cache');
    expect(settings.get('catalog.cache')).toBeUndefined();
  });

  it('sets a corrupted file aside as a timestamped backup, says so in the log, and starts from defaults', () => {
    writeFileSync(join(dir, 'settings.json'), '{"profiles": [ {"id": "p1"', 'utf8');
    const logger = createRecordingLogger();
    const settings = createFileSettings({ dir, logger, now: () => Date.parse('2026-03-04T05:06:07.089Z') });

    expect(settings.get('profiles')).toBeUndefined();
    const backup = 'settings.json.corrupt-2026-03-04T05-06-07-089Z';
    expect(readdirSync(dir)).toContain(backup);
    expect(readFileSync(join(dir, backup), 'utf8')).toBe('{"profiles": [ {"id": "p1"');
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn', message: expect.stringContaining(join(dir, backup)) })]);
    expect(settings.setAside).toEqual([expect.objectContaining({ backup: join(dir, backup) })]);
  });

  it('writes new settings after recovering from a corrupted file', () => {
    writeFileSync(join(dir, 'settings.json'), 'not json at all', 'utf8');
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('theme', 'dark');
    expect(createFileSettings({ dir, logger: createRecordingLogger() }).get('theme')).toBe('dark');
  });

  it('sees what another process wrote, and a write changes only its own key', () => {
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('theme', 'dark');
    // Another process (the web host, another `baton` command) writes the file in between.
    const other = createFileSettings({ dir, logger: createRecordingLogger() });
    other.set('connection.profiles', [{ id: 'p2' }]);
    expect(settings.get('connection.profiles')).toEqual([{ id: 'p2' }]);
    settings.set('mode', 'cross-folder');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({
      theme: 'dark',
      'connection.profiles': [{ id: 'p2' }],
      mode: 'cross-folder',
    });
    settings.delete('mode');
    expect(other.get('mode')).toBeUndefined();
  });

  it('writes settings.json 0600 in a 0700 folder, and narrows a file an older version made 0644', () => {
    const home = join(dir, 'home');
    createFileSettings({ dir: home, logger: createRecordingLogger() }).set('theme', 'dark');
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'settings.json')).mode & 0o777).toBe(0o600);
    chmodSync(join(home, 'settings.json'), 0o644);
    createFileSettings({ dir: home, logger: createRecordingLogger() }).get('theme');
    expect(statSync(join(home, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  it('sets a key of the wrong shape aside in settings.json.corrupt-<time>, names it in a warning, and keeps the rest', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ 'connection.profiles': 'oops', theme: 'dark' }), 'utf8');
    const logger = createRecordingLogger();
    const settings = createFileSettings({ dir, logger, now: () => Date.parse('2026-03-04T05:06:07.089Z') });

    expect(settings.read('connection.profiles', z.array(z.unknown()))).toBeUndefined();
    const backup = join(dir, 'settings.json.corrupt-2026-03-04T05-06-07-089Z');
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toEqual({ 'connection.profiles': 'oops' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark' });
    expect(logger.lines).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('"connection.profiles" was not valid') }),
    ]);
    expect(settings.read('theme', z.string())).toBe('dark');
  });

  it('hands out copies: changing a value read or written does not change the settings', () => {
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    const written = { favourites: ['a'] };
    settings.set('catalog', written);
    written.favourites.push('b');
    settings.get<{ favourites: string[] }>('catalog')!.favourites.push('c');
    expect(settings.get('catalog')).toEqual({ favourites: ['a'] });
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(logger.lines).toEqual([
      expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ backup: join(dir, backup) }) }),
    ]);
  });

  it('writes new settings after recovering from a corrupted file', () => {
    writeFileSync(join(dir, 'settings.json'), 'not json at all', 'utf8');
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('theme', 'dark');
    expect(createFileSettings({ dir, logger: createRecordingLogger() }).get('theme')).toBe('dark');
  });

  it('reads the file once: later reads come from memory, and its own writes keep file and memory the same', () => {
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('theme', 'dark');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'changed behind its back' }), 'utf8');
    expect(settings.get('theme')).toBe('dark');
    settings.set('mode', 'cross-folder');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ mode: 'cross-folder' });
    settings.delete('mode');
    expect(settings.get('mode')).toBeUndefined();
    expect(createFileSettings({ dir, logger: createRecordingLogger() }).get('mode')).toBeUndefined();
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

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataFolderFiles } from '../../../src/main/platform/files';
import { createMemoryDataFiles } from '../../../src/main/platform/memory';

describe('the data folder files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-data-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a file in a folder it makes, both the person’s alone, and reads it back', () => {
    const files = createDataFolderFiles(dir);
    files.write('catalog-cache/p1.json', '{"a":1}');
    expect(files.read('catalog-cache/p1.json')).toBe('{"a":1}');
    expect(readdirSync(join(dir, 'catalog-cache'))).toEqual(['p1.json']);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'catalog-cache')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'catalog-cache', 'p1.json')).mode & 0o777).toBe(0o600);
    }
  });

  it('reads a missing file as nothing and removes a folder with everything in it', () => {
    const files = createDataFolderFiles(dir);
    expect(files.read('catalog-cache/none.json')).toBeUndefined();
    files.write('catalog-cache/p1.json', '{}');
    files.remove('catalog-cache');
    expect(existsSync(join(dir, 'catalog-cache'))).toBe(false);
    expect(() => files.remove('catalog-cache')).not.toThrow();
  });

  // Catches: a caller's path leaving the data folder (a profile id used as a file name unencoded).
  it.each(['../outside.json', 'catalog-cache/../../outside.json', '/etc/passwd', ''])('refuses %j and writes nothing', (path) => {
    const files = createDataFolderFiles(dir);
    expect(() => files.write(path, 'x')).toThrow(/inside the data folder/);
    expect(() => createMemoryDataFiles().write(path, 'x')).toThrow(/inside the data folder/);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, '..', 'outside.json'))).toBe(false);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalogStore } from '../../../src/main/catalog';
import { CATALOG_CACHE_FORMAT, CATALOG_CACHE_VERSION, createCatalogCacheFiles } from '../../../src/main/catalog/catalog-cache-file';
import { createDataFolderFiles } from '../../../src/main/platform/files';
import { createMemoryDataFiles, createMemorySettings, createRecordingLogger } from '../../../src/main/platform/memory';
import { createFileSettings } from '../../../src/main/platform/node';

const folder = { id: 7, path: 'Finance', displayName: 'Finance' };
const process = {
  id: '7:key-1',
  name: 'Invoice Intake',
  description: '',
  version: '1.0.0',
  releaseId: 1,
  releaseKey: 'key-1',
  processKey: 'Invoice.Intake',
  folderId: 7,
  folderPath: 'Finance',
  isRunnable: true,
  prefersLocal: false,
  inputArguments: [],
};
const cache = {
  folders: [folder],
  processes: [process, { ...process, id: '7:key-2', releaseKey: 'key-2', releaseId: 2 }],
  refreshedAt: '2026-01-01T00:00:00.000Z',
};

describe('the catalog cache file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-catalog-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the cache after the current task, in its own file stamped with format and version, leaving no temp file', async () => {
    const files = createCatalogCacheFiles({ files: createDataFolderFiles(dir) });
    files.write('p1', cache);
    expect(existsSync(files.pathOf('p1'))).toBe(false);
    expect(files.read('p1')).toEqual(cache);
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(readFileSync(files.pathOf('p1'), 'utf8'))).toMatchObject({
      format: CATALOG_CACHE_FORMAT,
      version: CATALOG_CACHE_VERSION,
      profileId: 'p1',
    });
    expect(readdirSync(join(dir, 'catalog-cache'))).toEqual(['p1.json']);
    expect(createCatalogCacheFiles({ files: createDataFolderFiles(dir) }).read('p1')).toEqual(cache);
  });

  it('reads back every field, the arguments, the change stamps, names past ASCII and a folder path of its own, from rows smaller than the entries', async () => {
    const argumentsOf = [
      { name: 'in_Period', kind: 'string', typeName: 'System.String', isRequired: true, hasDefault: false },
      {
        name: 'in_Limit',
        kind: 'integer',
        typeName: 'System.Int32',
        isRequired: false,
        hasDefault: true,
        defaultValue: 5,
        isSensitive: true,
      },
    ] as const;
    const rich = {
      folders: [folder, { id: 8, key: 'k8', path: 'Finance/AP', displayName: 'AP' }],
      processes: [
        { ...process, name: 'Überweisung 請求書 🧾', description: 'Books accruals', inputArguments: [...argumentsOf], prefersLocal: true },
        { ...process, id: '8:key-2', releaseKey: 'key-2', releaseId: 2, folderId: 8, folderPath: 'Finance/AP', isRunnable: false },
        { ...process, id: '9:key-3', releaseKey: 'key-3', releaseId: 3, folderId: 9, folderPath: 'Elsewhere' },
      ],
      refreshedAt: '2026-01-01T00:00:00.000Z',
      stamps: new Map([
        ['key-1', '1.0.0\n2026-01-01\n'],
        ['key-hidden', '2.0.0\n'],
      ]),
    };
    const files = createCatalogCacheFiles({ files: createDataFolderFiles(dir) });
    files.write('p1', rich);
    files.flush();
    const read = createCatalogCacheFiles({ files: createDataFolderFiles(dir) }).read('p1');
    expect(read).toEqual(rich);
    expect(read?.processes[0]!.inputArguments).toEqual(argumentsOf);
    // Every character past ASCII is escaped: a file of single bytes decodes on Node's fast path.
    expect(readFileSync(files.pathOf('p1'), 'utf8')).toMatch(/^[\x20-\x7e]*$/);
    const asObjects = JSON.stringify({
      format: CATALOG_CACHE_FORMAT,
      version: 1,
      profileId: 'p1',
      ...rich,
      stamps: Object.fromEntries(rich.stamps),
    });
    expect(readFileSync(files.pathOf('p1'), 'utf8').length).toBeLessThan(asObjects.length);
  });

  it('still reads a file an older Baton wrote (entries as objects)', () => {
    const files = createCatalogCacheFiles({ files: createDataFolderFiles(dir) });
    mkdirSync(join(dir, 'catalog-cache'));
    writeFileSync(files.pathOf('p1'), JSON.stringify({ format: CATALOG_CACHE_FORMAT, version: 1, profileId: 'p1', ...cache }), 'utf8');
    expect(files.read('p1')).toEqual(cache);
  });

  it.each([
    ['not JSON', '{"format": "baton.catalog-cache", "version": 1, "proc'],
    ['another version', JSON.stringify({ format: CATALOG_CACHE_FORMAT, version: 999, profileId: 'p1', ...cache })],
    ['another profile', JSON.stringify({ format: CATALOG_CACHE_FORMAT, version: CATALOG_CACHE_VERSION, profileId: 'p2', ...cache })],
    [
      'a first process that is not one',
      JSON.stringify({ format: CATALOG_CACHE_FORMAT, version: CATALOG_CACHE_VERSION, profileId: 'p1', ...cache, processes: [{ id: 3 }] }),
    ],
    [
      'a row that is not a process',
      JSON.stringify({
        format: CATALOG_CACHE_FORMAT,
        version: CATALOG_CACHE_VERSION,
        profileId: 'p1',
        ...cache,
        processes: [['x', 1]],
        stamps: [],
      }),
    ],
    [
      'a row whose arguments are not a list of arguments',
      JSON.stringify({
        format: CATALOG_CACHE_FORMAT,
        version: CATALOG_CACHE_VERSION,
        profileId: 'p1',
        ...cache,
        processes: [['Invoice Intake', '', '1.0.0', 1, 'key-1', 'Invoice.Intake', 7, 1, '[{"name": 3}]', '']],
        stamps: [],
      }),
    ],
    [
      'a row in a folder the file does not list',
      JSON.stringify({
        format: CATALOG_CACHE_FORMAT,
        version: CATALOG_CACHE_VERSION,
        profileId: 'p1',
        ...cache,
        processes: [['Invoice Intake', '', '1.0.0', 1, 'key-1', 'Invoice.Intake', 99, 1, '', '']],
        stamps: [],
      }),
    ],
    [
      'no process list',
      JSON.stringify({ format: CATALOG_CACHE_FORMAT, version: CATALOG_CACHE_VERSION, profileId: 'p1', folders: [], refreshedAt: 'x' }),
    ],
  ])('refuses a file with %s, says so in the log, and the catalog starts empty', (_, text) => {
    const files = createCatalogCacheFiles({ files: createDataFolderFiles(dir) });
    mkdirSync(join(dir, 'catalog-cache'));
    writeFileSync(files.pathOf('p1'), text, 'utf8');
    const logger = createRecordingLogger();
    expect(createCatalogCacheFiles({ files: createDataFolderFiles(dir), logger }).read('p1')).toBeUndefined();
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn' })]);
  });

  it('keeps profile ids that are not file names inside the cache folder', () => {
    const files = createCatalogCacheFiles({ files: createDataFolderFiles(dir) });
    expect(files.pathOf('../../etc/passwd')).toBe(join(dir, 'catalog-cache', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.json'));
  });
});

describe('the catalog store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-catalog-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the cache beside the settings file, not in it', async () => {
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('theme', 'dark');
    createCatalogStore(settings, { files: createDataFolderFiles(dir) }).writeCache('p1', cache);
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).not.toHaveProperty('catalog.cache.p1');
    const restarted = createCatalogStore(createFileSettings({ dir, logger: createRecordingLogger() }), {
      files: createDataFolderFiles(dir),
    });
    expect(restarted.readCache('p1')).toEqual(cache);
  });

  it('reads a cache an older Baton left in the settings, and moves it out at the next write', () => {
    const settings = createFileSettings({ dir, logger: createRecordingLogger() });
    settings.set('catalog.cache.p1', cache);
    const store = createCatalogStore(settings, { files: createDataFolderFiles(dir) });
    expect(store.readCache('p1')).toEqual(cache);
    store.writeCache('p1', { ...cache, refreshedAt: '2026-02-02T00:00:00.000Z' });
    expect(settings.get('catalog.cache.p1')).toBeUndefined();
    expect(store.readCache('p1')?.refreshedAt).toBe('2026-02-02T00:00:00.000Z');
  });

  it('keeps the cache in the data files it is given, never in the settings, in memory too', async () => {
    const settings = createMemorySettings();
    const files = createMemoryDataFiles();
    createCatalogStore(settings, { files }).writeCache('p1', cache);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settings.get('catalog.cache.p1')).toBeUndefined();
    expect([...files.entries.keys()]).toEqual(['catalog-cache/p1.json']);
    expect(createCatalogStore(createMemorySettings(), { files }).readCache('p1')).toEqual(cache);
  });
});

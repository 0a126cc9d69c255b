import { describe, expect, it } from 'vitest';
import type { KeyValueFile } from '../../../src/main/platform/electron/key-value-file';
import { createStoreSettings } from '../../../src/main/platform/electron/settings';

/** electron-store's shape: every get parses the whole file again, which is what the adapter must avoid repeating. */
function fakeFile(initial: Record<string, unknown> = {}): KeyValueFile & { data: Record<string, unknown>; reads: number } {
  const file = {
    data: { ...initial },
    reads: 0,
    path: '/user-data/settings.json',
    get(key: string) {
      file.reads += 1;
      return structuredClone(file.data[key]);
    },
    set(key: string, value: unknown) {
      file.data[key] = structuredClone(value);
    },
    delete(key: string) {
      delete file.data[key];
    },
    clear() {
      file.data = {};
    },
  };
  return file;
}

describe('the Electron settings adapter', () => {
  it('reads each key from the file once and answers later reads from memory', () => {
    const file = fakeFile({ theme: 'dark' });
    const settings = createStoreSettings(file);
    expect([settings.get('theme'), settings.get('theme'), settings.get('theme')]).toEqual(['dark', 'dark', 'dark']);
    expect(file.reads).toBe(1);
  });

  it('writes through to the file and answers its own writes and deletes without reading again', () => {
    const file = fakeFile();
    const settings = createStoreSettings(file);
    settings.set('mode', 'per-folder');
    expect(settings.get('mode')).toBe('per-folder');
    expect(file.data.mode).toBe('per-folder');
    settings.delete('mode');
    expect(settings.get('mode')).toBeUndefined();
    expect(file.data).not.toHaveProperty('mode');
    settings.set('gone', undefined);
    expect(file.data).not.toHaveProperty('gone');
    expect(file.reads).toBe(0);
  });

  it('hands out copies, so a changed value read does not change the settings', () => {
    const settings = createStoreSettings(fakeFile({ favourites: ['a'] }));
    settings.get<string[]>('favourites')!.push('b');
    expect(settings.get('favourites')).toEqual(['a']);
  });
});

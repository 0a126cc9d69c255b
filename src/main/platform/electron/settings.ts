import type { SettingsStore } from '../types';
import type { KeyValueFile } from './key-value-file';

/**
 * Settings in electron-store's JSON file (written atomically by conf). electron-store re-reads and
 * re-parses the whole file on every get; this adapter is the file's only writer in the process, so
 * each key is read from the file once and then kept, updated by the adapter's own writes.
 */
export function createStoreSettings(file: KeyValueFile): SettingsStore {
  const known = new Map<string, unknown>();
  const read = (key: string): unknown => {
    if (!known.has(key)) known.set(key, file.get(key));
    return known.get(key);
  };
  const forget = (key: string): void => {
    file.delete(key);
    known.set(key, undefined);
  };
  return {
    location: file.path,
    get: <T>(key: string) => {
      const value = read(key);
      return (value === undefined ? undefined : structuredClone(value)) as T | undefined;
    },
    set: (key, value) => {
      if (value === undefined) return forget(key);
      file.set(key, value);
      known.set(key, structuredClone(value));
    },
    delete: forget,
    clear: () => {
      file.clear();
      known.clear();
    },
  };
}

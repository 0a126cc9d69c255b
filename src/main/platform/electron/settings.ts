import type { SettingsStore } from '../types';
import type { KeyValueFile } from './key-value-file';

/** Settings in electron-store's JSON file (written atomically by conf). */
export function createStoreSettings(file: KeyValueFile): SettingsStore {
  return {
    location: file.path,
    get: <T>(key: string) => {
      const value = file.get(key);
      return (value === undefined ? undefined : structuredClone(value)) as T | undefined;
    },
    set: (key, value) => (value === undefined ? file.delete(key) : file.set(key, value)),
    delete: (key) => file.delete(key),
  };
}

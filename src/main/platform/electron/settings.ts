import { summariseIssues, type SetAside } from '../files';
import type { SettingsStore } from '../types';
import type { KeyValueFile } from './key-value-file';

export interface StoreSettings extends SettingsStore {
  /** What was set aside since the app started, as the file reported it: the desktop host shows it in a dialog. */
  readonly setAside: readonly SetAside[];
}

/** The desktop's settings in `<userData>/settings.json` (see key-value-file for how it is shared). */
export function createStoreSettings(file: KeyValueFile, setAside: readonly SetAside[] = []): StoreSettings {
  const get = <T>(key: string) => {
    const value = file.get(key);
    // A copy, so a caller changing what it read cannot change the settings.
    return (value === undefined ? undefined : structuredClone(value)) as T | undefined;
  };
  return {
    location: file.path,
    setAside,
    get,
    read(key, schema) {
      const value = get<unknown>(key);
      if (value === undefined) return undefined;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      // The file reports it through its onSetAside, which fills `setAside` (see create-electron-platform).
      file.setAside(key, summariseIssues(parsed.error.issues));
      return undefined;
    },
    set: (key, value) => (value === undefined ? file.delete(key) : file.set(key, value)),
    delete: (key) => file.delete(key),
    clear: () => file.clear(),
  };
}

import { join } from 'node:path';
import { createJsonFileStore, ensurePrivateDir, type SetAside } from '../files';

/** One JSON file of flat keys: the desktop's settings and its encrypted secrets. */
export interface KeyValueFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  clear(): void;
  /** Moves one key's value to a `.corrupt-<time>` file beside this one and removes it here. */
  setAside(key: string, reason: string): SetAside;
  readonly path: string;
}

export type OpenKeyValueFile = (name: string, onSetAside?: (event: SetAside) => void) => Promise<KeyValueFile>;

/**
 * Opens `<dir>/<name>.json` with the same store the Node hosts use: owner-only, atomic, and
 * shared safely with `baton` commands and the web host writing the same file (each write
 * re-reads under an inter-process lock and changes only its key). Keys are flat: settings and
 * vault keys contain dots.
 */
export function openDataFiles(dir: string): OpenKeyValueFile {
  return async (name, onSetAside) => {
    ensurePrivateDir(dir);
    const store = createJsonFileStore({ path: join(dir, `${name}.json`), onSetAside });
    return {
      path: store.path,
      get: (key) => store.read()[key],
      set: (key, value) => store.update((doc) => void (doc[key] = value)),
      delete: (key) => store.update((doc) => void delete doc[key]),
      clear: () => store.update((doc) => Object.keys(doc).forEach((key) => delete doc[key])),
      setAside: (key, reason) => store.setAside(key, reason),
    };
  };
}

import { dirname, join } from 'node:path';
import { createJsonFileStore, type SetAside } from './json-file-store';
import { ensurePrivateDir } from './owner-only';

/** One JSON file of flat keys (settings and secrets keys contain dots; they are never paths). */
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
 * Opens `<dir>/<name>.json` through the shared JSON store: owner-only, atomic, and safe with
 * other Baton processes writing the same file (each write re-reads under an inter-process lock
 * and changes only its key).
 */
export function openDataFiles(dir: string): OpenKeyValueFile {
  return async (name, onSetAside) => openKeyValueFile(join(dir, `${name}.json`), onSetAside);
}

export function openKeyValueFile(path: string, onSetAside?: (event: SetAside) => void, now?: () => number): KeyValueFile {
  ensurePrivateDir(dirname(path));
  const store = createJsonFileStore({ path, onSetAside, now });
  return {
    path: store.path,
    get: (key) => store.read()[key],
    set: (key, value) => store.update((doc) => void (doc[key] = structuredClone(value))),
    delete: (key) => store.update((doc) => void delete doc[key]),
    clear: () => store.update((doc) => Object.keys(doc).forEach((key) => delete doc[key])),
    setAside: (key, reason) => store.setAside(key, reason),
  };
}

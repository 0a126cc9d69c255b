import { readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Files } from '../types';
import { ensurePrivateDir, writeFileAtomic } from './owner-only';

/** The `Files` port over a real folder (the platform's dataDir). */
export function createDataFolderFiles(dataDir: string): Files {
  const locate = (path: string): string => join(dataDir, checkedPath(path));
  return {
    locate,
    read(path) {
      try {
        return readFileSync(locate(path), 'utf8');
      } catch {
        return undefined;
      }
    },
    write(path, text) {
      const file = locate(path);
      ensurePrivateDir(dirname(file));
      writeFileAtomic(file, text);
    },
    remove(path) {
      rmSync(locate(path), { recursive: true, force: true });
    },
  };
}

/** A relative path that stays inside the folder; anything else is a bug in the caller, refused loudly. */
export function checkedPath(path: string): string {
  const normalized = normalize(path);
  if (
    path === '' ||
    isAbsolute(path) ||
    normalized === '..' ||
    normalized.startsWith(`..${sep}`) ||
    normalized.split(/[\\/]/).includes('..')
  ) {
    throw new Error(`A data file's path must stay inside the data folder: ${JSON.stringify(path)}`);
  }
  return normalized;
}

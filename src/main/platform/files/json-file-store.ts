import { chmodSync, existsSync, readFileSync, renameSync, statSync, type Stats } from 'node:fs';
import { withFileLockSync } from './file-lock';
import { PRIVATE_FILE_MODE, writeFileAtomic } from './owner-only';

export type JsonDocument = Record<string, unknown>;

/** Something Baton set aside instead of failing: a whole file it could not parse, or one key. */
export interface SetAside {
  /** The key, or undefined when the whole file was unreadable. */
  key?: string;
  /** Where the set-aside content now lives. */
  backup: string;
  reason: string;
}

export interface JsonFileStore {
  readonly path: string;
  /** The document as last written by any process. */
  read(): Readonly<JsonDocument>;
  /** Re-reads the file under the lock, applies `change` and writes the result atomically. */
  update(change: (doc: JsonDocument) => void): void;
  /** Moves one key's value to `<path>.corrupt-<time>` and removes it from the file. */
  setAside(key: string, reason: string): SetAside;
}

export interface JsonFileStoreOptions {
  path: string;
  now?: () => number;
  /** Told about each thing set aside, so the host can say so (a warning, a dialog). */
  onSetAside?: (event: SetAside) => void;
}

/**
 * One JSON object in one file, shared safely by every Baton process of this user (the app, the
 * web host and any number of `baton` commands). Each write takes an inter-process lock, re-reads
 * the file and changes only what it was asked to, so two processes writing different keys never
 * lose each other's changes. Reads are served from the last parse until the file changes on disk
 * (an atomic rename gives it a new inode, so a stat tells). A file that is not a JSON object is
 * set aside, never overwritten, and the store starts empty.
 */
export function createJsonFileStore(options: JsonFileStoreOptions): JsonFileStore {
  const { path } = options;
  const now = options.now ?? Date.now;
  let cached: { doc: JsonDocument; stamp: string } = { doc: {}, stamp: 'none' };

  const stampOf = (stat: Stats | undefined) => (stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : 'none');
  const statOrUndefined = () => {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  };
  const backupPath = () => `${path}.corrupt-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;

  let isLocked = false;
  const locked = <T>(work: () => T): T =>
    withFileLockSync(path, () => {
      isLocked = true;
      try {
        return work();
      } finally {
        isLocked = false;
      }
    });

  /** Parses the file as it is now; an unparsable one is moved aside, only ever under the lock. */
  const load = (): JsonDocument => {
    const stat = statOrUndefined();
    const stamp = stampOf(stat);
    if (stamp === cached.stamp) return cached.doc;
    if (!stat) {
      cached = { doc: {}, stamp };
      return cached.doc;
    }
    narrowMode(stat);
    const text = readFileSync(path, 'utf8');
    const parsed = parseObject(text);
    if (parsed.ok) {
      cached = { doc: parsed.doc, stamp };
      return cached.doc;
    }
    if (!isLocked) return locked(load);
    const backup = backupPath();
    renameSync(path, backup);
    options.onSetAside?.({ backup, reason: parsed.reason });
    cached = { doc: {}, stamp: 'none' };
    return cached.doc;
  };

  const narrowMode = (stat: Stats) => {
    if (process.platform === 'win32' || (stat.mode & 0o077) === 0 || stat.uid !== process.getuid?.()) return;
    chmodSync(path, PRIVATE_FILE_MODE);
  };

  const write = (doc: JsonDocument) => {
    writeFileAtomic(path, `${JSON.stringify(doc, null, '\t')}\n`);
    cached = { doc, stamp: stampOf(statOrUndefined()) };
  };

  // Opening reads once, so an unparsable file is set aside (and reported) at start, not at first use.
  if (existsSync(path)) locked(load);

  return {
    path,
    read: () => load(),
    update(change) {
      locked(() => {
        const doc = structuredClone(load());
        change(doc);
        write(doc);
      });
    },
    setAside(key, reason) {
      const backup = backupPath();
      locked(() => {
        const doc = structuredClone(load());
        if (!(key in doc)) return;
        const previous = existsSync(backup) ? parseObject(readFileSync(backup, 'utf8')) : undefined;
        writeFileAtomic(backup, `${JSON.stringify({ ...(previous?.ok ? previous.doc : {}), [key]: doc[key] }, null, '\t')}\n`);
        delete doc[key];
        write(doc);
      });
      const event = { key, backup, reason };
      options.onSetAside?.(event);
      return event;
    },
  };
}

function parseObject(text: string): { ok: true; doc: JsonDocument } | { ok: false; reason: string } {
  // An empty file is what a crash between create and write can leave (older versions wrote in place).
  if (text.trim() === '') return { ok: true, doc: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { ok: true, doc: value as JsonDocument };
    return { ok: false, reason: 'the file holds JSON, but not an object of settings' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

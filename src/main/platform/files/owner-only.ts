import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Every folder Baton makes is the person's alone: settings name servers, history names inputs. */
export const PRIVATE_DIR_MODE = 0o700;
/** Every file Baton writes is readable by its owner only (and root, which no file mode stops). */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes `dir` (and its missing parents) with mode 0700, and narrows an existing folder that
 * Baton made earlier with a wider mode. A folder owned by someone else (a shared BATON_HOME) is
 * left as it is: chmod would fail, and it is not Baton's to change.
 */
export function ensurePrivateDir(dir: string, os: NodeJS.Platform = process.platform): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (os === 'win32') return;
  const stat = statSync(dir);
  if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Replaces `path` with `data` atomically: a reader sees the old file or the new one, never half
 * of either, and a crash mid-write leaves the old file. The temporary file is created 0600, so
 * the content is never readable by others, not even for a moment.
 */
export function writeFileAtomic(path: string, data: string, os: NodeJS.Platform = process.platform): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (os === 'win32') restrictToCurrentUser(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Windows ignores POSIX modes: the file inherits the folder's ACL, which in a roaming profile
 * already excludes other users, but an ACL of the user alone says so explicitly. icacls ships
 * with every Windows; it is started without a shell, with the path as one argument.
 */
function restrictToCurrentUser(path: string): void {
  const user = process.env.USERNAME;
  if (!user) return;
  spawnSync('icacls', [path, '/inheritance:r', '/grant:r', `${user}:F`], { windowsHide: true, stdio: 'ignore' });
}

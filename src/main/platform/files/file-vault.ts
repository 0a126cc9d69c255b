import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { said } from '../../../shared/message-parts';
import type { Logger, SecretVault } from '../types';
import { createJsonFileStore } from './json-file-store';
import { ensurePrivateDir } from './owner-only';

export const SECRETS_FILE = 'secrets.json';

/** The one plain sentence a person reads, the first time and whenever they ask where secrets are. */
export function describeFileStore(path: string): string {
  return `no OS keychain: secrets are stored in ${path}, readable by this user and root`;
}

/**
 * Secrets in an owner-only file (folder 0700, file 0600, written atomically; on Windows an ACL
 * for the user alone), for machines with no OS keychain: every CI runner, most servers and
 * containers. It keeps a sign-in across commands and restarts; it does not protect secrets
 * from root, from this user's other programs or from a backup of the folder (docs/security.md).
 * The warning is given once, when the file is first created, not on every command.
 */
export function createFileVault(options: { dir: string; logger: Logger }): SecretVault {
  ensurePrivateDir(options.dir);
  const path = join(options.dir, SECRETS_FILE);
  const file = createJsonFileStore({
    path,
    onSetAside: (event) =>
      options.logger.warn(`The secrets file could not be read (${event.reason}); it was moved to ${event.backup}. Sign in again.`),
  });
  return {
    persistence: 'owner-only-file',
    describe: () => [said('account.storedInFile', { path })],
    async get(key) {
      const value = file.read()[key];
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, value) {
      const isFirstUse = !existsSync(path);
      file.update((doc) => void (doc[key] = value));
      if (isFirstUse) options.logger.warn(describeFileStore(path));
    },
    async delete(key) {
      if (file.read()[key] === undefined) return;
      file.update((doc) => void delete doc[key]);
    },
  };
}

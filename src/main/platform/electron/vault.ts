import type { SafeStorage } from 'electron';
import type { Logger, SecretVault } from '../types';
import { existsSync } from 'node:fs';
import { said, type TextParts } from '../../../shared/message-parts';
import { describeFileStore } from '../files';
import type { KeyValueFile } from '../files';

export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export interface SafeStorageVaultOptions {
  safeStorage: SafeStorageApi;
  /** The secrets file; values are safeStorage ciphertext, base64. */
  file: KeyValueFile;
  platform: NodeJS.Platform;
  /** BATON_SECRET_STORE: 'auto' (the default) uses the OS encryption, else the owner-only file. */
  choice?: 'auto' | 'keychain' | 'file' | 'memory';
  /** The admin policy requires the OS keychain: no secrets file protected only by its mode. */
  requireKeychain?: boolean;
  logger?: Logger;
}

/**
 * Secrets encrypted by the OS through safeStorage. On Linux without a keyring Chromium falls back
 * to `basic_text`, a hard-coded key: obfuscation, not protection, so Baton says so in the same
 * words as the Node hosts' secrets file ("no OS keychain: … readable by this user and root"),
 * and keeps secrets in memory instead where the person or the admin policy asks for that.
 */
export async function createSafeStorageVault(options: SafeStorageVaultOptions): Promise<SecretVault> {
  const { safeStorage, file, logger } = options;
  const choice = options.choice ?? 'auto';
  if (choice === 'memory') return createSessionVault([said('account.memoryThisSession')]);
  const isAvailable = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  const backend = options.platform === 'linux' && isAvailable ? safeStorage.getSelectedStorageBackend() : undefined;
  const hasKeychain = isAvailable && backend !== 'basic_text' && backend !== 'unknown';
  if (!hasKeychain || choice === 'file') {
    if (options.requireKeychain || choice === 'keychain') {
      return createSessionVault([
        said(options.requireKeychain ? 'account.memoryNoKeychainPolicy' : 'account.memoryNoKeychain'),
        said('account.installKeyring'),
      ]);
    }
    return {
      persistence: 'owner-only-file',
      describe: () => [said('account.storedInFile', { path: file.path })],
      get: async (key) => {
        const stored = file.get(key);
        if (typeof stored !== 'string') return undefined;
        // Written by safeStorage's basic_text backend before: still readable through it.
        return isAvailable
          ? safeStorage.decryptStringAsync(Buffer.from(stored, 'base64')).then(
              (r) => r.result,
              () => undefined,
            )
          : stored;
      },
      async set(key, value) {
        const isFirstUse = !existsSync(file.path);
        file.set(key, isAvailable ? (await safeStorage.encryptStringAsync(value)).toString('base64') : value);
        if (isFirstUse) logger?.warn(describeFileStore(file.path));
      },
      delete: async (key) => file.delete(key),
    };
  }
  const where: TextParts = [
    backend ? said('account.encryptedByOsBackend', { backend, path: file.path }) : said('account.encryptedByOs', { path: file.path }),
  ];

  const write = async (key: string, value: string) => {
    const encrypted = await safeStorage.encryptStringAsync(value);
    file.set(key, encrypted.toString('base64'));
  };

  return {
    persistence: 'os-encrypted',
    describe: () => where,
    async get(key) {
      const stored = file.get(key);
      if (typeof stored !== 'string') return undefined;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
        if (shouldReEncrypt) await write(key, result);
        return result;
      } catch (error) {
        // A secret from another OS account or a lost keyring cannot be recovered: forget it, sign in again.
        logger?.warn('A stored secret could not be decrypted and was removed', { key, error: String(error) });
        file.delete(key);
        return undefined;
      }
    },
    set: write,
    async delete(key) {
      file.delete(key);
    },
  };
}

function createSessionVault(explanation: TextParts): SecretVault {
  const entries = new Map<string, string>();
  return {
    persistence: 'session-only',
    describe: () => explanation,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
  };
}

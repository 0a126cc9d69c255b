import type { SafeStorage } from 'electron';
import type { Logger, SecretVault } from '../types';
import type { KeyValueFile } from './key-value-file';

export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/** The settings key a person sets to `true` to accept Linux's plaintext fallback. */
export const ALLOW_PLAINTEXT_SETTING = 'allowPlaintextSecretStorage';

export interface SafeStorageVaultOptions {
  safeStorage: SafeStorageApi;
  /** The secrets file; values are safeStorage ciphertext, base64. */
  file: KeyValueFile;
  platform: NodeJS.Platform;
  /** The person opted in to `basic_text` on Linux. */
  allowPlaintext: boolean;
  /** Where the opt-in lives, for the explanation. */
  settingsLocation: string;
  logger?: Logger;
}

/**
 * Secrets encrypted by the OS through safeStorage. On Linux without a keyring Chromium falls
 * back to `basic_text`, a hard-coded key: that is obfuscation, not protection, so secrets
 * are then kept for this session only unless the person explicitly accepts it.
 */
export async function createSafeStorageVault(options: SafeStorageVaultOptions): Promise<SecretVault> {
  const { safeStorage, file, logger } = options;
  const isAvailable = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  if (!isAvailable) {
    return createSessionVault(
      'Secrets are kept in memory for this session only: this system offers no encryption to Baton, so you will sign in again after a restart.',
    );
  }
  const backend = options.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  const isPlaintextFallback = backend === 'basic_text' || backend === 'unknown';
  if (isPlaintextFallback && !options.allowPlaintext) {
    return createSessionVault(
      'Secrets are kept in memory for this session only: no keyring (GNOME Keyring, KWallet) was found, and without one Linux stores secrets in plain text. ' +
        `Install or unlock a keyring and restart Baton, or accept plain-text storage by setting "${ALLOW_PLAINTEXT_SETTING}": true in ${options.settingsLocation}.`,
    );
  }
  const where = isPlaintextFallback
    ? `Secrets are stored without a keyring (plain-text fallback you accepted with "${ALLOW_PLAINTEXT_SETTING}") in ${file.path}.`
    : `Secrets are encrypted by the operating system${backend ? ` (${backend})` : ''} and stored in ${file.path}.`;

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

function createSessionVault(explanation: string): SecretVault {
  const entries = new Map<string, string>();
  return {
    persistence: 'session-only',
    describe: () => explanation,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
  };
}

import type { Logger, SecretVault } from '../types';

/** The slice of @napi-rs/keyring's AsyncEntry the vault uses; tests inject a fake. */
export interface KeyringEntry {
  setPassword(password: string): Promise<void>;
  getPassword(): Promise<string | null>;
  deleteCredential(): Promise<boolean>;
}

export type KeyringEntryFactory = (service: string, account: string) => KeyringEntry;
export type KeyringLoader = () => Promise<KeyringEntryFactory>;

const SERVICE = 'Baton';
const PROBE_ACCOUNT = 'baton-keychain-probe';

/**
 * Loads the native keychain binding. On Linux the entry is pinned to the Secret Service:
 * keyring's default falls back to the kernel keyring, which forgets everything at logout,
 * and calling that "kept by the OS" would mislead the person.
 */
export const loadNapiKeyring: KeyringLoader = async () => {
  const { AsyncEntry } = await import('@napi-rs/keyring');
  return (service, account) => new AsyncEntry(service, account, { linux: { store: 'secret-service' } });
};

/**
 * A SecretVault in the OS keychain (macOS Keychain, Windows Credential Manager, Secret
 * Service) when one loads and works, else in memory for this session only. The keychain is
 * probed once, with a set/get/delete round trip, because a binding that loads can still fail
 * at first use (no D-Bus session, locked or missing keyring).
 */
export async function createNodeVault(options: {
  logger: Logger;
  loadKeyring?: KeyringLoader;
  os?: NodeJS.Platform;
}): Promise<SecretVault> {
  const loadKeyring = options.loadKeyring ?? loadNapiKeyring;
  const os = options.os ?? process.platform;
  let reason: string;
  try {
    const entryFor = await loadKeyring();
    await probe(entryFor);
    return createKeychainVault(entryFor, os);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  // info, not warn: describe() is how the person learns this, and the CLI would repeat it on every command.
  options.logger.info('No usable OS keychain; secrets are kept for this session only.', { reason });
  return createSessionVault(os, reason);
}

async function probe(entryFor: KeyringEntryFactory): Promise<void> {
  const entry = entryFor(SERVICE, PROBE_ACCOUNT);
  const value = `probe-${Math.random().toString(36).slice(2)}`;
  await entry.setPassword(value);
  const readBack = await entry.getPassword();
  await entry.deleteCredential();
  if (readBack !== value) throw new Error('the keychain did not return what was stored in it');
}

function keychainName(os: NodeJS.Platform): string {
  if (os === 'darwin') return 'the macOS Keychain';
  if (os === 'win32') return 'the Windows Credential Manager';
  return 'the Secret Service keyring (GNOME Keyring / KWallet)';
}

function createKeychainVault(entryFor: KeyringEntryFactory, os: NodeJS.Platform): SecretVault {
  return {
    persistence: 'os-encrypted',
    describe: () => `Secrets are stored encrypted in ${keychainName(os)}.`,
    get: async (key) => (await entryFor(SERVICE, key).getPassword()) ?? undefined,
    set: (key, value) => entryFor(SERVICE, key).setPassword(value),
    delete: async (key) => void (await entryFor(SERVICE, key).deleteCredential()),
  };
}

function createSessionVault(os: NodeJS.Platform, reason: string): SecretVault {
  const entries = new Map<string, string>();
  const why =
    os === 'linux'
      ? 'no Secret Service (GNOME Keyring or KWallet) is reachable on this session bus'
      : `${keychainName(os)} could not be used`;
  return {
    persistence: 'session-only',
    describe: () =>
      `Secrets are kept in memory only and will be forgotten when Baton exits, because ${why} (${reason}); you will need to sign in again next time.`,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
  };
}

import { BatonError } from '../../../shared/errors';
import { said, type TextParts } from '../../../shared/message-parts';
import { createFileVault } from '../files';
import type { SecretStoreChoice } from '../secret-store-choice';
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

export interface NodeVaultOptions {
  logger: Logger;
  /** The data folder: the file store lives here. */
  dir: string;
  /** `--secret-store` / BATON_SECRET_STORE; 'auto' (the default) tries the keychain, then the file. */
  choice?: SecretStoreChoice;
  /** The admin policy's `requireKeychain`: the file store is refused, even when chosen. */
  requireKeychain?: boolean;
  loadKeyring?: KeyringLoader;
  os?: NodeJS.Platform;
}

/**
 * Where the Node hosts keep secrets. The OS keychain (macOS Keychain, Windows Credential Manager,
 * Secret Service) when one loads and works; it is probed once, with a set/get/delete round trip,
 * because a binding that loads can still fail at first use (no D-Bus session, locked keyring).
 * Without one, an owner-only file in the data folder, so that a sign-in lasts from one command
 * to the next on servers and CI runners; memory only when the person or the policy says so.
 */
export async function createNodeVault(options: NodeVaultOptions): Promise<SecretVault> {
  const loadKeyring = options.loadKeyring ?? loadNapiKeyring;
  const os = options.os ?? process.platform;
  const choice = options.choice ?? 'auto';
  if (choice === 'memory') return createSessionVault([said('account.memoryChosen')]);
  if (choice === 'file') {
    if (options.requireKeychain) throw fileStoreRefused();
    return createFileVault({ dir: options.dir, logger: options.logger });
  }
  let reason: string;
  try {
    const entryFor = await loadKeyring();
    await probe(entryFor);
    return createKeychainVault(entryFor, os);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  const unavailable = `${keychainName(os)} is not usable here (${reason})`;
  if (choice === 'keychain')
    throw BatonError.said('INTERNAL', said('errors.keychainUnusable', { keychain: os, reason }), {
      hint: said('errors.keychainUnusableHint'),
    });
  if (options.requireKeychain) {
    options.logger.warn(`${unavailable}, and the admin policy forbids a secrets file: you will need to sign in with every command.`);
    return createSessionVault([said('account.memoryKeychainRequired', { keychain: os, reason })]);
  }
  return createFileVault({ dir: options.dir, logger: options.logger });
}

function fileStoreRefused(): BatonError {
  return BatonError.said('FORBIDDEN', said('errors.keychainRequired'), { hint: said('errors.keychainRequiredHint') });
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
    describe: () => [said('account.storedInKeychain', { keychain: os })],
    get: async (key) => (await entryFor(SERVICE, key).getPassword()) ?? undefined,
    set: (key, value) => entryFor(SERVICE, key).setPassword(value),
    delete: async (key) => void (await entryFor(SERVICE, key).deleteCredential()),
  };
}

export function createSessionVault(description: TextParts): SecretVault {
  const entries = new Map<string, string>();
  return {
    persistence: 'session-only',
    describe: () => description,
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
  };
}

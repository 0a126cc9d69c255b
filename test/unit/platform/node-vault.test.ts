import { describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createNodeVault, type KeyringEntry, type KeyringLoader } from '../../../src/main/platform/node';

/** A keychain that works: entries live in one shared map, as they would in the OS store. */
function fakeKeychain(): { loader: KeyringLoader; store: Map<string, string> } {
  const store = new Map<string, string>();
  const loader: KeyringLoader =
    async () =>
    (service, account): KeyringEntry => {
      const key = `${service}/${account}`;
      return {
        setPassword: async (password) => void store.set(key, password),
        getPassword: async () => store.get(key) ?? null,
        deleteCredential: async () => store.delete(key),
      };
    };
  return { loader, store };
}

describe('the Node secret vault', () => {
  it('uses the OS keychain when the probe round trip succeeds, and leaves no probe entry behind', async () => {
    const keychain = fakeKeychain();
    const vault = await createNodeVault({ logger: createRecordingLogger(), loadKeyring: keychain.loader, os: 'darwin' });

    await vault.set('refresh-token:p1', 'r1');
    expect(vault.persistence).toBe('os-encrypted');
    expect(vault.describe()).toContain('macOS Keychain');
    expect([...keychain.store.keys()]).toEqual(['Baton/refresh-token:p1']);
    expect(await vault.get('refresh-token:p1')).toBe('r1');
    await vault.delete('refresh-token:p1');
    expect(await vault.get('refresh-token:p1')).toBeUndefined();
  });

  it('falls back to session-only memory when the native binding does not load', async () => {
    const logger = createRecordingLogger();
    const vault = await createNodeVault({
      logger,
      loadKeyring: async () => {
        throw new Error('Cannot find module @napi-rs/keyring-linux-x64-gnu');
      },
      os: 'linux',
    });

    expect(vault.persistence).toBe('session-only');
    expect(vault.describe()).toMatch(/forgotten when Baton exits.*no Secret Service/);
    expect(logger.lines).toEqual([expect.objectContaining({ fields: { reason: 'Cannot find module @napi-rs/keyring-linux-x64-gnu' } })]);
  });

  it('falls back to session-only memory when the binding loads but the keychain refuses the probe', async () => {
    const loader: KeyringLoader = async () => () => ({
      setPassword: async () => {
        throw new Error("Couldn't access platform storage: AccessDenied");
      },
      getPassword: async () => null,
      deleteCredential: async () => false,
    });
    const vault = await createNodeVault({ logger: createRecordingLogger(), loadKeyring: loader, os: 'linux' });

    expect(vault.persistence).toBe('session-only');
    expect(vault.describe()).toContain('AccessDenied');
  });

  it('falls back when the keychain does not give back what was stored in it', async () => {
    const loader: KeyringLoader = async () => () => ({
      setPassword: async () => {},
      getPassword: async () => null,
      deleteCredential: async () => false,
    });
    const vault = await createNodeVault({ logger: createRecordingLogger(), loadKeyring: loader, os: 'win32' });
    expect(vault.persistence).toBe('session-only');
  });

  it('keeps secrets in memory for the session once it has fallen back', async () => {
    const vault = await createNodeVault({
      logger: createRecordingLogger(),
      loadKeyring: () => Promise.reject(new Error('no keyring')),
      os: 'linux',
    });
    await vault.set('client-secret:p1', 's3cret');
    expect(await vault.get('client-secret:p1')).toBe('s3cret');
    await vault.delete('client-secret:p1');
    expect(await vault.get('client-secret:p1')).toBeUndefined();
  });
});

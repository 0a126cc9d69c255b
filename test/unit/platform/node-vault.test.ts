import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { inEnglish } from '../../../src/shared/message-parts';
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

/** A data folder that does not exist yet, as on a new machine. */
const tempHome = () => {
  const parent = mkdtempSync(join(tmpdir(), 'baton-vault-'));
  onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
  return join(parent, 'home');
};
const brokenBinding: KeyringLoader = async () => {
  throw new Error('Cannot find module @napi-rs/keyring-linux-x64-gnu');
};

describe('the Node secret vault', () => {
  it('uses the OS keychain when the probe round trip succeeds, and leaves no probe entry behind', async () => {
    const keychain = fakeKeychain();
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir: tempHome(), loadKeyring: keychain.loader, os: 'darwin' });

    await vault.set('refresh-token:p1', 'r1');
    expect(vault.persistence).toBe('os-encrypted');
    expect(inEnglish(vault.describe())).toContain('macOS Keychain');
    expect([...keychain.store.keys()]).toEqual(['Baton/refresh-token:p1']);
    expect(await vault.get('refresh-token:p1')).toBe('r1');
    await vault.delete('refresh-token:p1');
    expect(await vault.get('refresh-token:p1')).toBeUndefined();
  });

  it('falls back to an owner-only secrets file when the native binding does not load, and warns once when it is created', async () => {
    const logger = createRecordingLogger();
    const dir = tempHome();
    const vault = await createNodeVault({ logger, dir, loadKeyring: brokenBinding, os: 'linux' });

    expect(vault.persistence).toBe('owner-only-file');
    expect(inEnglish(vault.describe())).toContain(join(dir, 'secrets.json'));
    expect(logger.lines).toEqual([]);
    await vault.set('refresh-token:p1', 'r1');
    await vault.set('refresh-token:p2', 'r2');
    expect(logger.lines.filter((line) => line.level === 'warn').map((line) => line.message)).toEqual([
      `no OS keychain: secrets are stored in ${join(dir, 'secrets.json')}, readable by this user and root`,
    ]);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('keeps a sign-in from one process to the next: a second vault on the same folder reads what the first stored', async () => {
    const dir = tempHome();
    const first = await createNodeVault({ logger: createRecordingLogger(), dir, loadKeyring: brokenBinding, os: 'linux' });
    await first.set('client-secret:p1', 's3cret');
    const second = await createNodeVault({ logger: createRecordingLogger(), dir, loadKeyring: brokenBinding, os: 'linux' });
    expect(await second.get('client-secret:p1')).toBe('s3cret');
    await second.delete('client-secret:p1');
    expect(await first.get('client-secret:p1')).toBeUndefined();
  });

  it('falls back to the file when the binding loads but the keychain refuses the probe', async () => {
    const loader: KeyringLoader = async () => () => ({
      setPassword: async () => {
        throw new Error("Couldn't access platform storage: AccessDenied");
      },
      getPassword: async () => null,
      deleteCredential: async () => false,
    });
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir: tempHome(), loadKeyring: loader, os: 'linux' });
    expect(vault.persistence).toBe('owner-only-file');
  });

  it('falls back when the keychain does not give back what was stored in it', async () => {
    const loader: KeyringLoader = async () => () => ({
      setPassword: async () => {},
      getPassword: async () => null,
      deleteCredential: async () => false,
    });
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir: tempHome(), loadKeyring: loader, os: 'win32' });
    expect(vault.persistence).toBe('owner-only-file');
  });

  it('keeps secrets in memory only, writing nothing, when the person chooses memory', async () => {
    const dir = tempHome();
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir, choice: 'memory', loadKeyring: fakeKeychain().loader });
    await vault.set('client-secret:p1', 's3cret');
    expect(vault.persistence).toBe('session-only');
    expect(await vault.get('client-secret:p1')).toBe('s3cret');
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
  });

  it('refuses a keychain that is not there when the person insists on it, saying what to do', async () => {
    await expect(
      createNodeVault({ logger: createRecordingLogger(), dir: tempHome(), choice: 'keychain', loadKeyring: brokenBinding, os: 'linux' }),
    ).rejects.toMatchObject({ code: 'INTERNAL', hint: expect.stringContaining('--secret-store file') });
  });

  it('refuses the file store under an admin policy that requires the keychain, and falls back to memory in auto', async () => {
    await expect(
      createNodeVault({ logger: createRecordingLogger(), dir: tempHome(), choice: 'file', requireKeychain: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('admin policy') });
    const logger = createRecordingLogger();
    const dir = tempHome();
    const vault = await createNodeVault({ logger, dir, requireKeychain: true, loadKeyring: brokenBinding, os: 'linux' });
    await vault.set('k', 'v');
    expect(vault.persistence).toBe('session-only');
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false);
    expect(logger.lines.map((line) => line.message).join('\n')).toContain('admin policy');
  });

  it('uses the file when the person chooses it, even where a keychain works', async () => {
    const dir = tempHome();
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir, choice: 'file', loadKeyring: fakeKeychain().loader });
    await vault.set('k', 'v');
    expect(vault.persistence).toBe('owner-only-file');
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toEqual({ k: 'v' });
  });
});

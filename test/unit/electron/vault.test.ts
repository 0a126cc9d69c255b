import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { ALLOW_PLAINTEXT_SETTING, createSafeStorageVault, type KeyValueFile } from '../../../src/main/platform/electron';
import { createFakeElectron } from '../../support/fake-electron';

// A real conf file in a temp folder: electron-store is conf plus Electron's userData path.
const folders: string[] = [];
async function secretsFile(): Promise<KeyValueFile> {
  const cwd = await mkdtemp(join(tmpdir(), 'baton-vault-'));
  folders.push(cwd);
  return new Conf({ cwd, configName: 'secrets', accessPropertiesByDotNotation: false }) as unknown as KeyValueFile;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function vaultWith(
  options: {
    backend?: 'basic_text' | 'gnome_libsecret' | 'unknown';
    isAvailable?: boolean;
    allowPlaintext?: boolean;
    platform?: NodeJS.Platform;
  } = {},
) {
  const electron = createFakeElectron();
  electron.safeStorage.backend = options.backend ?? 'gnome_libsecret';
  electron.safeStorage.isAvailable = options.isAvailable ?? true;
  const file = await secretsFile();
  const vault = await createSafeStorageVault({
    safeStorage: electron.safeStorage,
    file,
    platform: options.platform ?? 'linux',
    allowPlaintext: options.allowPlaintext ?? false,
    settingsLocation: '/home/ada/.config/Baton/settings.json',
  });
  return { electron, file, vault };
}

describe('the safeStorage vault', () => {
  it('round-trips a secret encrypted at rest when the OS offers encryption', async () => {
    const { vault, file } = await vaultWith();
    await vault.set('refresh-token:acme.prod', 'rt-very-secret');
    expect(vault.persistence).toBe('os-encrypted');
    expect(await vault.get('refresh-token:acme.prod')).toBe('rt-very-secret');
    const onDisk = await readFile(file.path, 'utf8');
    expect(onDisk).toContain('refresh-token:acme.prod');
    expect(onDisk).not.toContain('rt-very-secret');
    expect(Buffer.from(file.get('refresh-token:acme.prod') as string, 'base64').toString('utf8')).toMatch(/^fake-encrypted:/);
  });

  it('deletes a secret', async () => {
    const { vault } = await vaultWith();
    await vault.set('k', 'v');
    await vault.delete('k');
    expect(await vault.get('k')).toBeUndefined();
  });

  it("refuses to persist with Linux's basic_text backend and explains how to opt in", async () => {
    const { vault, file } = await vaultWith({ backend: 'basic_text' });
    await vault.set('refresh-token', 'rt-1');
    expect(vault.persistence).toBe('session-only');
    expect(await vault.get('refresh-token')).toBe('rt-1');
    expect(file.get('refresh-token')).toBeUndefined();
    expect(vault.describe()).toContain(ALLOW_PLAINTEXT_SETTING);
    expect(vault.describe()).toContain('/home/ada/.config/Baton/settings.json');
  });

  it('persists with basic_text once the person opted in, and says so', async () => {
    const { vault, file } = await vaultWith({ backend: 'basic_text', allowPlaintext: true });
    await vault.set('refresh-token', 'rt-1');
    expect(vault.persistence).toBe('os-encrypted');
    expect(typeof file.get('refresh-token')).toBe('string');
    expect(vault.describe()).toContain('without a keyring');
  });

  it('ignores the Linux backend on other systems', async () => {
    const { vault } = await vaultWith({ backend: 'basic_text', platform: 'darwin' });
    expect(vault.persistence).toBe('os-encrypted');
  });

  it('keeps secrets for the session only when encryption is unavailable', async () => {
    const { vault, file } = await vaultWith({ isAvailable: false });
    await vault.set('k', 'v');
    expect(vault.persistence).toBe('session-only');
    expect(await vault.get('k')).toBe('v');
    expect(file.get('k')).toBeUndefined();
  });

  it('forgets a secret that can no longer be decrypted', async () => {
    const { vault, file } = await vaultWith();
    file.set('k', Buffer.from('written by another account').toString('base64'));
    expect(await vault.get('k')).toBeUndefined();
    expect(file.get('k')).toBeUndefined();
  });

  it('re-encrypts a secret when safeStorage asks for it (key rotation)', async () => {
    const { vault, electron } = await vaultWith();
    await vault.set('k', 'v');
    const encrypt = electron.safeStorage.encryptStringAsync;
    const reEncrypted: string[] = [];
    electron.safeStorage.encryptStringAsync = async (text: string) => {
      reEncrypted.push(text);
      return encrypt(text);
    };
    electron.safeStorage.shouldReEncrypt = true;
    expect(await vault.get('k')).toBe('v');
    expect(reEncrypted).toEqual(['v']);
  });
});

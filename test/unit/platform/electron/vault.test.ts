import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { inEnglish } from '../../../../src/shared/message-parts';
import { createSafeStorageVault, openDataFiles, type KeyValueFile } from '../../../../src/main/platform/electron';
import { createRecordingLogger } from '../../../../src/main/platform/memory';
import { createFakeElectron } from '../../../support/fake-electron';

// The real secrets file in a temp folder, as the app opens it in userData.
async function secretsFile(): Promise<KeyValueFile> {
  const cwd = await mkdtemp(join(tmpdir(), 'baton-vault-'));
  onTestFinished(() => rm(cwd, { recursive: true, force: true }));
  return openDataFiles(cwd)('secrets');
}

async function vaultWith(
  options: {
    backend?: 'basic_text' | 'gnome_libsecret' | 'unknown';
    isAvailable?: boolean;
    choice?: 'auto' | 'keychain' | 'file' | 'memory';
    requireKeychain?: boolean;
    platform?: NodeJS.Platform;
  } = {},
) {
  const logger = createRecordingLogger();
  const electron = createFakeElectron();
  electron.safeStorage.backend = options.backend ?? 'gnome_libsecret';
  electron.safeStorage.isAvailable = options.isAvailable ?? true;
  const file = await secretsFile();
  const vault = await createSafeStorageVault({
    safeStorage: electron.safeStorage,
    file,
    platform: options.platform ?? 'linux',
    choice: options.choice,
    requireKeychain: options.requireKeychain,
    logger,
  });
  return { electron, file, vault, logger };
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

  it("keeps secrets with Linux's basic_text backend in the owner-only file, saying so once as the Node hosts do", async () => {
    const { vault, file, logger } = await vaultWith({ backend: 'basic_text' });
    expect(logger.lines).toEqual([]);
    await vault.set('refresh-token', 'rt-1');
    await vault.set('client-secret', 's-1');
    expect(vault.persistence).toBe('owner-only-file');
    expect(await vault.get('refresh-token')).toBe('rt-1');
    expect(typeof file.get('refresh-token')).toBe('string');
    expect(logger.lines.map((line) => line.message)).toEqual([
      `no OS keychain: secrets are stored in ${file.path}, readable by this user and root`,
    ]);
    expect(inEnglish(vault.describe())).toContain('readable by this user and root');
  });

  it('keeps them in memory instead when the admin policy requires the keychain or the person chose memory', async () => {
    for (const options of [{ requireKeychain: true }, { choice: 'memory' as const }]) {
      const { vault, file } = await vaultWith({ backend: 'basic_text', ...options });
      await vault.set('refresh-token', 'rt-1');
      expect(vault.persistence).toBe('session-only');
      expect(file.get('refresh-token')).toBeUndefined();
    }
  });

  it('ignores the Linux backend on other systems', async () => {
    const { vault } = await vaultWith({ backend: 'basic_text', platform: 'darwin' });
    expect(vault.persistence).toBe('os-encrypted');
  });

  it('keeps secrets in the owner-only file when the system offers no encryption at all', async () => {
    const { vault, file } = await vaultWith({ isAvailable: false });
    await vault.set('k', 'v');
    expect(vault.persistence).toBe('owner-only-file');
    expect(await vault.get('k')).toBe('v');
    expect(file.get('k')).toBe('v');
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

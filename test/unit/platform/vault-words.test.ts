import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createSafeStorageVault, openDataFiles } from '../../../src/main/platform/electron';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createNodeVault, type KeyringLoader } from '../../../src/main/platform/node';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { inEnglish, renderParts } from '../../../src/shared/message-parts';
import { createFakeElectron } from '../../support/fake-electron';

// Where a vault keeps secrets is message ids with values (the keychain, the path, the OS's own
// reason as it came): the English every payload keeps is pinned here by hand, and the same ids
// say it in German for the account menu and the CLI.
let de: Translator;
beforeAll(async () => void (de = await loadTranslator('de')));

const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'baton-vault-words-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
};
const workingKeychain: KeyringLoader = async () => {
  const store = new Map<string, string>();
  return (service, account) => ({
    setPassword: async (password) => void store.set(`${service}/${account}`, password),
    getPassword: async () => store.get(`${service}/${account}`) ?? null,
    deleteCredential: async () => store.delete(`${service}/${account}`),
  });
};
const lockedKeychain: KeyringLoader = async () => () => ({
  setPassword: async () => {
    throw new Error('Platform secure storage failure: no D-Bus session');
  },
  getPassword: async () => null,
  deleteCredential: async () => false,
});

describe('what the Node vaults say about where secrets are kept', () => {
  it('names the OS keychain', async () => {
    const vault = await createNodeVault({
      logger: createRecordingLogger(),
      dir: await tempDir(),
      loadKeyring: workingKeychain,
      os: 'darwin',
    });
    expect(inEnglish(vault.describe())).toBe('Secrets are stored encrypted in the macOS Keychain.');
    expect(renderParts(de, vault.describe())).toBe('Geheimnisse werden verschlüsselt im macOS-Schlüsselbund gespeichert.');
  });

  it('names the secrets file by its path', async () => {
    const dir = await tempDir();
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir, loadKeyring: lockedKeychain, os: 'linux' });
    const path = join(dir, 'secrets.json');
    expect(inEnglish(vault.describe())).toBe(
      `Secrets are stored in ${path}, readable by this user and root (this machine has no OS keychain).`,
    );
    expect(renderParts(de, vault.describe())).toBe(
      `Geheimnisse werden in ${path} gespeichert, lesbar für diesen Benutzer und root (dieser Rechner hat keinen Schlüsselbund des Betriebssystems).`,
    );
  });

  it('says why secrets stay in memory: the keychain failed (its own words kept) and the admin policy forbids the file', async () => {
    const vault = await createNodeVault({
      logger: createRecordingLogger(),
      dir: await tempDir(),
      loadKeyring: lockedKeychain,
      os: 'linux',
      requireKeychain: true,
    });
    expect(vault.persistence).toBe('session-only');
    expect(inEnglish(vault.describe())).toBe(
      'Secrets are kept in memory only and are forgotten when Baton exits, because the Secret Service keyring (GNOME Keyring / KWallet) ' +
        'is not usable here (Platform secure storage failure: no D-Bus session), and the admin policy requires the keychain.',
    );
    expect(renderParts(de, vault.describe())).toBe(
      'Geheimnisse werden nur im Arbeitsspeicher gehalten und beim Beenden von Baton vergessen, weil der Secret-Service-Schlüsselbund ' +
        '(GNOME Keyring / KWallet) hier nicht nutzbar ist (Platform secure storage failure: no D-Bus session) und die Administratorrichtlinie den Schlüsselbund verlangt.',
    );
  });

  it('says the person chose memory', async () => {
    const vault = await createNodeVault({ logger: createRecordingLogger(), dir: await tempDir(), choice: 'memory' });
    expect(inEnglish(vault.describe())).toBe(
      'Secrets are kept in memory only and are forgotten when Baton exits, because you chose memory-only secret storage.',
    );
    expect(renderParts(de, vault.describe())).toContain('weil Sie die Speicherung nur im Arbeitsspeicher gewählt haben.');
  });
});

describe('what the desktop vault says about where secrets are kept', () => {
  async function vaultWith(backend: 'basic_text' | 'gnome_libsecret', requireKeychain = false) {
    const electron = createFakeElectron();
    electron.safeStorage.backend = backend;
    electron.safeStorage.isAvailable = true;
    const file = await openDataFiles(await tempDir())('secrets');
    const vault = await createSafeStorageVault({ safeStorage: electron.safeStorage, file, platform: 'linux', requireKeychain });
    return { vault, path: file.path };
  }

  it('names the OS encryption and the file', async () => {
    const { vault, path } = await vaultWith('gnome_libsecret');
    expect(inEnglish(vault.describe())).toBe(`Secrets are encrypted by the operating system (gnome_libsecret) and stored in ${path}.`);
    expect(renderParts(de, vault.describe())).toBe(
      `Geheimnisse werden vom Betriebssystem (gnome_libsecret) verschlüsselt und in ${path} gespeichert.`,
    );
  });

  it('says there is no keychain and the policy forbids a file, then what to do, in two sentences', async () => {
    const { vault } = await vaultWith('basic_text', true);
    expect(inEnglish(vault.describe())).toBe(
      'Secrets are kept in memory for this session only: this system offers no OS keychain to Baton, and the admin policy does not allow a secrets file. ' +
        'Install or unlock a keyring (GNOME Keyring, KWallet) and restart Baton.',
    );
    expect(renderParts(de, vault.describe())).toBe(
      'Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten: Dieses System bietet Baton keinen Schlüsselbund des Betriebssystems, ' +
        'und die Administratorrichtlinie erlaubt keine Geheimnisdatei. ' +
        'Installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet) und starten Sie Baton neu.',
    );
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { assertOpenableUrl, createNodeVault, type KeyringLoader } from '../../../src/main/platform/node';
import { BatonError } from '../../../src/shared/errors';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';

// Where secrets are kept and what the browser may open: refusals in message ids, the English
// beside them pinned here by hand, and the same ids in the person's language.
let de: Translator;
let ja: Translator;
beforeAll(async () => void ([de, ja] = await Promise.all([loadTranslator('de'), loadTranslator('ja')])));

const lockedKeychain: KeyringLoader = async () => () => ({
  setPassword: () => Promise.reject(new Error('User interaction is not allowed.')),
  getPassword: async () => null,
  deleteCredential: async () => false,
});

async function refusal(run: () => unknown): Promise<BatonError> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  if (!(error instanceof BatonError)) throw new Error(`expected a BatonError, got ${String(error)}`);
  return error;
}

describe('what the secrets store and the browser opener say when they refuse', () => {
  it('names the keychain of this OS that is not usable, with the keychain’s own reason', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'baton-vault-'));
    onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
    const error = await refusal(() =>
      createNodeVault({
        logger: createRecordingLogger(),
        dir: join(parent, 'home'),
        choice: 'keychain',
        loadKeyring: lockedKeychain,
        os: 'darwin',
      }),
    );
    expect([error.code, error.message]).toEqual([
      'INTERNAL',
      'Secrets cannot be stored: the macOS Keychain is not usable here (User interaction is not allowed.).',
    ]);
    expect(renderParts(de, error.messageText!)).toBe(
      'Geheimnisse können nicht gespeichert werden: Der macOS-Schlüsselbund ist hier nicht nutzbar (User interaction is not allowed.).',
    );
  });

  it('refuses to open an address that is not https, naming its scheme', async () => {
    const error = await refusal(() => assertOpenableUrl('file:///etc/passwd'));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'Baton only opens https addresses, or http on this machine; refused a file: address.',
      'Use the https address of your Orchestrator or Identity Server.',
    ]);
    expect(renderParts(ja, error.messageText!)).toBe(
      'Baton が開くのは https のアドレスか、このコンピューター上の http のみです。file: のアドレスを拒否しました。',
    );
  });
});

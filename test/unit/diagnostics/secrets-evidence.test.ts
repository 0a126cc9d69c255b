import { describe, expect, it } from 'vitest';
import { secretsCheck } from '../../../src/main/diagnostics/checks-secrets';
import type { CheckContext } from '../../../src/main/diagnostics/types';
import { loadTranslator } from '../../../src/shared/i18n';
import { inEnglish, renderParts, said } from '../../../src/shared/message-parts';
import type { SessionStatus } from '../../../src/shared/model';

const path = '/home/ada/.baton/secrets.json';
const status: SessionStatus = {
  state: 'signed-out',
  profileId: 'p1',
  profileName: 'Sandbox',
  user: null,
  secretStorage: {
    isPersistent: true,
    store: 'file',
    description: `Secrets are stored in ${path}, readable by this user and root (this machine has no OS keychain).`,
    descriptionText: [said('account.storedInFile', { path })],
  },
};

describe('the secrets check’s evidence', () => {
  it('is where the vault says it keeps secrets, in English and in German', async () => {
    const context = { auth: { status: async () => status } } as unknown as CheckContext;
    const outcome = await secretsCheck.run(context);
    const [line] = outcome.evidence!;
    expect(inEnglish(line!)).toBe(status.secretStorage!.description);
    expect(renderParts(await loadTranslator('de'), line!)).toBe(
      `Geheimnisse werden in ${path} gespeichert, lesbar für diesen Benutzer und root (dieser Rechner hat keinen Schlüsselbund des Betriebssystems).`,
    );
  });
});

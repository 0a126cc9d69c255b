import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalogService } from '../../../src/main/catalog/catalog-service';
import { createClientPool, type ConnectionSource, type ConnectionWithTokens } from '../../../src/main/orchestrator';
import { createManualClock, createMemorySettings } from '../../../src/main/platform/memory';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusal } from '../../support/refusal';

// The catalog's refusals are message ids: the English beside them is pinned by hand, and the
// same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => {
  [de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')]);
});

function catalogWith(active: ConnectionWithTokens | null) {
  const connections: ConnectionSource = { active: () => active, forProfile: () => active, onDidChangeActive: () => () => {} };
  const clock = createManualClock();
  const clients = createClientPool({ connections, fetch: () => Promise.reject(new Error('no network in this test')), clock });
  return createCatalogService({ connections, clients, settings: createMemorySettings(), clock });
}

const signedIn: ConnectionWithTokens = {
  connection: { profileId: 'p1', apiBaseUrl: 'https://orchestrator.example' },
  tokens: { getAccessToken: () => Promise.resolve('t'), refreshAccessToken: () => Promise.resolve('t') },
};

describe('what the catalog says when it refuses', () => {
  it('asks a signed-out person to sign in, in English and in German', async () => {
    const error = await refusal(catalogWith(null).findProcess('1:invoices'));
    expect([error.code, error.message, error.hint]).toEqual([
      'AUTH_REQUIRED',
      'Sign in first.',
      'Add a connection profile and sign in to see your processes.',
    ]);
    expect(renderParts(de, error.hintText!)).toBe(
      'Fügen Sie ein Verbindungsprofil hinzu und melden Sie sich an, um Ihre Prozesse zu sehen.',
    );
  });

  it('names a process it does not list, in English and in Arabic', async () => {
    const error = await refusal(catalogWith(signedIn).setFavorite('7:gone', true));
    expect([error.code, error.message, error.hint]).toEqual([
      'NOT_FOUND',
      'There is no process 7:gone in your catalog.',
      'Refresh the process list; the process may have been removed or moved to another folder.',
    ]);
    expect(renderParts(ar, error.messageText!)).toBe('لا توجد عملية 7:gone في الكتالوج.');
  });
});

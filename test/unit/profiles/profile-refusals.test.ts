import { beforeAll, describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { createProfileStore } from '../../../src/main/profiles';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusedNow } from '../../support/refusal';

// A connection profile's refusals are message ids with values: the English beside them is pinned
// here by hand, and the same ids say it in the person's language.
let fr: Translator;
beforeAll(async () => void (fr = await loadTranslator('fr')));

describe('what the profile store says when it refuses', () => {
  it('refuses a second profile of the same name, naming it, and changes nothing', () => {
    const store = createProfileStore({ settings: createMemorySettings() });
    store.add({ name: 'Prod', orchestratorUrl: 'https://orch.example.com' });
    const error = refusedNow(() => store.add({ name: 'Prod', orchestratorUrl: 'https://other.example.com' }));
    expect([error.code, error.message, error.hint]).toEqual([
      'CONFLICT',
      'A profile named "Prod" already exists.',
      'Pick another name, or update the existing profile.',
    ]);
    expect(renderParts(fr, error.messageText!)).toBe('Un profil nommé « Prod » existe déjà.');
    expect(store.list()).toHaveLength(1);
  });

  it('says a profile it does not have does not exist', () => {
    const error = refusedNow(() => createProfileStore({ settings: createMemorySettings() }).get('p-404'));
    expect([error.code, error.message, error.hint]).toEqual([
      'NOT_FOUND',
      'That connection profile does not exist.',
      'List the profiles (baton profile list) and pick one of them.',
    ]);
    expect(renderParts(fr, error.hintText!)).toBe('Affichez les profils (baton profile list) et choisissez-en un.');
  });
});

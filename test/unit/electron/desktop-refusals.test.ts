import { beforeAll, describe, expect, it } from 'vitest';
import { createExternalOpener } from '../../../src/main/electron';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { createFakeElectron } from '../../support/fake-electron';
import { refusal } from '../../support/refusal';

// The desktop host's refusals are message ids: the English beside them is pinned by hand, and the
// same ids say it in the person's language.
let fr: Translator;
let ja: Translator;
beforeAll(async () => {
  [fr, ja] = await Promise.all([loadTranslator('fr'), loadTranslator('ja')]);
});

describe('what the desktop host says when it will not open a link', () => {
  it('names the scheme it refuses, in English and in French, and opens nothing', async () => {
    const electron = createFakeElectron();
    const error = await refusal(createExternalOpener(electron.shell)('file:///etc/passwd'));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'Baton will not open file: links.',
      'Only https links (and http links to this computer) are opened in your browser.',
    ]);
    expect(renderParts(fr, error.messageText!)).toBe('Baton n’ouvre pas les liens file:.');
    expect(electron.shell.opened).toEqual([]);
  });

  it('says a link it cannot read is malformed, in English and in Japanese', async () => {
    const error = await refusal(createExternalOpener(createFakeElectron().shell)('not a url'));
    expect(error.message).toBe('Baton will not open malformed links.');
    expect(renderParts(ja, error.messageText!)).toBe('Baton は形式が正しくないリンクを開きません。');
  });
});

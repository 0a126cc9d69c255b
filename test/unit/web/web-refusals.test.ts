import { beforeAll, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { checkFrame } from '../../../src/main/web/frame-limits';
import { startWebHost } from '../../../src/main/web/server';
import { createDispatcher } from '../../../src/shared/dispatch';
import type { BatonHandlers } from '../../../src/shared/api';
import type { BatonErrorPayload } from '../../../src/shared/errors';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusal } from '../../support/refusal';

// The web host's and the dispatcher's refusals are message ids: the English beside them is
// pinned by hand, and the same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => {
  [de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')]);
});

function payloadOf(verdict: ReturnType<typeof checkFrame>): BatonErrorPayload {
  if (verdict.isAccepted || verdict.response === null) throw new Error('expected a refused frame');
  const [first] = Array.isArray(verdict.response) ? verdict.response : [verdict.response];
  return first!.error.data as BatonErrorPayload;
}

describe('what the web host says when it refuses', () => {
  it('refuses a batch past the limit with its count as sent (10000, not 10,000), in English and in German', () => {
    const batch = JSON.stringify(Array.from({ length: 10_000 }, (_, id) => ({ jsonrpc: '2.0', id, method: 'app.info' })));
    const error = payloadOf(checkFrame(batch, 0));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'A batch may hold at most 50 calls; this one held 10000.',
      'Send the calls in batches of 50 or fewer.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Ein Stapel darf höchstens 50 Aufrufe enthalten; dieser enthielt 10000.');
  });

  it('refuses a token too short before it listens, in English and in Arabic', async () => {
    const error = await refusal(
      startWebHost({ core: new Promise(() => {}), rendererDir: '/nowhere', token: 'short', logger: createRecordingLogger() }),
    );
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'The web host token is too short.',
      'Leave the token out to get a random one.',
    ]);
    expect(renderParts(ar, error.messageText!)).toBe('رمز مضيف الويب قصير جدًا.');
  });

  it('names a missing renderer build and the commands that build it, which stay as they are in German', async () => {
    const error = await refusal(startWebHost({ core: new Promise(() => {}), rendererDir: '/nowhere', logger: createRecordingLogger() }));
    expect([error.code, error.message, error.hint]).toEqual([
      'NOT_FOUND',
      'The Baton UI is not built: /nowhere/index.html is missing.',
      'Build it with `npx electron-vite build` (or `npm run build`), then start the web host again.',
    ]);
    expect(renderParts(de, error.hintText!)).toBe(
      'Bauen Sie sie mit `npx electron-vite build` (oder `npm run build`) und starten Sie den Web-Host dann erneut.',
    );
  });

  it('names an unknown method as sent, in English and in German', async () => {
    const dispatch = createDispatcher({} as BatonHandlers);
    const error = await refusal(dispatch('app.shutdownEverything', {}));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'Unknown method "app.shutdownEverything".',
      'This Baton does not offer that call; the UI and the core may be different versions.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Unbekannte Methode „app.shutdownEverything“.');
    expect((await refusal(dispatch(42, {}))).message).toBe('Unknown method of type number.');
  });
});

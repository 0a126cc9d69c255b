import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_DIALECTS, dialectFor, errorFromNetwork, productsKey, serializeInputArguments } from '../../../src/main/orchestrator';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { inEnglish, renderParts, said } from '../../../src/shared/message-parts';
import { refusedNow } from '../../support/refusal';

// What Baton says about an Orchestrator call it refuses or cannot read is message ids: the English
// beside them is pinned by hand, and the same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => {
  [de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')]);
});

describe('what Baton says about an Orchestrator call', () => {
  it('refuses input arguments past the version’s limit with the lengths as counted, in English and in German', () => {
    const error = refusedNow(() => serializeInputArguments(dialectFor(17), { in_Text: 'x'.repeat(10_000) }));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'The input arguments are 10014 characters long; this Orchestrator accepts at most 10000.',
      'Shorten the input to 10000 characters or fewer (as JSON), for example by passing a file path or an asset name instead of the content.',
    ]);
    expect(error.details).toEqual({ length: 10_014, limit: 10_000 });
    expect(renderParts(de, error.messageText!)).toBe(
      'Die Eingabeargumente sind 10014 Zeichen lang; dieser Orchestrator akzeptiert höchstens 10000.',
    );
  });

  it('says "the configured address" in the person’s language when the URL cannot be read', () => {
    const failure = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    const unreachable = errorFromNetwork(failure, 'not a url', false);
    expect(unreachable.message).toBe('Cannot reach Orchestrator at the configured address.');
    expect(renderParts(de, unreachable.messageText!)).toBe('Orchestrator unter der konfigurierten Adresse ist nicht erreichbar.');
    expect(errorFromNetwork(failure, 'not a url', true).message).toBe('Orchestrator at the configured address did not answer in time.');
    const untrusted = errorFromNetwork(
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } }),
      '::',
      false,
    );
    expect([untrusted.code, untrusted.message]).toEqual([
      'TLS_UNTRUSTED',
      'The certificate of the configured address is not trusted by this computer.',
    ]);
    expect(renderParts(ar, untrusted.messageText!)).toBe('شهادة العنوان المُعدّ غير موثوقة على هذا الكمبيوتر.');
  });

  it('names every version row in the ambiguous-start hint as the row’s own products', () => {
    for (const dialect of ALL_DIALECTS) {
      expect(inEnglish(said('serviceErrors.startCannotTellHint', { products: productsKey(dialect) }))).toContain(
        `This Orchestrator (${dialect.products}) `,
      );
    }
    expect(renderParts(de, said('serviceErrors.startCannotTellHint', { products: productsKey(dialectFor(14)) }))).toContain(
      'Dieser Orchestrator (21.10 bis 23.4 (API 13–16))',
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { createListPacer } from '../../../src/main/jobs/list-pacer';
import { createManualClock } from '../../../src/main/platform/memory';
import { BatonError } from '../../../src/shared/errors';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';

// The Jobs service's refusals are message ids: the English beside them is pinned by hand, and the
// same ids say it in the person's language, with plurals where the language has them.
let de: Translator;
let ar: Translator;
beforeAll(async () => {
  [de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')]);
});

function refusedListing(clock: ReturnType<typeof createManualClock>, pacer: ReturnType<typeof createListPacer>): BatonError {
  try {
    pacer.take('p1');
  } catch (error) {
    if (error instanceof BatonError) return error;
    throw error;
  }
  throw new Error(`expected a refusal at ${clock.now()}`);
}

describe('what the Jobs service says when it paces listings', () => {
  it('says how often it lists and how long to wait, in English, German and Arabic', () => {
    const clock = createManualClock();
    const pacer = createListPacer({ clock, perMinute: 2 });
    pacer.take('p1');
    clock.advance(30_000);
    pacer.take('p1');
    const error = refusedListing(clock, pacer);
    expect([error.code, error.message, error.hint]).toEqual([
      'RATE_LIMITED',
      'Baton lists jobs at most 2 times a minute, so as not to use up Orchestrator’s limit.',
      'Wait 30 seconds and refresh.',
    ]);
    expect(renderParts(de, error.hintText!)).toBe('Warten Sie 30 Sekunden und aktualisieren Sie dann.');

    clock.advance(29_500);
    const almost = refusedListing(clock, pacer);
    expect(almost.hint).toBe('Wait 1 second and refresh.');
    expect(renderParts(ar, almost.hintText!)).toBe('انتظر ثانية واحدة ثم حدّث.');
  });
});

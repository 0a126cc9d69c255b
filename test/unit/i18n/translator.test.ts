import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { loadedCatalog } from '../../../src/shared/i18n/load-messages';
import type { MessageId } from '../../../src/shared/i18n/catalog';
import {
  createTranslator,
  directionOf,
  loadTranslator,
  LOCALES,
  messageTextSchema,
  pickLocale,
  PSEUDO_LOCALE,
} from '../../../src/shared/i18n';

describe('pickLocale', () => {
  it('takes the first of the person’s languages Baton speaks, by its language subtag', () => {
    expect(pickLocale(['de-AT', 'en-US'])).toBe('de');
    expect(pickLocale(['zh-Hant-TW', 'fr-CA', 'de'])).toBe('fr');
    expect(pickLocale(['ar-EG'])).toBe('ar');
    expect(pickLocale(['ja_JP'])).toBe('ja');
  });

  it('falls back to English for languages it lacks, and for tags that are not BCP 47', () => {
    expect(pickLocale(['zh-CN', 'ko'])).toBe('en');
    expect(pickLocale(['C', 'POSIX', ''])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('direction', () => {
  it('is right-to-left for Arabic only', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['en', 'de', 'fr', 'es', 'ja', PSEUDO_LOCALE].map((locale) => directionOf(locale as 'en'))).toEqual(Array(6).fill('ltr'));
  });
});

describe('messages', () => {
  it('gives every message without placeholders exactly as ICU MessageFormat formats it, in every language', async () => {
    for (const locale of LOCALES) {
      const translator = await loadTranslator(locale);
      const catalog = loadedCatalog(locale)!;
      let plain = 0;
      for (const [id, message] of catalog) {
        const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
        if (format.getAst().some((element) => element.type !== 0)) continue;
        plain += 1;
        expect(translator.t(id as MessageId), `${locale} ${id}`).toBe(String(format.format()));
      }
      expect(plain).toBeGreaterThan(100);
    }
  });

  it('chooses plural forms by each language’s rules', async () => {
    const en = createTranslator('en');
    expect([1, 2].map((total) => en.t('processes.statusCount', { total }))).toEqual(['1 process', '2 processes']);
    const ar = await loadTranslator('ar');
    // Arabic digits are Latin or Arabic-Indic depending on the ICU data; the noun's form is what the rules choose.
    expect([1, 2].map((count) => ar.t('jobs.count', { count }))).toEqual(['مهمة واحدة', 'مهمتان']);
    expect(ar.t('jobs.count', { count: 3 })).toMatch(/^[3٣] مهام$/);
    expect(ar.t('jobs.count', { count: 11 })).toMatch(/^(11|١١) مهمة$/);
    const ja = await loadTranslator('ja');
    expect(ja.t('jobs.count', { count: 1 })).toBe('1 件のジョブ');
  });

  it('fills selects and placeholders in the language', async () => {
    const de = await loadTranslator('de');
    expect(de.t('runs.state', { state: 'faulted' })).toBe('Fehlerhaft');
    expect(de.t('processes.runProcess', { name: 'Invoice Intake' })).toBe('Invoice Intake ausführen');
    expect(de.text({ id: 'processes.runProcess', values: { name: 'X' } })).toBe('X ausführen');
  });

  it('throws on an unknown id in development, and falls back to the id in production builds', () => {
    expect(() => createTranslator('en').t('processes.nope' as 'processes.run')).toThrow(/Unknown message id "processes.nope"/);
    expect(createTranslator('en', { isStrict: false }).t('processes.nope' as 'processes.run')).toBe('processes.nope');
  });

  it('pseudo-localizes: accented, lengthened, bracketed, placeholders filled as given', () => {
    const text = createTranslator(PSEUDO_LOCALE).t('processes.runProcess', { name: 'Invoice Intake' });
    expect(text).toMatch(/^\[Ŕûñ Invoice Intake·+\]$/);
    expect(text.length).toBeGreaterThan('Run Invoice Intake'.length * 1.2);
  });

  it('refuses a MessageText with an unknown id or a value that is neither text nor number', () => {
    expect(messageTextSchema.safeParse({ id: 'processes.run' }).success).toBe(true);
    expect(messageTextSchema.safeParse({ id: 'processes.nope' }).success).toBe(false);
    expect(messageTextSchema.safeParse({ id: 'processes.runProcess', values: { name: { html: '<b>' } } }).success).toBe(false);
  });
});

describe('formatters', () => {
  const at = new Date('2026-01-31T15:04:05Z');

  it('write numbers, dates and times as the language does', async () => {
    const de = await loadTranslator('de');
    expect(de.formatNumber(10000.5)).toBe('10.000,5');
    expect(createTranslator('en').formatNumber(10000.5)).toBe('10,000.5');
    expect(de.formatDate(at, { timeZone: 'UTC' })).toBe('31.01.2026');
    expect(createTranslator('en').formatTime(at, { timeZone: 'UTC' })).toBe('3:04 PM');
    expect(de.formatTime(at, { timeZone: 'UTC' })).toBe('15:04');
  });

  it('say durations in hours, minutes and seconds, leaving out the leading zeros', async () => {
    const en = createTranslator('en');
    expect(en.formatDuration(5_000)).toBe('5s');
    expect(en.formatDuration(65_000)).toBe('1m 5s');
    expect(en.formatDuration(3_723_000)).toBe('1h 2m');
    expect((await loadTranslator('de')).formatDuration(65_000)).toBe('1 Min., 5 Sek.');
  });

  it('say relative times ("2 minutes ago") in the language', async () => {
    const now = at.getTime();
    expect(createTranslator('en').formatRelative(now - 120_000, now)).toBe('2 minutes ago');
    expect(createTranslator('en').formatRelative(now + 3 * 3_600_000, now)).toBe('in 3 hours');
    expect((await loadTranslator('fr')).formatRelative(now - 86_400_000, now)).toBe('hier');
    expect((await loadTranslator('de')).formatRelative(now - 120_000, now)).toBe('vor 2 Minuten');
  });

  it('accent what the formatters write in the pseudo-locale, so it shows as localized', () => {
    expect(createTranslator(PSEUDO_LOCALE).formatTime(at, { timeZone: 'UTC' })).toBe('3:04 ƤṀ');
  });
});

import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  flattenMessages,
  LOCALES,
  loadMessages,
  parseMessage,
  type Locale,
  type MessageElement as Element,
  type MessageId,
} from '../../../src/shared/i18n';

// Element types of the ICU AST (@formatjs/icu-messageformat-parser's TYPE enum).
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]);
const SELECT = 5;
const PLURAL = 6;

/** Every `{placeholder}` a message uses, with `select` options as `name=option`, found by walking the ICU syntax tree. */
function placeholders(elements: readonly Element[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (ARGUMENT_TYPES.has(element.type)) found.add((element as { value: string }).value);
    if (element.type === SELECT) for (const option of Object.keys(element.options)) found.add(`${element.value}=${option}`);
    if (element.type === SELECT || element.type === PLURAL)
      for (const option of Object.values(element.options)) placeholders(option.value, found);
  }
  return found;
}

function pluralsWithoutOther(elements: readonly Element[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === PLURAL || element.type === SELECT) {
      const nested = Object.values(element.options).flatMap((option) => pluralsWithoutOther(option.value));
      return 'other' in element.options ? nested : [element.value, ...nested];
    }
    return [];
  });
}

const english = flattenMessages(await loadMessages('en'));
const others = LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en');
const catalogs = new Map(await Promise.all(others.map(async (locale) => [locale, flattenMessages(await loadMessages(locale))] as const)));

describe('the English catalog', () => {
  it('has messages, each valid ICU with an "other" case in every plural and select', () => {
    expect(english.size).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const [id, message] of english) {
      try {
        const missingOther = pluralsWithoutOther(parseMessage(message, 'en'));
        if (missingOther.length > 0) problems.push(`${id}: no "other" case for ${missingOther.join(', ')}`);
      } catch (error) {
        problems.push(`${id}: does not parse (${(error as Error).message})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('renders every message in the pseudo-locale, bracketed and without an ASCII letter outside its placeholders', () => {
    const pseudo = createTranslator('en-XA');
    for (const [id, message] of english) {
      const values = Object.fromEntries([...placeholders(parseMessage(message, 'en'))].map((name) => [name.split('=')[0], 7]));
      const text = pseudo.t(id as MessageId, values);
      expect(text, id).toMatch(/^\[[\s\S]*·\]$/);
      expect(text.replace(/7/g, ''), id).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe.each(others)('the %s catalog', (locale) => {
  const catalog = catalogs.get(locale) ?? new Map<string, string>();

  it('has every key of English', () => {
    expect([...english.keys()].filter((id) => !catalog.has(id))).toEqual([]);
  });

  it('has no key English lacks', () => {
    expect([...catalog.keys()].filter((id) => !english.has(id))).toEqual([]);
  });

  it('has only messages that parse as ICU and use exactly the placeholders of English', () => {
    const problems: string[] = [];
    for (const [id, message] of catalog) {
      const source = english.get(id);
      if (source === undefined) continue;
      let ast: Element[];
      try {
        ast = parseMessage(message, locale);
      } catch (error) {
        problems.push(`${id}: does not parse (${(error as Error).message})`);
        continue;
      }
      const theirs = [...placeholders(ast)].sort();
      let ours: string[];
      try {
        ours = [...placeholders(parseMessage(source, 'en'))].sort();
      } catch {
        continue; // English itself does not parse: the English test says so.
      }
      if (theirs.join() !== ours.join()) problems.push(`${id}: ${theirs.join(', ')} instead of ${ours.join(', ')}`);
      const missingOther = pluralsWithoutOther(ast);
      if (missingOther.length > 0) problems.push(`${id}: no "other" case for ${missingOther.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the check itself', () => {
  it('notices a placeholder renamed, a select option dropped and a message that does not parse', () => {
    const of = (message: string) => [...placeholders(parseMessage(message, 'de'))].sort().join();
    expect(of('{name} gestartet')).not.toBe(of('{nom} gestartet'));
    expect(of('{state, select, running {Läuft} other {?}}')).not.toBe(of('{state, select, other {?}}'));
    expect(() => parseMessage('{count, plural, one {#}', 'de')).toThrow();
  });
});

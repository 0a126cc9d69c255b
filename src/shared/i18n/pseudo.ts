import { IntlMessageFormat } from 'intl-messageformat';

export type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];
type Element = MessageElement;

/**
 * An ICU message's syntax tree. `<` and `>` are plain text (no rich-text tags), so a usage
 * line such as `baton run <name>` needs no escaping.
 */
export function parseMessage(message: string, locale: string): MessageElement[] {
  return new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst();
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçðéƒĝĥíĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

/** Replaces every ASCII letter with an accented look-alike: still readable, never ASCII. */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
}

// Element types of the ICU message AST (@formatjs/icu-messageformat-parser's TYPE).
const LITERAL = 0;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

/**
 * The pseudo-locale's form of an English ICU message: its literal text accented, placeholders
 * and plural/select keywords untouched, padded by about 40% and bracketed, so clipping and
 * strings that skipped the catalog both show.
 */
export function pseudoLocalize(message: string): Element[] {
  const ast = parseMessage(message, 'en');
  const length = message.length;
  const padding = '·'.repeat(Math.max(1, Math.ceil(length * 0.4)));
  return [literal('['), ...ast.map(accentElement), literal(`${padding}]`)];
}

function literal(value: string): Element {
  return { type: LITERAL, value } as Element;
}

function accentElement(element: Element): Element {
  if (element.type === LITERAL) return { ...element, value: accent(element.value) };
  if (element.type === SELECT || element.type === PLURAL) {
    const options = Object.fromEntries(
      Object.entries(element.options).map(([key, option]) => [key, { ...option, value: option.value.map(accentElement) }]),
    );
    return { ...element, options } as Element;
  }
  if (element.type === TAG) return { ...element, children: element.children.map(accentElement) };
  return element;
}

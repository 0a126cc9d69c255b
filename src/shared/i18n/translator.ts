import { IntlMessageFormat } from 'intl-messageformat';
import { flattenMessages, type FlatCatalog, type MessageId, type MessageValues, type Messages } from './catalog';
import { ENGLISH, loadedCatalog, loadMessages } from './load-messages';
import { directionOf, PSEUDO_LOCALE, type UiLocale } from './locales';
import type { MessageText } from './message-text';
import { accent, pseudoLocalize } from './pseudo';

export interface Translator {
  readonly locale: UiLocale;
  readonly dir: 'ltr' | 'rtl';
  /** The message `id` in this language, its `{placeholders}` filled from `values`. */
  t(id: MessageId, values?: MessageValues): string;
  /** A message the core sent as an id and values. */
  text(message: MessageText): string;
  formatDate(date: Date | number, options?: Intl.DateTimeFormatOptions): string;
  formatTime(date: Date | number, options?: Intl.DateTimeFormatOptions): string;
  formatDateTime(date: Date | number, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** "1 h 2 min", "5 s": hours, minutes and seconds, the leading zeros left out. */
  formatDuration(ms: number): string;
  /** "2 minutes ago", "in 3 hours", "now", "yesterday". */
  formatRelative(date: Date | number, now: Date | number): string;
}

export interface TranslatorOptions {
  /** This language's messages; by default the ones `loadMessages` already loaded. */
  messages?: Messages;
  /**
   * Whether an unknown id throws (development and tests) or falls back to English and then
   * to the id itself (production builds).
   */
  isStrict?: boolean;
}

/**
 * A translator for one language. English and the pseudo-locale are always at hand; another
 * language needs its catalog first (`await loadMessages(locale)`, or `loadTranslator`).
 */
export function createTranslator(locale: UiLocale, options: TranslatorOptions = {}): Translator {
  const catalog = options.messages ? flattenMessages(options.messages) : loadedCatalog(locale);
  if (!catalog) throw new Error(`The ${locale} messages are not loaded yet: await loadMessages('${locale}') first.`);
  const isStrict = options.isStrict ?? !isProductionBuild();
  const isPseudo = locale === PSEUDO_LOCALE;
  // Intl and plural rules: the pseudo-locale is English underneath.
  const intlLocale = isPseudo ? 'en' : locale;
  const finish = isPseudo ? accent : (text: string) => text;
  const compiled = new Map<string, IntlMessageFormat | string>();

  const compile = (id: string, source: FlatCatalog, sourceLocale: string): IntlMessageFormat | string | undefined => {
    const cached = compiled.get(id);
    if (cached !== undefined) return cached;
    const message = source.get(id);
    if (message === undefined) return undefined;
    // Text without placeholders or quotes is its own result: compiling it (a parse, and Intl asked
    // which locales it supports) cost a window's first paint ≈ 60 ms for the few hundred it shows.
    const format =
      !isPseudo && isPlainText(message)
        ? message
        : new IntlMessageFormat(isPseudo ? pseudoLocalize(message) : message, sourceLocale, undefined, { ignoreTag: true });
    compiled.set(id, format);
    return format;
  };

  const t = (id: string, values?: MessageValues): string => {
    const format = compile(id, catalog, intlLocale) ?? (isStrict ? undefined : compile(id, ENGLISH, 'en'));
    if (format === undefined) {
      if (isStrict) throw new Error(`Unknown message id "${id}".`);
      return id;
    }
    if (typeof format === 'string') return format;
    try {
      return isPseudo ? formatPseudo(format, values) : String(format.format(values));
    } catch (error) {
      if (isStrict) throw error;
      return ENGLISH.get(id) ?? id;
    }
  };

  // Making an Intl formatter costs milliseconds (its locale data is looked up); formatting with
  // one costs microseconds. A list of runs formats a time per row: each shape is made once.
  const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateTimeFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = JSON.stringify(options);
    let format = dateTimeFormats.get(key);
    if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale, options)));
    return format;
  };
  const numberFormat = (options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale, options)));
    return format;
  };
  const dateTime = (defaults: Intl.DateTimeFormatOptions) => (date: Date | number, extra?: Intl.DateTimeFormatOptions) =>
    finish(dateTimeFormat({ ...defaults, ...extra }).format(date));

  return {
    locale,
    dir: directionOf(locale),
    t,
    text: (message) => t(message.id, message.values),
    formatDate: dateTime({ dateStyle: 'medium' }),
    formatTime: dateTime({ timeStyle: 'short' }),
    formatDateTime: dateTime({ dateStyle: 'medium', timeStyle: 'short' }),
    formatNumber: (value, extra) => finish(numberFormat(extra).format(value)),
    formatDuration: (ms) => finish(formatDuration(intlLocale, ms)),
    formatRelative: (date, now) => finish(formatRelative(intlLocale, date, now)),
  };
}

/** Loads the language's catalog if need be, then makes its translator. */
export async function loadTranslator(locale: UiLocale, options: Omit<TranslatorOptions, 'messages'> = {}): Promise<Translator> {
  await loadMessages(locale);
  return createTranslator(locale, options);
}

/** No `{placeholder}`, no ICU quoting: ICU MessageFormat gives such text back as it is (tags are ignored). */
function isPlainText(message: string): boolean {
  return !/[{}']/.test(message);
}

// Marks a value handed in as text in the pseudo-locale, so it is left as given while everything
// else is accented, including dates and numbers the message formats itself ({since, time}).
const VALUE_MARK = '\u2063';

function formatPseudo(format: IntlMessageFormat, values: MessageValues | undefined): string {
  const selectors = selectArguments(format.getAst());
  const marked =
    values &&
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' && !selectors.has(name) ? `${VALUE_MARK}${value}${VALUE_MARK}` : value,
      ]),
    );
  return String(format.format(marked))
    .split(VALUE_MARK)
    .map((piece, index) => (index % 2 === 0 ? accent(piece) : piece))
    .join('');
}

/** The arguments a message chooses by (`{state, select, …}`): their values must reach it as given. */
function selectArguments(elements: ReturnType<IntlMessageFormat['getAst']>, found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === 5) found.add(element.value);
    if (element.type === 5 || element.type === 6) for (const option of Object.values(element.options)) selectArguments(option.value, found);
  }
  return found;
}

function formatDuration(locale: string, ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const unit = (value: number, name: string) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value);
  const parts = [
    ...(hours > 0 ? [unit(hours, 'hour')] : []),
    ...(hours > 0 || minutes > 0 ? [unit(minutes, 'minute')] : []),
    ...(hours > 0 ? [] : [unit(seconds, 'second')]),
  ];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

function formatRelative(locale: string, date: Date | number, now: Date | number): string {
  let value = (Number(date) - Number(now)) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

function isProductionBuild(): boolean {
  // Vite (renderer, Electron main) replaces import.meta.env; Node hosts say NODE_ENV.
  const env = (import.meta as { env?: { PROD?: boolean } }).env;
  const processEnv = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.PROD === true || processEnv?.NODE_ENV === 'production';
}

export { LOCALES, PSEUDO_LOCALE, isLocale, pickLocale, directionOf, type Locale, type UiLocale } from './locales';
export {
  flattenMessages,
  type Catalog,
  type EnglishMessages,
  type FlatCatalog,
  type MessageId,
  type MessageValues,
  type Messages,
  type Namespace,
} from './catalog';
export { loadMessages, isMessageId } from './load-messages';
export { messageTextSchema, type MessageText } from './message-text';
export { createTranslator, loadTranslator, type Translator, type TranslatorOptions } from './translator';
export { accent, parseMessage, pseudoLocalize, type MessageElement } from './pseudo';

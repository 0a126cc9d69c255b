import { z } from 'zod';
import type { MethodName } from './api';
import { batonErrorPayloadSchema, type BatonErrorPayload } from './errors';

/**
 * The wire between the preload and the Electron host. Both sides import this file, so the
 * channel names and the reply envelope cannot drift apart.
 */
export const IPC_METHOD_PREFIX = 'baton:';
/** main -> renderer: `(eventName, payload)` for every core event, to subscribed windows only. */
export const IPC_EVENT_CHANNEL = 'baton:event';
export const IPC_SUBSCRIBE_CHANNEL = 'baton:subscribe';
export const IPC_UNSUBSCRIBE_CHANNEL = 'baton:unsubscribe';

/**
 * The languages of the operating system, newest preference first, handed to the preload as one
 * command-line argument (`webPreferences.additionalArguments`): a sandboxed preload cannot ask
 * Electron's `app`, and the page's `navigator.languages` is Chromium's list, not the OS's.
 */
const SYSTEM_LANGUAGES_ARG = '--baton-system-languages=';
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/;
const MAX_SYSTEM_LANGUAGES = 20;

export function systemLanguagesArgument(languages: readonly string[]): string {
  return (
    SYSTEM_LANGUAGES_ARG +
    languages
      .filter((tag) => LANGUAGE_TAG.test(tag))
      .slice(0, MAX_SYSTEM_LANGUAGES)
      .join(',')
  );
}

/** The languages from the preload's `process.argv`; anything that is not a language tag is left out. */
export function systemLanguagesFrom(argv: readonly string[]): string[] {
  const arg = argv.find((candidate) => candidate.startsWith(SYSTEM_LANGUAGES_ARG));
  if (!arg) return [];
  return arg
    .slice(SYSTEM_LANGUAGES_ARG.length)
    .split(',')
    .filter((tag) => LANGUAGE_TAG.test(tag))
    .slice(0, MAX_SYSTEM_LANGUAGES);
}

export function methodChannel(method: MethodName): string {
  return `${IPC_METHOD_PREFIX}${method}`;
}

/**
 * Handlers return this envelope instead of throwing: Electron flattens an error thrown in
 * `ipcMain.handle` to a message prefixed with "Error invoking remote method", so the
 * BatonError code and hint would not survive.
 */
export type IpcReply = { ok: true; result: unknown } | { ok: false; error: BatonErrorPayload };

export const ipcReplySchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: batonErrorPayloadSchema }),
]);

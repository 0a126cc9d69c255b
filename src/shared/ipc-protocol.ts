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

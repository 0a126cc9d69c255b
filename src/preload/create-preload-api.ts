import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { createApiFacade, isEventName, type BatonApi, type EventName, type MethodName } from '../shared/api';
import type { BatonErrorPayload } from '../shared/errors';
import { IPC_EVENT_CHANNEL, IPC_SUBSCRIBE_CHANNEL, IPC_UNSUBSCRIBE_CHANNEL, ipcReplySchema, methodChannel } from '../shared/ipc-protocol';

export type RendererIpc = Pick<IpcRenderer, 'invoke' | 'send' | 'on' | 'removeListener'>;

/**
 * What a failed call rejects with. A plain object, not an Error: contextBridge copies only
 * the message of an Error into the page and drops custom properties, so `code` and `hint`
 * would be lost. `BatonError.fromPayload(error)` turns it back into a BatonError.
 */
export interface BridgedBatonError extends BatonErrorPayload {
  name: 'BatonError';
}

export function toBridgedError(payload: BatonErrorPayload): BridgedBatonError {
  return { name: 'BatonError', ...payload };
}

/** The BatonApi the preload exposes: every method is one `invoke`, events share one channel. */
export function createPreloadApi(ipc: RendererIpc): BatonApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let listenerTotal = 0;

  const deliver = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (!isEventName(name)) return;
    for (const listener of [...(listeners.get(name) ?? [])]) {
      // A throwing page listener must not starve the others.
      try {
        listener(payload);
      } catch (error) {
        console.error(`A listener for ${name} threw`, error);
      }
    }
  };

  const call = async (method: MethodName, params: unknown): Promise<unknown> => {
    let raw: unknown;
    try {
      raw = await ipc.invoke(methodChannel(method), params);
    } catch {
      throw toBridgedError({
        code: 'INTERNAL',
        message: `Baton's core did not answer ${method}.`,
        hint: 'Restart Baton. If it keeps happening, run Diagnostics and include its report when you ask for help.',
      });
    }
    const reply = ipcReplySchema.safeParse(raw);
    if (!reply.success) {
      throw toBridgedError({
        code: 'INTERNAL',
        message: `Baton's core sent an unreadable answer to ${method}.`,
        hint: 'The window and the core may be different versions: restart Baton.',
      });
    }
    if (reply.data.ok) return reply.data.result;
    throw toBridgedError(reply.data.error);
  };

  const on: BatonApi['on'] = (event, listener) => {
    if (!isEventName(event)) throw new TypeError(`Unknown Baton event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('A Baton event listener must be a function.');
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const entry = (payload: unknown) => (listener as (payload: unknown) => void)(payload);
    set.add(entry);
    if (listenerTotal++ === 0) {
      ipc.on(IPC_EVENT_CHANNEL, deliver);
      ipc.send(IPC_SUBSCRIBE_CHANNEL);
    }
    let isSubscribed = true;
    return () => {
      if (!isSubscribed) return;
      isSubscribed = false;
      set.delete(entry);
      if (--listenerTotal === 0) {
        ipc.removeListener(IPC_EVENT_CHANNEL, deliver);
        ipc.send(IPC_UNSUBSCRIBE_CHANNEL);
      }
    };
  };

  return createApiFacade(call, on);
}

import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { createApiFacade, type BatonApi, type MethodName } from '../shared/api';
import type { BatonErrorPayload } from '../shared/errors';
import { createEventRouter } from '../shared/event-router';
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
  const deliver = (_event: IpcRendererEvent, name: unknown, payload: unknown) => router.deliver(name, payload);
  // One IPC subscription while the page listens to anything; the router checks every payload.
  const router = createEventRouter({
    onFirstListener() {
      if (router.size !== 1) return;
      ipc.on(IPC_EVENT_CHANNEL, deliver);
      ipc.send(IPC_SUBSCRIBE_CHANNEL);
    },
    onLastListener() {
      if (router.size !== 0) return;
      ipc.removeListener(IPC_EVENT_CHANNEL, deliver);
      ipc.send(IPC_UNSUBSCRIBE_CHANNEL);
    },
    onProblem: (message, error) => console.error(message, error),
  });

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

  return createApiFacade(call, router.on);
}

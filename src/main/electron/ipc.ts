import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { eventNames, methodNames, type BatonEventSource, type BatonHandlers } from '../../shared/api';
import { createDispatcher } from '../../shared/dispatch';
import { BatonError, toErrorPayload } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { IPC_EVENT_CHANNEL, IPC_SUBSCRIBE_CHANNEL, IPC_UNSUBSCRIBE_CHANNEL, methodChannel, type IpcReply } from '../../shared/ipc-protocol';
import type { Logger } from '../platform';
import type { IpcEvent } from './trusted-senders';

export type MainIpc = Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;

export interface IpcBindingOptions {
  ipcMain: MainIpc;
  core: { handlers: BatonHandlers; events: BatonEventSource };
  isTrustedSender(event: IpcEvent): boolean;
  logger?: Logger;
}

const untrusted = () =>
  BatonError.said('FORBIDDEN', said('serviceErrors.windowForbidden'), { hint: said('serviceErrors.windowForbiddenHint') });

/**
 * Binds the whole BatonApi contract to ipcMain in one loop over the method table, and
 * forwards every core event to the windows that subscribed. Returns the disposer that
 * removes every handler, listener and subscription it made.
 */
export function bindIpc({ ipcMain, core, isTrustedSender, logger }: IpcBindingOptions): () => void {
  const dispatch = createDispatcher(core.handlers);

  for (const method of methodNames) {
    ipcMain.handle(methodChannel(method), async (event: IpcMainInvokeEvent, params: unknown): Promise<IpcReply> => {
      if (!isTrustedSender(event)) {
        logger?.warn('Refused an IPC call from an untrusted sender', { method, senderId: event.sender.id });
        return { ok: false, error: untrusted().toJSON() };
      }
      try {
        return { ok: true, result: await dispatch(method, params) };
      } catch (error) {
        if (!(error instanceof BatonError)) logger?.error('A contract method failed', { method, error: String(error) });
        return { ok: false, error: toErrorPayload(error) };
      }
    });
  }

  const subscribers = new Map<number, { contents: WebContents; forget: () => void }>();
  const unsubscribe = (contents: WebContents) => {
    const entry = subscribers.get(contents.id);
    if (!entry || entry.contents !== contents) return;
    subscribers.delete(contents.id);
    contents.removeListener('destroyed', entry.forget);
  };
  const onSubscribe = (event: IpcMainEvent) => {
    if (!isTrustedSender(event)) {
      logger?.warn('Refused an event subscription from an untrusted sender', { senderId: event.sender.id });
      return;
    }
    const contents = event.sender;
    if (subscribers.has(contents.id)) return;
    const forget = () => void subscribers.delete(contents.id);
    subscribers.set(contents.id, { contents, forget });
    contents.once('destroyed', forget);
  };
  const onUnsubscribe = (event: IpcMainEvent) => unsubscribe(event.sender);
  ipcMain.on(IPC_SUBSCRIBE_CHANNEL, onSubscribe);
  ipcMain.on(IPC_UNSUBSCRIBE_CHANNEL, onUnsubscribe);

  const stopForwarding = eventNames.map((name) =>
    core.events.on(name, (payload) => {
      for (const { contents } of subscribers.values()) {
        if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
      }
    }),
  );

  return () => {
    for (const method of methodNames) ipcMain.removeHandler(methodChannel(method));
    ipcMain.removeListener(IPC_SUBSCRIBE_CHANNEL, onSubscribe);
    ipcMain.removeListener(IPC_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
    for (const stop of stopForwarding) stop();
    for (const { contents } of [...subscribers.values()]) unsubscribe(contents);
  };
}

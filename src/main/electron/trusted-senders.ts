import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';

export type IpcEvent = Pick<IpcMainEvent | IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface TrustedSenders {
  /** Trusts a window's webContents until it is destroyed; returns an early "untrust". */
  trust(webContents: WebContents): () => void;
  isTrusted(event: IpcEvent): boolean;
}

/**
 * The app's own windows, by webContents id (after GitHub Desktop's trusted-ipc-sender). A
 * message counts only if it comes from one of them, from the top frame, while that frame
 * shows the app's own page: an iframe or a page navigated elsewhere gets no access.
 */
export function createTrustedSenders(options: { isAppUrl(url: string): boolean }): TrustedSenders {
  const ids = new Set<number>();
  return {
    trust(webContents) {
      const id = webContents.id;
      ids.add(id);
      const forget = () => void ids.delete(id);
      webContents.once('destroyed', forget);
      return () => {
        webContents.removeListener('destroyed', forget);
        forget();
      };
    },
    isTrusted(event) {
      if (!ids.has(event.sender.id)) return false;
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null) return false;
      return options.isAppUrl(frame.url);
    },
  };
}

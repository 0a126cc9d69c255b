import type { BatonApi, Unsubscribe } from '../../shared/api';

export type ConnectionStatus =
  /** First connection attempt in progress. */
  | 'connecting'
  | 'open'
  /** The socket dropped; calls wait while it reconnects with backoff. */
  | 'reconnecting'
  /** The page was opened without its launch token; only a fresh URL helps. */
  | 'no-token';

export interface ConnectionState {
  status: ConnectionStatus;
  /** Failed attempts since the last successful connection. */
  attempt: number;
}

/** A BatonApi plus what the UI needs to show the health of the link to the core. */
export interface BatonConnection {
  api: BatonApi;
  state(): ConnectionState;
  onStateChange(listener: (state: ConnectionState) => void): Unsubscribe;
  close(): void;
}

/** In Electron the preload's object is always connected: IPC cannot drop. */
export function createPreloadConnection(api: BatonApi): BatonConnection {
  const state: ConnectionState = { status: 'open', attempt: 0 };
  return { api, state: () => state, onStateChange: () => () => {}, close: () => {} };
}

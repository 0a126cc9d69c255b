import type { BatonApi } from '../../shared/api';
import { createPreloadConnection, type BatonConnection } from './connection';
import { rpcUrlFor, takeLaunchToken } from './launch-token';
import { createTokenlessConnection, createWebSocketConnection } from './ws-connection';

export type { BatonConnection, ConnectionState, ConnectionStatus } from './connection';
export { createPreloadConnection } from './connection';
export { createWebSocketConnection, createTokenlessConnection } from './ws-connection';
export { toBatonError } from './to-baton-error';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the page is served by the web host. */
    baton?: BatonApi;
  }
}

/** Picks the transport this page runs under: the Electron preload, or the web host's WebSocket. */
export function connectToBaton(win: Window = window): BatonConnection {
  if (win.baton) return createPreloadConnection(win.baton);
  const token = takeLaunchToken(win.location, win.history, win.sessionStorage);
  if (!token) return createTokenlessConnection();
  return createWebSocketConnection({ url: rpcUrlFor(win.location, token) });
}

// The page's one connection, made on first use; main.tsx hands it to React through context.
let pageConnection: BatonConnection | undefined;

export function getBatonConnection(): BatonConnection {
  pageConnection ??= connectToBaton();
  return pageConnection;
}

export function getBatonApi(): BatonApi {
  return getBatonConnection().api;
}

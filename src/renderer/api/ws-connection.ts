import { createJSONRPCErrorResponse, JSONRPCClient, type JSONRPCResponse } from 'json-rpc-2.0';
import { createApiFacade, type EventName, type MethodName } from '../../shared/api';
import { BatonError } from '../../shared/errors';
import { createEventRouter } from '../../shared/event-router';
import { reconnectDelay } from './backoff';
import type { BatonConnection, ConnectionState } from './connection';
import { said } from '../../shared/message-parts';
import { CONNECTION_LOST_HINT_TEXT, toBatonError } from './to-baton-error';

const REQUEST_TIMEOUT_MS = 30_000;
/** WebSocket.OPEN, spelled out so the module also runs where no global WebSocket exists (tests on Node 20). */
const SOCKET_OPEN = 1;
/** How long a call waits for a (re)connection before it fails visibly. */
const WAIT_FOR_OPEN_MS = 15_000;

export interface WebSocketConnectionOptions {
  url: string;
  createSocket?: (url: string) => WebSocket;
  setTimer?: (callback: () => void, ms: number) => () => void;
  random?: () => number;
}

/**
 * The BatonApi over the web host's JSON-RPC WebSocket. Calls wait for the socket; a dropped
 * socket is reopened with backoff and the event subscriptions in use are renewed.
 */
export function createWebSocketConnection(options: WebSocketConnectionOptions): BatonConnection {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const setTimer =
    options.setTimer ??
    ((callback: () => void, ms: number) => {
      const id = setTimeout(callback, ms);
      return () => clearTimeout(id);
    });

  let socket: WebSocket | undefined;
  let state: ConnectionState = { status: 'connecting', attempt: 0 };
  let isClosed = false;
  let hasOpened = false;
  let cancelRetry: (() => void) | undefined;
  const stateListeners = new Set<(state: ConnectionState) => void>();
  // The server sends an event only while this page subscribes to it; the router checks each payload.
  const router = createEventRouter({
    onFirstListener: (event) => state.status === 'open' && void subscribeRemote(event),
    onLastListener: (event) => state.status === 'open' && void call('events.unsubscribe', { event }).catch(() => undefined),
    onProblem: (message, error) => console.warn(message, error),
  });
  const openWaiters = new Set<() => void>();

  const client = new JSONRPCClient((payload) => {
    if (socket?.readyState !== SOCKET_OPEN) throw new Error('not connected');
    socket.send(JSON.stringify(payload));
  });
  const timedClient = client.timeout(REQUEST_TIMEOUT_MS, (id) =>
    createJSONRPCErrorResponse(
      id,
      0,
      'Baton did not answer in time',
      BatonError.said('NETWORK_UNREACHABLE', said('components.noAnswer'), { hint: CONNECTION_LOST_HINT_TEXT }).toJSON(),
    ),
  );

  function setState(next: ConnectionState): void {
    state = next;
    for (const listener of [...stateListeners]) listener(state);
  }

  function connect(): void {
    const next = createSocket(options.url);
    socket = next;
    next.addEventListener('open', () => {
      hasOpened = true;
      setState({ status: 'open', attempt: 0 });
      for (const event of router.events()) void subscribeRemote(event);
      for (const wake of [...openWaiters]) wake();
    });
    // Every error is followed by `close`, which does the reconnecting.
    next.addEventListener('error', () => {});
    next.addEventListener('message', (message: MessageEvent) => receive(message.data));
    next.addEventListener('close', () => {
      if (socket !== next) return;
      socket = undefined;
      client.rejectAllPendingRequests('the socket closed before Baton answered');
      if (isClosed) return;
      const attempt = state.attempt + 1;
      setState({ status: hasOpened ? 'reconnecting' : 'connecting', attempt });
      cancelRetry = setTimer(connect, reconnectDelay(attempt, options.random));
    });
  }

  function receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (isEventNotification(message)) return router.deliver(message.params.name, message.params.payload);
    client.receive(message as JSONRPCResponse | JSONRPCResponse[]);
  }

  function whenOpen(): Promise<void> {
    if (state.status === 'open') return Promise.resolve();
    if (isClosed) return Promise.reject(BatonError.said('NETWORK_UNREACHABLE', said('components.pageClosed')));
    return new Promise((resolve, reject) => {
      const cancel = setTimer(() => {
        openWaiters.delete(wake);
        reject(BatonError.said('NETWORK_UNREACHABLE', said('components.stillReconnecting'), { hint: CONNECTION_LOST_HINT_TEXT }));
      }, WAIT_FOR_OPEN_MS);
      const wake = () => {
        openWaiters.delete(wake);
        cancel();
        resolve();
      };
      openWaiters.add(wake);
    });
  }

  async function call(method: MethodName | 'events.subscribe' | 'events.unsubscribe', params: unknown): Promise<unknown> {
    await whenOpen();
    try {
      return await timedClient.request(method, params);
    } catch (error) {
      throw toBatonError(error);
    }
  }

  async function subscribeRemote(event: EventName): Promise<void> {
    // A failed subscription is renewed on the next reconnect; nothing useful to show meanwhile.
    await call('events.subscribe', { event }).catch(() => undefined);
  }

  connect();

  return {
    api: createApiFacade(call, router.on),
    state: () => state,
    onStateChange(listener) {
      stateListeners.add(listener);
      return () => void stateListeners.delete(listener);
    },
    close() {
      isClosed = true;
      cancelRetry?.();
      socket?.close();
    },
  };
}

/** The page has no launch token: every call explains how to open Baton properly. */
export function createTokenlessConnection(): BatonConnection {
  const error = () =>
    BatonError.said('AUTH_REQUIRED', said('components.openedWithoutToken'), {
      hint: said('components.noTokenHint', { command: '`baton web`', part: '?token=…' }),
    });
  const api = createApiFacade(
    () => Promise.reject(error()),
    () => () => {},
  );
  const state: ConnectionState = { status: 'no-token', attempt: 0 };
  return { api, state: () => state, onStateChange: () => () => {}, close: () => {} };
}

function isEventNotification(message: unknown): message is { method: 'event'; params: { name: unknown; payload: unknown } } {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { method?: unknown; params?: unknown; id?: unknown };
  return candidate.method === 'event' && candidate.id === undefined && typeof candidate.params === 'object' && candidate.params !== null;
}

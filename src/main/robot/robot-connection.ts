import { WebSocket } from 'ws';
import type { z } from 'zod';
import { BatonError } from '../../shared/errors';
import type { MessageText } from '../../shared/i18n';
import { said } from '../../shared/message-parts';
import { readJsonRpc, requestText } from '../../shared/json-rpc';
import {
  ROBOT_MAX_FRAME_BYTES,
  ROBOT_SUBPROTOCOL,
  robotMethods,
  robotNotifications,
  type RobotMethod,
  type RobotMethodParams,
  type RobotMethodResult,
  type RobotNotification,
  type RobotNotificationParams,
} from '../../shared/robot-protocol';
import type { Clock, Logger } from '../platform';
import { toBatonError } from './robot-errors';

export type WebSocketImpl = typeof WebSocket;

export interface ConnectionClosed {
  code?: number;
  /** Set when the bridge answered the upgrade with an HTTP status instead of a WebSocket. */
  httpStatus?: number;
  error?: Error;
}

export interface RobotConnection {
  request<M extends RobotMethod>(method: M, params: RobotMethodParams<M>): Promise<RobotMethodResult<M>>;
  close(): void;
}

interface PendingRequest {
  method: RobotMethod;
  resolve(result: unknown): void;
  reject(error: BatonError): void;
  cancelTimer(): void;
}

export type NotificationHandler = <N extends RobotNotification>(method: N, params: RobotNotificationParams<N>) => void;

/** A transport failure (socket closed, timeout): the request may or may not have reached the bridge. */
export function isDisconnectError(error: unknown): boolean {
  return (
    error instanceof BatonError &&
    error.code === 'ROBOT_UNAVAILABLE' &&
    (error.details as { disconnected?: boolean })?.disconnected === true
  );
}

/** Opens one WebSocket to the bridge; resolves once it is open, rejects with how it failed. */
export function openRobotConnection(deps: {
  url: string;
  clock: Clock;
  logger: Logger;
  WebSocketImpl?: WebSocketImpl;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  onNotification: NotificationHandler;
  onClosed: (closed: ConnectionClosed) => void;
}): Promise<RobotConnection> {
  const Impl = deps.WebSocketImpl ?? WebSocket;
  // No Origin header: the bridge refuses any browser origin not on its allow-list.
  const socket = new Impl(deps.url, [ROBOT_SUBPROTOCOL], { maxPayload: ROBOT_MAX_FRAME_BYTES, perMessageDeflate: false });
  const disconnected = (message: MessageText): BatonError =>
    BatonError.said('ROBOT_UNAVAILABLE', message, { hint: said('errors.startBridgeHint'), details: { url: deps.url, disconnected: true } });

  let lastRequestId = 0;
  const pending = new Map<number, PendingRequest>();
  const settle = (id: unknown): PendingRequest | undefined => {
    const request = typeof id === 'number' ? pending.get(id) : undefined;
    if (!request) return undefined;
    pending.delete(id as number);
    request.cancelTimer();
    return request;
  };

  const receive = (text: string): void => {
    const message = readJsonRpc(text);
    switch (message.kind) {
      case 'result': {
        const request = settle(message.id);
        if (!request) return deps.logger.warn('Ignored an answer from the robot bridge to no open request');
        const parsed = (robotMethods[request.method].result as z.ZodType).safeParse(message.result);
        if (parsed.success) return request.resolve(parsed.data);
        return request.reject(
          BatonError.said('INTERNAL', said('errors.bridgeUnexpectedAnswer', { method: request.method }), {
            hint: said('errors.updateBridge'),
          }),
        );
      }
      case 'error': {
        const request = settle(message.id);
        if (!request) return deps.logger.warn('The robot bridge reported an error to no open request', { code: message.error.code });
        return request.reject(toBatonError(message.error));
      }
      case 'notification': {
        if (!Object.hasOwn(robotNotifications, message.method)) return;
        const method = message.method as RobotNotification;
        const parsed = (robotNotifications[method] as z.ZodType).safeParse(message.params);
        if (!parsed.success) return deps.logger.warn('Ignored a malformed notification from the robot bridge', { method });
        return deps.onNotification(method, parsed.data as never);
      }
      default:
        // The bridge never asks the client anything; anything else is not JSON-RPC.
        return deps.logger.warn('Ignored a frame from the robot bridge that is not a JSON-RPC answer or notification');
    }
  };

  let lastHeard = deps.clock.now();
  let cancelWatchdog = () => {};
  const watch = (): void => {
    cancelWatchdog = deps.clock.setTimeout(
      () => {
        // The bridge pings every 15 s; silence for longer than the idle timeout means it is gone.
        if (deps.clock.now() - lastHeard >= deps.idleTimeoutMs) return void socket.terminate();
        watch();
      },
      Math.max(1, Math.floor(deps.idleTimeoutMs / 3)),
    );
  };

  let httpStatus: number | undefined;
  let lastError: Error | undefined;
  let isOpen = false;

  const connection: RobotConnection = {
    request(method, params) {
      return new Promise((resolve, reject) => {
        if (socket.readyState !== socket.OPEN) return reject(disconnected(said('errors.bridgeConnectionLost')));
        const id = ++lastRequestId;
        const cancelTimer = deps.clock.setTimeout(() => {
          pending.delete(id);
          reject(disconnected(said('errors.bridgeTimedOut', { method })));
        }, deps.requestTimeoutMs);
        pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, cancelTimer });
        socket.send(requestText(id, method, params));
      });
    },
    close() {
      cancelWatchdog();
      if (socket.readyState === socket.CONNECTING || socket.readyState === socket.OPEN) socket.close(1000);
    },
  };

  return new Promise<RobotConnection>((resolve, reject) => {
    socket.on('unexpected-response', (_request, response) => {
      httpStatus = response.statusCode;
      response.resume();
      socket.terminate();
    });
    socket.on('error', (error) => void (lastError = error));
    socket.on('ping', () => void (lastHeard = deps.clock.now()));
    socket.on('open', () => {
      if (socket.protocol !== ROBOT_SUBPROTOCOL) {
        socket.close(1002);
        return;
      }
      isOpen = true;
      watch();
      resolve(connection);
    });
    socket.on('message', (data, isBinary) => {
      lastHeard = deps.clock.now();
      if (isBinary) return;
      receive(data.toString());
    });
    socket.on('close', (code) => {
      cancelWatchdog();
      for (const [id, request] of pending) {
        settle(id);
        request.reject(disconnected(said('errors.bridgeConnectionLost')));
      }
      const closed: ConnectionClosed = { code, httpStatus, error: lastError };
      if (!isOpen) reject(closed);
      else deps.onClosed(closed);
    });
  });
}

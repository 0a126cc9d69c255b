import { JSONRPCClient, JSONRPCErrorException, JSONRPCServer, JSONRPCServerAndClient } from 'json-rpc-2.0';
import { WebSocket } from 'ws';
import type { z } from 'zod';
import { BatonError } from '../../shared/errors';
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
import { robotUnavailable, toBatonError } from './robot-errors';

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
  const disconnected = (message: string): BatonError =>
    new BatonError('ROBOT_UNAVAILABLE', message, { hint: robotUnavailable(deps.url).hint, details: { url: deps.url, disconnected: true } });

  const rpc = new JSONRPCServerAndClient(
    new JSONRPCServer(),
    new JSONRPCClient((payload: unknown) => {
      if (socket.readyState !== socket.OPEN) throw new Error('The connection to the robot bridge is closed.');
      socket.send(JSON.stringify(payload));
    }),
    { errorListener: (message) => deps.logger.warn(message) },
  );
  for (const method of Object.keys(robotNotifications) as RobotNotification[]) {
    const schema: z.ZodType = robotNotifications[method];
    rpc.addMethod(method, (params: unknown) => {
      const parsed = schema.safeParse(params);
      if (!parsed.success) return deps.logger.warn('Ignored a malformed notification from the robot bridge', { method });
      deps.onNotification(method, parsed.data as never);
    });
  }

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
    async request(method, params) {
      let cancelTimer = () => {};
      const timedOut = new Promise<never>((_resolve, reject) => {
        cancelTimer = deps.clock.setTimeout(
          () => reject(disconnected(`The robot bridge did not answer ${method} in time.`)),
          deps.requestTimeoutMs,
        );
      });
      try {
        const raw: unknown = await Promise.race([rpc.request(method, params, undefined), timedOut]);
        const parsed = (robotMethods[method].result as z.ZodType).safeParse(raw);
        if (!parsed.success) {
          throw new BatonError('INTERNAL', `The robot bridge sent an unexpected answer to ${method}.`, {
            hint: 'Update the robot bridge to the same version as Baton.',
          });
        }
        return parsed.data as RobotMethodResult<typeof method>;
      } catch (error) {
        if (error instanceof BatonError) throw error;
        // Code 0 is json-rpc-2.0's own "could not send / connection gone", not a bridge answer.
        if (error instanceof JSONRPCErrorException && error.code !== 0) throw toBatonError(error);
        throw disconnected('The connection to the robot bridge was lost.');
      } finally {
        cancelTimer();
      }
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
      let payload: unknown;
      try {
        payload = JSON.parse(data.toString());
      } catch {
        return deps.logger.warn('Ignored a frame from the robot bridge that is not JSON');
      }
      rpc.receiveAndSend(payload as never, undefined, undefined).catch(() => {});
    });
    socket.on('close', (code) => {
      cancelWatchdog();
      rpc.rejectAllPendingRequests('The connection to the robot bridge closed.');
      const closed: ConnectionClosed = { code, httpStatus, error: lastError };
      if (!isOpen) reject(closed);
      else deps.onClosed(closed);
    });
  });
}

import {
  createJSONRPCErrorResponse,
  createJSONRPCNotification,
  JSONRPCErrorCode,
  JSONRPCServer,
  type JSONRPCErrorResponse,
  type JSONRPCID,
} from 'json-rpc-2.0';
import { z } from 'zod';
import { eventNames, methodNames, type EventName, type Unsubscribe } from '../../shared/api';
import { createDispatcher, summarizeIssues } from '../../shared/dispatch';
import { BatonError, isBatonError, toErrorPayload } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Core } from '../compose';
import type { Logger } from '../platform';

/** JSON-RPC error code for a BatonError that is not a validation problem (implementation-defined range). */
export const BATON_ERROR_RPC_CODE = -32000;
/** The notification method the server uses to push a core event: params `{ name, payload }`. */
export const EVENT_NOTIFICATION = 'event';

/** One open socket as the JSON-RPC server sees it: where to push, and what it listens to. */
export interface RpcPeer {
  send(text: string): void;
  subscriptions: Map<EventName, Unsubscribe>;
}

const subscriptionParams = z.object({ event: z.enum(eventNames as [EventName, ...EventName[]]) }).strict();

/**
 * Builds the JSON-RPC server shared by every socket. Contract methods are bound in one loop
 * over the method table and go through the validating dispatcher; `events.subscribe` and
 * `events.unsubscribe` manage the calling socket's event subscriptions.
 */
export function createRpcServer(core: Core, logger: Logger): JSONRPCServer<RpcPeer> {
  const dispatch = createDispatcher(core.handlers);
  const server = new JSONRPCServer<RpcPeer>({
    errorListener: (message, error) => {
      // BatonErrors are answers, not faults; only unexpected errors deserve the error log.
      if (isBatonError(error)) logger.debug('RPC call failed', { code: error.code });
      else logger.error(message, { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    },
  });

  for (const name of methodNames) {
    server.addMethod(name, (params) => dispatch(name, params));
  }

  server.addMethod('events.subscribe', (params, peer) => {
    const { event } = parseSubscription(params);
    if (!peer.subscriptions.has(event)) {
      const unsubscribe = core.events.on(event, (payload) => {
        peer.send(JSON.stringify(createJSONRPCNotification(EVENT_NOTIFICATION, { name: event, payload })));
      });
      peer.subscriptions.set(event, unsubscribe);
    }
    return { subscribed: event };
  });

  server.addMethod('events.unsubscribe', (params, peer) => {
    const { event } = parseSubscription(params);
    peer.subscriptions.get(event)?.();
    peer.subscriptions.delete(event);
    return { unsubscribed: event };
  });

  server.mapErrorToJSONRPCErrorResponse = toRpcErrorResponse;
  server.handleMethodNotFound = async (request) => {
    // Let the dispatcher word the error, so the person gets the same message and hint as in every host.
    const error = await dispatch(request.method, request.params).then(
      () => BatonError.said('INTERNAL', said('serviceErrors.unexpectedDispatch')),
      (reason: unknown) => reason,
    );
    return request.id === undefined
      ? null
      : createJSONRPCErrorResponse(request.id, JSONRPCErrorCode.MethodNotFound, 'Method not found', toErrorPayload(error));
  };

  return server;
}

function parseSubscription(params: unknown): z.infer<typeof subscriptionParams> {
  const parsed = subscriptionParams.safeParse(params ?? {});
  if (!parsed.success) {
    throw BatonError.said('VALIDATION', said('serviceErrors.badSubscription', { issues: summarizeIssues(parsed.error) }), {
      hint: said('serviceErrors.badSubscriptionHint', { events: eventNames.join(', ') }),
    });
  }
  return parsed.data;
}

/** BatonError keeps its payload; anything else becomes INTERNAL without its message (no leaks). */
export function toRpcErrorResponse(id: JSONRPCID, error: unknown): JSONRPCErrorResponse {
  const payload = toErrorPayload(error);
  const code = !isBatonError(error)
    ? JSONRPCErrorCode.InternalError
    : error.code === 'VALIDATION'
      ? JSONRPCErrorCode.InvalidParams
      : BATON_ERROR_RPC_CODE;
  return createJSONRPCErrorResponse(id, code, payload.message, payload);
}

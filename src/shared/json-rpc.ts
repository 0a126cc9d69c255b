/**
 * The JSON-RPC 2.0 framing the robot bridge and its client speak: reading one message and
 * writing answers. Kept to what the protocol uses (no batches) and free of allocation beyond the
 * message itself, because every bridge request crosses it twice (docs/performance.md).
 */

export const JSONRPC_PARSE_ERROR = -32700;
export const JSONRPC_INVALID_REQUEST = -32600;
export const JSONRPC_METHOD_NOT_FOUND = -32601;
export const JSONRPC_INVALID_PARAMS = -32602;
export const JSONRPC_INTERNAL_ERROR = -32603;

export type JsonRpcId = number | string | null;

export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

/** One incoming frame, sorted by what the receiver has to do with it. */
export type JsonRpcIncoming =
  | { kind: 'request'; id: number | string; method: string; params: unknown }
  | { kind: 'notification'; method: string; params: unknown }
  | { kind: 'result'; id: JsonRpcId; result: unknown }
  | { kind: 'error'; id: JsonRpcId; error: JsonRpcErrorObject }
  /** Not a JSON-RPC 2.0 message; `id` is the request's when it could be read, for the -32600 answer. */
  | { kind: 'invalid'; id: JsonRpcId; why: 'parse' | 'shape' };

const isId = (value: unknown): value is number | string => typeof value === 'number' || typeof value === 'string';

/** Parses and sorts one text frame; never throws. */
export function readJsonRpc(text: string): JsonRpcIncoming {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { kind: 'invalid', id: null, why: 'parse' };
  }
  // One message per frame: batches (arrays) and scalars are not messages.
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return { kind: 'invalid', id: null, why: 'shape' };
  const { jsonrpc, id, method, params, result, error } = message as Record<string, unknown>;
  const readableId: JsonRpcId = isId(id) ? id : null;
  if (jsonrpc !== '2.0') return { kind: 'invalid', id: readableId, why: 'shape' };
  if (method !== undefined) {
    const hasValidParams = params === undefined || (typeof params === 'object' && params !== null);
    if (typeof method !== 'string' || !hasValidParams || (id !== undefined && !isId(id))) {
      return { kind: 'invalid', id: readableId, why: 'shape' };
    }
    return id === undefined ? { kind: 'notification', method, params } : { kind: 'request', id: id as number | string, method, params };
  }
  if (id !== undefined && id !== null && !isId(id)) return { kind: 'invalid', id: null, why: 'shape' };
  if ('result' in (message as object)) return { kind: 'result', id: readableId, result };
  if (isErrorObject(error)) return { kind: 'error', id: readableId, error };
  return { kind: 'invalid', id: readableId, why: 'shape' };
}

function isErrorObject(value: unknown): value is JsonRpcErrorObject {
  if (value === null || typeof value !== 'object') return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'number' && Number.isInteger(code) && typeof message === 'string';
}

export function requestText(id: number, method: string, params: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method, params });
}

export function notificationText(method: string, params: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', method, params });
}

export function resultText(id: JsonRpcId, result: unknown): string {
  // A handler that returns nothing still answers with a result, as JSON-RPC requires.
  return JSON.stringify({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
}

export function errorText(id: JsonRpcId, error: JsonRpcErrorObject): string {
  return JSON.stringify({ jsonrpc: '2.0', id, error });
}

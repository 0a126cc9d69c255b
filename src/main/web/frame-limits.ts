import { createJSONRPCErrorResponse, JSONRPCErrorCode, type JSONRPCErrorResponse, type JSONRPCID } from 'json-rpc-2.0';
import { BatonError, toErrorPayload } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { BATON_ERROR_RPC_CODE } from './rpc-server';

/** Calls in one JSON-RPC batch. The renderer never batches; 50 leaves room for other clients. */
export const MAX_BATCH_SIZE = 50;
/** Calls one socket may have unanswered at once; the renderer's busiest screen needs about a dozen. */
export const MAX_IN_FLIGHT = 64;

export type FrameVerdict =
  /** Hand the frame to the JSON-RPC server; `calls` is how many it carries (1 for anything not a batch). */
  | { isAccepted: true; calls: number }
  /** Answer with `response` (null: nothing to answer, all notifications) and run none of it. */
  | { isAccepted: false; response: JSONRPCErrorResponse | JSONRPCErrorResponse[] | null };

/**
 * Decides, before any call runs, whether a frame stays within the per-socket limits: without
 * them one 1 MiB frame of 10,000 batched calls is answered in full (4.4 MB) and a client can keep
 * any number of calls running. A frame that is not JSON is accepted here so the JSON-RPC server
 * answers it with its usual parse error.
 */
export function checkFrame(text: string, inFlight: number): FrameVerdict {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { isAccepted: true, calls: 1 };
  }
  const calls = Array.isArray(message) ? message : [message];
  if (Array.isArray(message) && message.length > MAX_BATCH_SIZE) {
    // Counts as text: a number would be grouped (10,000) and English says 10000.
    const max = String(MAX_BATCH_SIZE);
    const error = BatonError.said('VALIDATION', said('serviceErrors.batchTooLarge', { max, count: String(message.length) }), {
      hint: said('serviceErrors.batchTooLargeHint', { max }),
    });
    return {
      isAccepted: false,
      response: createJSONRPCErrorResponse(null, JSONRPCErrorCode.InvalidRequest, error.message, toErrorPayload(error)),
    };
  }
  if (inFlight + calls.length > MAX_IN_FLIGHT) {
    const error = BatonError.said('RATE_LIMITED', said('serviceErrors.tooManyInFlight', { max: String(MAX_IN_FLIGHT) }), {
      hint: said('serviceErrors.tooManyInFlightHint'),
    });
    const answers = calls
      .map(idOf)
      .filter((id): id is JSONRPCID => id !== undefined)
      .map((id) => createJSONRPCErrorResponse(id, BATON_ERROR_RPC_CODE, error.message, toErrorPayload(error)));
    return { isAccepted: false, response: Array.isArray(message) ? (answers.length > 0 ? answers : null) : (answers[0] ?? null) };
  }
  return { isAccepted: true, calls: calls.length };
}

/** The id a JSON-RPC request carries; undefined for a notification (no answer is owed). */
function idOf(call: unknown): JSONRPCID | undefined {
  if (typeof call !== 'object' || call === null || !('id' in call)) return undefined;
  const id = (call as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' || id === null ? id : null;
}

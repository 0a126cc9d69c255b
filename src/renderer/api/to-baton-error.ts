import { JSONRPCErrorException } from 'json-rpc-2.0';
import { BatonError, batonErrorPayloadSchema } from '../../shared/errors';
import { inEnglish, said } from '../../shared/message-parts';

/** JSON-RPC code the client library uses for its own failures (send failed, timeout, socket lost). */
const CLIENT_SIDE_ERROR_CODE = 0;

/** Said in the window's language by the error banner (docs/i18n.md); `CONNECTION_LOST_HINT` is its English. */
export const CONNECTION_LOST_HINT_TEXT = said('components.connectionLostHint', { command: '`baton web`' });
export const CONNECTION_LOST_HINT = inEnglish(CONNECTION_LOST_HINT_TEXT);

/** Whatever a call rejected with, as the BatonError the UI knows how to show. */
export function toBatonError(error: unknown): BatonError {
  if (error instanceof BatonError) return error;
  if (error instanceof JSONRPCErrorException) {
    const payload = batonErrorPayloadSchema.safeParse(error.data);
    if (payload.success) return BatonError.fromPayload(payload.data);
    if (error.code === CLIENT_SIDE_ERROR_CODE) {
      return BatonError.said('NETWORK_UNREACHABLE', said('components.connectionLostBecause', { reason: error.message }), {
        hint: CONNECTION_LOST_HINT_TEXT,
      });
    }
  }
  return BatonError.said('INTERNAL', said('components.unreadableAnswer'), { hint: said('components.unreadableAnswerHint') });
}

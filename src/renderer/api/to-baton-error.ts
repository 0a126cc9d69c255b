import { JSONRPCErrorException } from 'json-rpc-2.0';
import { BatonError, batonErrorPayloadSchema } from '../../shared/errors';

/** JSON-RPC code the client library uses for its own failures (send failed, timeout, socket lost). */
const CLIENT_SIDE_ERROR_CODE = 0;

export const CONNECTION_LOST_HINT = 'Baton is reconnecting by itself. If this does not stop, check that `baton web` is still running.';

/** Whatever a call rejected with, as the BatonError the UI knows how to show. */
export function toBatonError(error: unknown): BatonError {
  if (error instanceof BatonError) return error;
  if (error instanceof JSONRPCErrorException) {
    const payload = batonErrorPayloadSchema.safeParse(error.data);
    if (payload.success) return BatonError.fromPayload(payload.data);
    if (error.code === CLIENT_SIDE_ERROR_CODE) {
      return new BatonError('NETWORK_UNREACHABLE', `Connection to Baton lost: ${error.message}.`, { hint: CONNECTION_LOST_HINT });
    }
  }
  return new BatonError('INTERNAL', 'Baton sent an answer this page does not understand.', {
    hint: 'Reload the page. If it keeps happening, the page and the core may be different versions.',
  });
}

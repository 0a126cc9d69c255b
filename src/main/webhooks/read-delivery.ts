import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../platform';
import { WEBHOOK_PATH } from './public-url';
import type { WebhookReceiver } from './webhook-service';

/** Orchestrator's job events are small; a body past this is not one (and is not read into memory). */
export const MAX_DELIVERY_BYTES = 1024 * 1024;

/**
 * Serves `POST <WEBHOOK_PATH>/<registration id>` for any HTTP(S) server: reads the raw bytes (the
 * signature is over them, so nothing may re-encode the body first) and answers with the receiver's verdict.
 */
export async function readDelivery(
  receiver: WebhookReceiver,
  request: IncomingMessage,
  response: ServerResponse,
  logger: Logger,
): Promise<void> {
  const answer = (status: number, message: string) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(message);
  };
  const pathname = new URL(request.url ?? '/', 'http://receiver.invalid').pathname;
  const registrationId = pathname.startsWith(`${WEBHOOK_PATH}/`) ? pathname.slice(WEBHOOK_PATH.length + 1) : '';
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(registrationId)) return answer(404, 'Not found.');
  if (request.method !== 'POST') return answer(405, 'Only POST.');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_DELIVERY_BYTES) {
        logger.warn('Webhook delivery too large: dropped', { bytes: size });
        answer(413, 'Too large.');
        request.destroy();
        return;
      }
      chunks.push(chunk);
    }
  } catch (error) {
    logger.warn('Reading a webhook delivery failed', { error: String(error) });
    return;
  }
  const header = request.headers['x-uipath-signature'];
  const verdict = receiver.receive({
    registrationId,
    rawBody: Buffer.concat(chunks),
    signature: Array.isArray(header) ? header[0] : header,
  });
  answer(verdict.status, verdict.message);
}

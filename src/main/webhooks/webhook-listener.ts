import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Logger } from '../platform';
import { readDelivery } from './read-delivery';
import type { WebhookReceiver } from './webhook-service';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface WebhookListener {
  /** `https://host:port` (or `http://` on loopback). */
  origin: string;
  close(): Promise<void>;
}

/**
 * A listener for Orchestrator's deliveries only, apart from the web host (which stays on
 * loopback): HTTPS with the person's certificate and key on any address, plain http only on
 * loopback. Nothing but `POST /webhooks/orchestrator/<id>` is served.
 */
export async function startWebhookListener(options: {
  receiver: WebhookReceiver;
  host: string;
  port: number;
  tls?: { cert: Buffer | string; key: Buffer | string };
  logger: Logger;
}): Promise<WebhookListener> {
  const { receiver, host, port, tls, logger } = options;
  if (!tls && !LOOPBACK.has(host))
    throw BatonError.said('VALIDATION', said('serviceErrors.webhookNeedsTls', { host }), {
      hint: said('serviceErrors.webhookNeedsTlsHint', {
        certVar: 'BATON_WEBHOOK_CERT',
        keyVar: 'BATON_WEBHOOK_KEY',
        loopback: '127.0.0.1',
      }),
    });
  const handle: Parameters<typeof createHttpServer>[1] = (request, response) => void readDelivery(receiver, request, response, logger);
  const server: Server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, handle) : createHttpServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const origin = `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  logger.info('Listening for Orchestrator webhooks', { origin });
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

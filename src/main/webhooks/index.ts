export {
  createWebhookService,
  TIMESTAMP_TOLERANCE_MS,
  type IncomingDelivery,
  type WebhookReceiver,
  type WebhookService,
  type WebhookState,
  type WebhookStatus,
} from './webhook-service';
export { parsePublicUrl, WEBHOOK_PATH } from './public-url';
export { isSignatureValid, signDelivery } from './signature';
export { parseDelivery, type Delivery } from './delivery';
export { readDelivery, MAX_DELIVERY_BYTES } from './read-delivery';
export { startWebhookListener, type WebhookListener } from './webhook-listener';
export { startWebhooksFromEnvironment } from './webhooks-from-environment';
export { findBatonWebhooks, pingWebhook, type WebhookDto } from './own-webhooks';

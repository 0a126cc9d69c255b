import type { OrchestratorClient } from '../orchestrator';
import { WEBHOOK_PATH } from './public-url';
import { listWebhooks, pingWebhook, type WebhookDto } from './webhooks-api';

/** Baton's webhooks on this Orchestrator: those that deliver to a Baton receiving path (for diagnostics). */
export async function findBatonWebhooks(client: OrchestratorClient): Promise<WebhookDto[]> {
  return (await listWebhooks(client)).filter((hook) => {
    try {
      return new URL(hook.Url).pathname.startsWith(`${WEBHOOK_PATH}/`);
    } catch {
      return false;
    }
  });
}

export { pingWebhook, type WebhookDto };

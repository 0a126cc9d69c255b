import { z } from 'zod';
import type { OrchestratorClient } from '../orchestrator';

/** Orchestrator's `/odata/Webhooks` (reference orchestrator-versions.md §2.5, §3.6; every version since 19.10). */
const webhookSchema = z
  .object({
    Id: z.number(),
    Url: z.string(),
    Enabled: z.boolean(),
    Name: z.string().nullish(),
  })
  .loose();
export type WebhookDto = z.infer<typeof webhookSchema>;

const NS = 'UiPath.Server.Configuration.OData';
const context = (permission: string) => ({ permission });

export async function listWebhooks(client: OrchestratorClient): Promise<WebhookDto[]> {
  const answer = await client.request(
    { path: '/odata/Webhooks', context: context('Webhooks.View') },
    z.object({ value: z.array(webhookSchema) }).loose(),
  );
  return answer.value;
}

/** The job events this server offers, by name (`job.resumed` only from v17). */
export async function jobEventTypes(client: OrchestratorClient): Promise<string[]> {
  const answer = await client.request(
    { path: `/odata/Webhooks/${NS}.GetEventTypes`, context: context('Webhooks.View') },
    z.object({ value: z.array(z.object({ Name: z.string() }).loose()) }).loose(),
  );
  return answer.value.map((e) => e.Name).filter((name) => name.startsWith('job.'));
}

export async function createWebhook(
  client: OrchestratorClient,
  hook: { url: string; secret: string; events: string[]; name?: string; description?: string },
): Promise<WebhookDto> {
  return client.request(
    {
      method: 'POST',
      path: '/odata/Webhooks',
      body: {
        Url: hook.url,
        Enabled: true,
        Secret: hook.secret,
        SubscribeToAllEvents: false,
        AllowInsecureSsl: false,
        Events: hook.events.map((EventType) => ({ EventType })),
        // Name and Description exist from v16 (reference §2.5); older servers refuse unknown fields.
        ...(hook.name === undefined ? {} : { Name: hook.name }),
        ...(hook.description === undefined ? {} : { Description: hook.description }),
      },
      context: context('Webhooks.Create'),
    },
    webhookSchema,
  );
}

export async function deleteWebhook(client: OrchestratorClient, id: number): Promise<void> {
  await client.request(
    { method: 'DELETE', path: `/odata/Webhooks(${id})`, isIdempotent: true, context: context('Webhooks.Delete') },
    z.unknown(),
  );
}

/** Asks Orchestrator to send a test delivery (202); the delivery arriving is what proves it can reach Baton. */
export async function pingWebhook(client: OrchestratorClient, id: number): Promise<void> {
  await client.request({ method: 'POST', path: `/odata/Webhooks(${id})/${NS}.Ping`, context: context('Webhooks.View') }, z.unknown());
}

import { randomUUID } from 'node:crypto';
import { requireScope } from '../authenticate';
import { webhookDto } from '../dto';
import { errors } from '../errors';
import { prop, readJsonObject, sendEmpty, sendJson } from '../http';
import { applyQuery } from '../odata/query';
import { sendCollection, sendEntity, type Route, type RouteContext } from '../route-context';
import { isLoopbackUrl } from '../webhooks';
import type { WebhookRecord } from '../types';

const READ = ['OR.Webhooks', 'OR.Webhooks.Read'];
const WRITE = ['OR.Webhooks', 'OR.Webhooks.Write'];

function requiredBoolean(body: Record<string, unknown>, name: string): boolean {
  const value = prop(body, name);
  if (typeof value !== 'boolean') throw errors.invalidRequest(`The ${name} field is required.`);
  return value;
}

function parseWebhook(ctx: RouteContext, body: Record<string, unknown>): Omit<WebhookRecord, 'id' | 'key'> {
  const hasName = ctx.deps.profile.fields.Webhook.has('Name');
  const name = prop(body, 'Name');
  if (hasName && (typeof name !== 'string' || name.length === 0 || name.length > 128))
    throw errors.invalidRequest('The Name field is required (at most 128 characters).');
  const url = prop(body, 'Url');
  if (typeof url !== 'string' || url.length > 2000) throw errors.invalidRequest('The Url field is required.');
  if (!isLoopbackUrl(url))
    throw errors.invalidRequest('The sandbox only delivers webhooks to loopback URLs (127.0.0.1, localhost, [::1]).');
  const secret = prop(body, 'Secret');
  if (secret !== undefined && secret !== null && (typeof secret !== 'string' || secret.length > 100))
    throw errors.invalidRequest('The Secret field must be a string of at most 100 characters.');
  const description = prop(body, 'Description');
  const rawEvents = prop(body, 'Events') ?? [];
  if (!Array.isArray(rawEvents)) throw errors.invalidRequest('The Events field must be a list.');
  const events = rawEvents.map((e) => {
    const type = typeof e === 'object' && e !== null ? prop(e as Record<string, unknown>, 'EventType') : undefined;
    if (typeof type !== 'string' || !ctx.deps.profile.webhookEvents.includes(type))
      throw errors.invalidRequest(`Unknown event type '${String(type)}'.`);
    return type;
  });
  return {
    name: typeof name === 'string' ? name : `Webhook ${ctx.deps.state.nextWebhookId}`,
    description: typeof description === 'string' ? description : null,
    url,
    enabled: requiredBoolean(body, 'Enabled'),
    secret: typeof secret === 'string' && secret !== '' ? secret : null,
    subscribeToAllEvents: requiredBoolean(body, 'SubscribeToAllEvents'),
    allowInsecureSsl: requiredBoolean(body, 'AllowInsecureSsl'),
    events,
  };
}

export const webhookRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Webhooks$/i,
    handle(ctx) {
      requireScope(ctx.caller, READ);
      const dtos = [...ctx.deps.state.webhooks.values()].map((w) => webhookDto(w, ctx.deps.profile));
      sendCollection(ctx, 'Webhooks', applyQuery(dtos, ctx.params, ctx.deps.types.webhook));
    },
  },
  {
    method: 'POST',
    pattern: /^\/odata\/Webhooks$/i,
    async handle(ctx) {
      requireScope(ctx.caller, WRITE);
      const { state, profile } = ctx.deps;
      const hook: WebhookRecord = { id: state.nextWebhookId++, key: randomUUID(), ...parseWebhook(ctx, await readJsonObject(ctx.req)) };
      state.webhooks.set(hook.id, hook);
      sendEntity(ctx, 'Webhooks', webhookDto(hook, profile), 201);
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Webhooks\/UiPath\.Server\.Configuration\.OData\.GetEventTypes$/i,
    handle(ctx) {
      requireScope(ctx.caller, READ);
      sendJson(ctx.res, 200, {
        '@odata.context': `${ctx.serviceRoot}/$metadata#Collection(UiPath.Server.Configuration.OData.WebhookEventTypeDto)`,
        value: ctx.deps.profile.webhookEvents.map((Name) => ({ Name, Group: 'Jobs' })),
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Webhooks\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, READ);
      const hook = ctx.deps.state.webhooks.get(Number(ctx.match[1]));
      if (!hook) throw errors.notFound('Webhook');
      sendEntity(ctx, 'Webhooks', webhookDto(hook, ctx.deps.profile));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/odata\/Webhooks\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, WRITE);
      if (!ctx.deps.state.webhooks.delete(Number(ctx.match[1]))) throw errors.notFound('Webhook');
      sendEmpty(ctx.res, 204);
    },
  },
];

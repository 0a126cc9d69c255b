import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ClientPool, JobDto, OrchestratorClient } from '../orchestrator';
import type { Clock, Logger } from '../platform';
import { parseDelivery } from './delivery';
import { parsePublicUrl, WEBHOOK_PATH } from './public-url';
import { isSignatureValid } from './signature';
import { createWebhook, deleteWebhook, jobEventTypes, listWebhooks, pingWebhook } from './webhooks-api';

export type WebhookState = 'not-configured' | 'registering' | 'active' | 'failed';

export interface WebhookStatus {
  state: WebhookState;
  /** Where Orchestrator delivers (no secret in it beyond the registration's random path). */
  url?: string;
  /** Why webhooks do not work for this profile, in words a person can act on. */
  reason?: string;
}

/** One delivery as the web host received it: the registration from the path, the raw bytes, the signature header. */
export interface IncomingDelivery {
  registrationId: string;
  rawBody: Buffer;
  signature: string | undefined;
}

export interface WebhookReceiver {
  receive(delivery: IncomingDelivery): { status: number; message: string };
}

export interface WebhookService extends WebhookReceiver {
  /** Registers Baton for this profile's job events (removing webhooks it left behind), then checks with a ping that deliveries arrive. */
  register(profileId: string): Promise<WebhookStatus>;
  /** Removes this profile's webhook from Orchestrator; polling takes over at its usual pace. */
  unregister(profileId: string): Promise<void>;
  status(profileId: string): WebhookStatus;
  /** Unregisters every webhook (on exit). */
  dispose(): Promise<void>;
}

/** The job events Baton asks for; the server's own list decides (`job.resumed` from v17, reference §3.6). */
const WANTED_EVENTS = ['job.created', 'job.started', 'job.completed', 'job.faulted', 'job.stopped', 'job.suspended', 'job.resumed'];
/** A delivery older or newer than this is refused as stale: a replay of a captured one cannot wait it out (EventIds are kept as long). */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60_000;
const PING_TIMEOUT_MS = 10_000;

interface Registration {
  id: string;
  profileId: string;
  secret: string;
  url: string;
  webhookId?: number;
  client: OrchestratorClient;
  status: WebhookStatus;
  pingArrived?: () => void;
  /** EventId → when it was seen: a second delivery of it is a duplicate or a replay. */
  seen: Map<string, number>;
  /** Job id → the latest event moment applied: an older event arriving late is out of order. */
  latest: Map<number, number>;
}

const token = (bytes: number): string => randomBytes(bytes).toString('base64url');

/**
 * Orchestrator's webhooks for job events, where it can reach Baton (docs/webhooks.md): one
 * registration per profile at `<public URL>/webhooks/orchestrator/<random id>` with a random
 * secret; deliveries are verified (signature, timestamp, EventId) and handed on as job updates.
 */
export function createWebhookService(deps: {
  clients: ClientPool;
  clock: Clock;
  logger: Logger;
  /** Where Orchestrator reaches Baton (https, or http on loopback); undefined: webhooks not configured. */
  publicUrl: string | undefined;
  pingTimeoutMs?: number;
  /** For the webhook's name in Orchestrator, so a person sees whose it is. */
  machineName?: string;
  onJob(profileId: string, job: JobDto): void;
  onPushActive(profileId: string, isActive: boolean): void;
}): WebhookService {
  const { clock, logger } = deps;
  const base = deps.publicUrl === undefined ? undefined : parsePublicUrl(deps.publicUrl);
  const registrations = new Map<string, Registration>();
  const byProfile = new Map<string, Registration>();
  const failures = new Map<string, WebhookStatus>();

  const setActive = (reg: Registration, url: string): void => {
    if (reg.status.state === 'active') return;
    reg.status = { state: 'active', url };
    deps.onPushActive(reg.profileId, true);
  };

  const remove = async (reg: Registration): Promise<void> => {
    registrations.delete(reg.id);
    if (byProfile.get(reg.profileId) === reg) byProfile.delete(reg.profileId);
    if (reg.status.state === 'active') deps.onPushActive(reg.profileId, false);
    if (reg.webhookId === undefined) return;
    try {
      await deleteWebhook(reg.client, reg.webhookId);
    } catch (error) {
      logger.warn('Removing Baton’s webhook from Orchestrator failed: it is removed at the next start', { error: String(error) });
    }
  };

  /** Webhooks pointing at this Baton's receiving path that no live registration owns: left behind by an earlier run. */
  const cleanUp = async (client: OrchestratorClient, prefix: string): Promise<void> => {
    const live = new Set([...registrations.values()].map((r) => r.webhookId));
    for (const hook of await listWebhooks(client)) {
      if (!hook.Url.startsWith(prefix) || live.has(hook.Id)) continue;
      await deleteWebhook(client, hook.Id);
      logger.info('Removed a webhook Baton left behind', { webhookId: hook.Id });
    }
  };

  const fail = (profileId: string, reason: string, url?: string): WebhookStatus => {
    const status: WebhookStatus = { state: 'failed', reason, ...(url ? { url } : {}) };
    failures.set(profileId, status);
    logger.warn('Webhooks do not work for this profile: polling', { profileId, reason });
    return status;
  };

  async function register(profileId: string): Promise<WebhookStatus> {
    if (deps.publicUrl === undefined) return { state: 'not-configured' };
    if (!base || !base.ok) return fail(profileId, base?.reason ?? 'No public URL.');
    const client = deps.clients.forProfile(profileId);
    if (!client) return fail(profileId, 'The profile is not signed in.');
    const previous = byProfile.get(profileId);
    if (previous) await remove(previous);
    failures.delete(profileId);
    const prefix = `${base.url}${WEBHOOK_PATH}/`;
    const reg: Registration = {
      id: token(18),
      profileId,
      secret: token(32),
      url: '',
      client,
      status: { state: 'registering' },
      seen: new Map(),
      latest: new Map(),
    };
    reg.url = `${prefix}${reg.id}`;
    reg.status.url = reg.url;
    registrations.set(reg.id, reg);
    byProfile.set(profileId, reg);
    try {
      await cleanUp(client, prefix).catch((error: unknown) =>
        logger.warn('Could not look for webhooks Baton left behind', { error: String(error) }),
      );
      const offered = await jobEventTypes(client).catch(() => WANTED_EVENTS.filter((e) => e !== 'job.resumed'));
      const dialect = await client.dialect();
      // Name and Description from v16 (reference §2.5); older servers know only the URL, which is how Baton finds its own.
      const isNamed = dialect.apiVersion !== null && dialect.apiVersion >= 16;
      const hook = await createWebhook(client, {
        url: reg.url,
        secret: reg.secret,
        events: WANTED_EVENTS.filter((e) => offered.includes(e)),
        ...(isNamed
          ? {
              name: `Baton (${deps.machineName ?? hostname()})`.slice(0, 128),
              description: 'Tells Baton when its runs change; Baton removes it when it exits.',
            }
          : {}),
      });
      reg.webhookId = hook.Id;
      if (!registrations.has(reg.id)) {
        // Unregistered (or disposed) while creating: take it away again.
        await deleteWebhook(client, hook.Id).catch(() => {});
        return { state: 'not-configured' };
      }
      const arrived = new Promise<boolean>((resolve) => {
        const cancel = clock.setTimeout(() => resolve(false), deps.pingTimeoutMs ?? PING_TIMEOUT_MS);
        reg.pingArrived = () => {
          cancel();
          resolve(true);
        };
      });
      await pingWebhook(client, hook.Id);
      if (!(await arrived) && reg.status.state !== 'active') {
        // Kept registered: should Orchestrator reach Baton later, the first delivery turns webhooks on.
        reg.status = fail(profileId, `Orchestrator cannot reach ${reg.url}: falling back to polling.`, reg.url);
        return reg.status;
      }
      logger.info('Orchestrator delivers job events to Baton', { profileId });
      return reg.status;
    } catch (error) {
      registrations.delete(reg.id);
      if (byProfile.get(profileId) === reg) byProfile.delete(profileId);
      if (reg.webhookId !== undefined) await deleteWebhook(client, reg.webhookId).catch(() => {});
      const message = error instanceof Error ? error.message : String(error);
      return fail(profileId, `Registering the webhook failed (${message}): falling back to polling.`);
    }
  }

  function receive({ registrationId, rawBody, signature }: IncomingDelivery): { status: number; message: string } {
    // Nothing of the body is logged: it may carry a job's arguments.
    const reg = registrations.get(registrationId);
    if (!reg) {
      logger.warn('Webhook delivery for no registration dropped', { bytes: rawBody.length });
      return { status: 404, message: 'No such webhook.' };
    }
    if (signature === undefined) {
      logger.warn('Unsigned webhook delivery dropped', { profileId: reg.profileId, bytes: rawBody.length });
      return { status: 401, message: 'Signature required.' };
    }
    if (!isSignatureValid(reg.secret, rawBody, signature)) {
      logger.warn('Webhook delivery with a wrong signature dropped', { profileId: reg.profileId, bytes: rawBody.length });
      return { status: 401, message: 'Signature does not match.' };
    }
    const delivery = parseDelivery(rawBody);
    if (!delivery) {
      logger.warn('Webhook delivery that is not an Orchestrator event dropped', { profileId: reg.profileId, bytes: rawBody.length });
      return { status: 400, message: 'Not an Orchestrator event.' };
    }
    const now = clock.now();
    if (Math.abs(now - delivery.at) > TIMESTAMP_TOLERANCE_MS) {
      logger.warn('Stale webhook delivery dropped', { profileId: reg.profileId, type: delivery.type, ageMs: now - delivery.at });
      return { status: 400, message: 'Timestamp out of range.' };
    }
    for (const [eventId, at] of reg.seen) if (at < now - 2 * TIMESTAMP_TOLERANCE_MS) reg.seen.delete(eventId);
    if (reg.seen.has(delivery.eventId)) {
      logger.info('Repeated webhook delivery ignored', { profileId: reg.profileId, type: delivery.type });
      return { status: 200, message: 'Already received.' };
    }
    reg.seen.set(delivery.eventId, now);
    // Any genuine delivery proves Orchestrator reaches Baton, the ping's or a later one.
    setActive(reg, reg.url);
    reg.pingArrived?.();
    for (const job of delivery.jobs) {
      const latest = reg.latest.get(job.Id);
      if (latest !== undefined && delivery.at < latest) {
        logger.debug('Out-of-order webhook delivery ignored', { profileId: reg.profileId, type: delivery.type });
        continue;
      }
      reg.latest.set(job.Id, delivery.at);
      deps.onJob(reg.profileId, job);
    }
    return { status: 200, message: 'Received.' };
  }

  return {
    register,
    receive,
    async unregister(profileId) {
      failures.delete(profileId);
      const reg = byProfile.get(profileId);
      if (reg) await remove(reg);
    },
    status(profileId) {
      if (deps.publicUrl === undefined) return { state: 'not-configured' };
      return byProfile.get(profileId)?.status ?? failures.get(profileId) ?? { state: 'not-configured' };
    },
    async dispose() {
      await Promise.all([...registrations.values()].map((reg) => remove(reg)));
    },
  };
}

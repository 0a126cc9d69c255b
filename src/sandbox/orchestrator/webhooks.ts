import { createHmac, randomUUID } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { requireScope } from './authenticate';
import type { SandboxClock } from './clock';
import { errors } from './errors';
import { sendEmpty } from './http';
import type { JobEvent } from './job-runner';
import type { Route } from './route-context';
import type { OrchestratorState } from './state';
import type { JobRecord, WebhookRecord } from './types';

export type WebhookSender = (url: string, body: string, headers: Record<string, string>) => Promise<void>;

/** The job events the sandbox delivers (a profile offers only those its version has). */
export const JOB_EVENT_TYPES = [
  'job.created',
  'job.started',
  'job.completed',
  'job.faulted',
  'job.stopped',
  'job.stopping',
  'job.terminating',
] as const;

/** Webhooks may only call back to this machine: the sandbox must never reach out to the network. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

/** `X-UiPath-Signature`: base64 HMAC-SHA256 of the raw body keyed with the webhook's secret. */
export function signWebhookBody(secret: string, body: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('base64');
}

/** A delivery the receiver did not accept (any non-2xx) is a failed one, as for Orchestrator's circuit breaker. */
export const fetchSender: WebhookSender = async (url, body, headers) => {
  const response = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`The receiver answered HTTP ${response.status}.`);
};

/**
 * The sender of an Orchestrator whose machine also trusts `ca`, a company's own certificate
 * authority (or a receiver's self-signed certificate): how a real server reaches a receiver whose
 * certificate is not from a public authority. Refuses plain http, as Orchestrator's own HTTPS
 * receivers do.
 */
export function senderTrusting(ca: string | Buffer): WebhookSender {
  return (url, body, headers) =>
    new Promise<void>((resolve, reject) => {
      if (new URL(url).protocol !== 'https:') return reject(new Error(`Refusing to send over ${new URL(url).protocol}.`));
      const request = httpsRequest(url, { method: 'POST', headers, ca: [...rootCertificates, ca], timeout: 10_000 }, (response) => {
        response.resume();
        response.on('end', () =>
          (response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300
            ? resolve()
            : reject(new Error(`The receiver answered HTTP ${response.statusCode}.`)),
        );
      });
      request.on('timeout', () => request.destroy(new Error('The receiver did not answer in time.')));
      request.on('error', reject);
      request.end(body);
    });
}

/**
 * What a network between Orchestrator and its receiver can do to deliveries, for tests and the
 * bench: each delivery waits `delayMs` plus up to `jitterMs` (so later ones can overtake earlier
 * ones), is lost with `dropRate` and sent twice with `duplicateRate`. `random` makes it repeatable.
 */
export interface WebhookFaults {
  delayMs?: number;
  jitterMs?: number;
  dropRate?: number;
  duplicateRate?: number;
  random?: () => number;
}

/** A failed delivery turns the webhook off for an hour; events meanwhile are lost (reference §3.6, "About webhooks" 2023.4+). */
const CIRCUIT_BREAKER_MS = 60 * 60_000;

const parseArgs = (text: string | null): unknown => (text ? JSON.parse(text) : null);

function jobPayload(state: OrchestratorState, job: JobRecord): Record<string, unknown> {
  const release = state.releases.get(job.releaseId)!;
  return {
    Id: job.id,
    Key: job.key,
    State: job.state,
    StartTime: job.startTime === null ? null : new Date(job.startTime).toISOString(),
    EndTime: job.endTime === null ? null : new Date(job.endTime).toISOString(),
    Info: job.info,
    Source: job.source,
    SourceType: job.sourceType,
    BatchExecutionKey: job.batchExecutionKey,
    ReleaseName: release.name,
    Type: job.type,
    Reference: job.reference,
    // Webhook payloads carry arguments as objects, unlike JobDto's JSON strings.
    InputArguments: parseArgs(job.inputArguments),
    OutputArguments: parseArgs(job.outputArguments),
    Robot: job.hostMachineName
      ? { Id: 4000 + (job.folderId % 1000), Name: `sandbox-robot-${job.folderId}`, MachineName: job.hostMachineName }
      : null,
    Release: {
      Id: release.id,
      Key: release.key,
      ProcessKey: release.processKey,
      ProcessVersion: release.processVersion,
      Name: release.name,
      Description: release.description,
    },
  };
}

export interface WebhookDispatcher {
  dispatch(event: JobEvent): void;
  /** The Ping action: one signed test delivery to an enabled webhook. */
  ping(hook: WebhookRecord): void;
  setFaults(faults: WebhookFaults): void;
  /** `POST /odata/Webhooks({id})/UiPath.Server.Configuration.OData.Ping` → 202 (reference §3.6). */
  routes: Route[];
  idle(): Promise<void>;
}

export function createWebhookDispatcher(deps: {
  state: OrchestratorState;
  clock: SandboxClock;
  send: WebhookSender;
  onError?: (error: unknown) => void;
}): WebhookDispatcher {
  const inFlight = new Set<Promise<void>>();
  let faults: WebhookFaults = {};
  const common = (type: string) => ({
    Type: type,
    EventId: randomUUID().replace(/-/g, ''),
    Timestamp: new Date(deps.clock.now()).toISOString(),
  });
  const buildBody = (event: JobEvent): string => {
    const first = event.jobs[0]!;
    const tail: Record<string, unknown> = { TenantId: deps.state.seed.tenant.id, OrganizationUnitId: first.folderId };
    if (event.userId !== null) tail.UserId = event.userId;
    const head = common(event.type);
    const payload =
      event.type === 'job.created'
        ? { ...head, StartInfo: event.startInfo ?? null, Jobs: event.jobs.map((j) => jobPayload(deps.state, j)), ...tail }
        : // job.stopped carries a Jobs array like job.created; every other event a single Job (reference §3.6).
          event.type === 'job.stopped'
          ? { ...head, Jobs: event.jobs.map((j) => jobPayload(deps.state, j)), ...tail }
          : { ...head, Job: jobPayload(deps.state, first), ...tail };
    return JSON.stringify(payload);
  };
  const sendNow = (hook: WebhookRecord, body: string): void => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'UiPath-Orchestrator-Webhooks' };
    if (hook.secret) headers['X-UiPath-Signature'] = signWebhookBody(hook.secret, body);
    // Orchestrator does not retry or store failed deliveries; it turns the webhook off for an hour.
    const delivery = deps.send(hook.url, body, headers).catch((error) => {
      if (hook.enabled) {
        hook.enabled = false;
        deps.clock.setTimeout(() => (hook.enabled = true), CIRCUIT_BREAKER_MS);
      }
      deps.onError?.(error);
    });
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  };
  const deliver = (hook: WebhookRecord, body: string): void => {
    const random = faults.random ?? Math.random;
    if (faults.dropRate && random() < faults.dropRate) return;
    const copies = faults.duplicateRate && random() < faults.duplicateRate ? 2 : 1;
    for (let i = 0; i < copies; i += 1) {
      const wait = (faults.delayMs ?? 0) + (faults.jitterMs ? random() * faults.jitterMs : 0);
      // A delayed one waits on the sandbox's clock (a test moves it); idle() covers only those sent.
      if (wait <= 0) sendNow(hook, body);
      else deps.clock.setTimeout(() => sendNow(hook, body), wait);
    }
  };
  const ping = (hook: WebhookRecord): void => {
    if (!hook.enabled) return;
    deliver(hook, JSON.stringify({ ...common('ping'), TenantId: deps.state.seed.tenant.id }));
  };
  return {
    dispatch(event) {
      const hooks = [...deps.state.webhooks.values()].filter((w) => w.enabled && (w.subscribeToAllEvents || w.events.includes(event.type)));
      if (hooks.length === 0) return;
      const body = buildBody(event);
      for (const hook of hooks) deliver(hook, body);
    },
    ping,
    setFaults(next) {
      faults = { ...next };
    },
    routes: [
      {
        method: 'POST',
        pattern: /^\/odata\/Webhooks\((\d+)\)\/UiPath\.Server\.Configuration\.OData\.Ping$/i,
        handle(ctx) {
          requireScope(ctx.caller, ['OR.Webhooks', 'OR.Webhooks.Write']);
          const hook = ctx.deps.state.webhooks.get(Number(ctx.match[1]));
          if (!hook) throw errors.notFound('Webhook');
          ping(hook);
          sendEmpty(ctx.res, 202);
        },
      },
    ],
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

import { createHmac, randomUUID } from 'node:crypto';
import type { SandboxClock } from './clock';
import type { JobEvent } from './job-runner';
import type { OrchestratorState } from './state';
import type { JobRecord } from './types';

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

export const fetchSender: WebhookSender = async (url, body, headers) => {
  const response = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
};

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

export function createWebhookDispatcher(deps: {
  state: OrchestratorState;
  clock: SandboxClock;
  send: WebhookSender;
  onError?: (error: unknown) => void;
}): { dispatch(event: JobEvent): void; idle(): Promise<void> } {
  const inFlight = new Set<Promise<void>>();
  const buildBody = (event: JobEvent): string => {
    const first = event.jobs[0]!;
    const common = {
      Type: event.type,
      EventId: randomUUID().replace(/-/g, ''),
      Timestamp: new Date(deps.clock.now()).toISOString(),
    };
    const tail: Record<string, unknown> = { TenantId: deps.state.seed.tenant.id, OrganizationUnitId: first.folderId };
    if (event.userId !== null) tail.UserId = event.userId;
    const payload =
      event.type === 'job.created'
        ? { ...common, StartInfo: event.startInfo ?? null, Jobs: event.jobs.map((j) => jobPayload(deps.state, j)), ...tail }
        : // job.stopped carries a Jobs array like job.created; every other event a single Job (reference §3.6).
          event.type === 'job.stopped'
          ? { ...common, Jobs: event.jobs.map((j) => jobPayload(deps.state, j)), ...tail }
          : { ...common, Job: jobPayload(deps.state, first), ...tail };
    return JSON.stringify(payload);
  };
  return {
    dispatch(event) {
      const hooks = [...deps.state.webhooks.values()].filter((w) => w.enabled && (w.subscribeToAllEvents || w.events.includes(event.type)));
      if (hooks.length === 0) return;
      const body = buildBody(event);
      for (const hook of hooks) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json', 'User-Agent': 'UiPath-Orchestrator-Webhooks' };
        if (hook.secret) headers['X-UiPath-Signature'] = signWebhookBody(hook.secret, body);
        // Orchestrator does not retry or store failed deliveries.
        const delivery = deps.send(hook.url, body, headers).catch((error) => deps.onError?.(error));
        inFlight.add(delivery);
        void delivery.finally(() => inFlight.delete(delivery));
      }
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxSeed } from '../seed';
import { authenticate } from './authenticate';
import { createSystemClock, type SandboxClock } from './clock';
import { entityTypes } from './entity-types';
import { errors } from './errors';
import { sendError } from './http';
import { createJobRunner, type JobEvent, type JobRunner } from './job-runner';
import { createRateLimiter } from './rate-limiter';
import type { Layout, OrchestratorDeps, Route, RouteContext } from './route-context';
import { folderRoutes } from './routes/folders';
import { jobActionRoutes } from './routes/job-actions';
import { jobReadRoutes } from './routes/jobs';
import { legacyAccountRoutes, settingsRoutes, statusRoutes, userRoutes } from './routes/misc';
import { releaseRoutes } from './routes/releases';
import { robotLogRoutes } from './routes/robot-logs';
import { webhookRoutes } from './routes/webhooks';
import { seedJobs } from './seed-jobs';
import { createState, type OrchestratorState } from './state';
import type { OrchestratorVersion, VerifyToken } from './types';
import { versionProfile, type VersionName, type VersionProfile } from './versions';
import { createWebhookDispatcher, fetchSender, type WebhookFaults, type WebhookSender } from './webhooks';

export interface OrchestratorOptions {
  /** The version profile (default `cloud`; `current` is its old name). */
  version?: VersionName;
  seed: SandboxSeed;
  verifyToken: VerifyToken;
  clock?: SandboxClock;
  /**
   * The profile's limits (Cloud: 100 `GET /odata/Jobs` lists/min/tenant) apply on the Cloud layout.
   * A number sets the limit for any profile, `null` turns it off; `appliesTo: 'all'` also
   * throttles the on-prem layout.
   */
  rateLimits?: { jobsListPerMinute?: number | null; appliesTo?: 'cloud' | 'all' };
  webhookSender?: WebhookSender;
  onWebhookError?: (error: unknown) => void;
  /** Start with jobs other accounts, schedules, triggers and robots started (seed-jobs.ts). */
  seedJobs?: boolean;
}

export interface Orchestrator {
  /** Serves the request if its path is Orchestrator's (on-prem `/odata`, `/api`, or `/{org}/{tenant}/orchestrator_/…`); false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  state: OrchestratorState;
  runner: JobRunner;
  version: OrchestratorVersion;
  profile: VersionProfile;
  /** Resolves when every webhook delivery started so far has finished. */
  webhooksIdle(): Promise<void>;
  /** Delays, drops, duplicates and reorders webhook deliveries from now on (webhooks.ts). */
  setWebhookFaults(faults: WebhookFaults): void;
  close(): Promise<void>;
}

const ON_PREM = /^\/(odata|api)(\/|$)/i;
const CLOUD = /^\/([^/]+)\/([^/]+)\/orchestrator_(\/.*)?$/;

export function createOrchestrator(options: OrchestratorOptions): Orchestrator {
  const profile = versionProfile(options.version);
  const { version } = profile;
  const clock = options.clock ?? createSystemClock();
  const state = createState(options.seed);
  if (options.seedJobs) seedJobs(state, clock.now());
  const dispatcher = createWebhookDispatcher({ state, clock, send: options.webhookSender ?? fetchSender, onError: options.onWebhookError });
  // Only the events the version has are ever sent (job.stopping/terminating from v17, reference §3.6).
  const emit = (event: JobEvent): void => {
    if (profile.webhookEvents.includes(event.type)) dispatcher.dispatch(event);
  };
  const runner = createJobRunner({ state, clock, emit });
  const configured = options.rateLimits?.jobsListPerMinute;
  const perMinute = configured === undefined ? (profile.rateLimits?.jobsListPerMinute ?? null) : configured;
  const limiter = perMinute === null ? undefined : createRateLimiter({ clock, perMinute });
  const appliesTo = options.rateLimits?.appliesTo ?? 'cloud';
  const deps: OrchestratorDeps = {
    state,
    profile,
    clock,
    runner,
    dispatch: emit,
    // One counter per tenant, shared by every client and user (rate-limits page: "per tenant").
    jobsListLimiter: limiter && ((tenant: string, layout: Layout) => (appliesTo === 'all' || layout === 'cloud') && limiter.hit(tenant)),
    types: entityTypes(profile),
  };
  const routes: Route[] = [
    ...statusRoutes,
    ...(profile.signIn.legacy ? legacyAccountRoutes : []),
    ...folderRoutes,
    ...releaseRoutes,
    ...jobActionRoutes,
    ...jobReadRoutes,
    ...robotLogRoutes,
    ...userRoutes,
    ...settingsRoutes,
    ...webhookRoutes,
    ...dispatcher.routes,
  ];

  async function serve(req: IncomingMessage, res: ServerResponse, layout: Layout, prefix: string, path: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const candidates = routes
      .filter((r) => !(layout === 'cloud' && legacyAccountRoutes.includes(r)))
      .map((route) => ({ route, match: route.pattern.exec(path) }))
      .filter((c): c is { route: Route; match: RegExpExecArray } => c.match !== null);
    if (candidates.length === 0) throw errors.noRoute();
    const found = candidates.find((c) => c.route.method === method);
    if (!found) throw errors.methodNotAllowed();
    const ctx = {
      req,
      res,
      url,
      params: url.searchParams,
      match: found.match,
      layout,
      deps,
      serviceRoot: `http://${req.headers.host ?? '127.0.0.1'}${prefix}/odata`,
    } as RouteContext;
    if (!found.route.isAnonymous) {
      const tenantHeader = req.headers['x-uipath-tenantname'];
      if (layout === 'onprem' && typeof tenantHeader === 'string' && tenantHeader.toLowerCase() !== state.seed.tenant.name.toLowerCase()) {
        throw errors.unauthenticated();
      }
      ctx.caller = await authenticate(req, { state, verifyToken: options.verifyToken, clock });
    }
    await found.route.handle(ctx);
  }

  return {
    state,
    runner,
    version,
    profile,
    handle(req, res) {
      const pathname = (req.url ?? '/').split('?')[0]!;
      let layout: Layout;
      let prefix = '';
      let path: string;
      const cloud = CLOUD.exec(pathname);
      if (ON_PREM.test(pathname)) {
        layout = 'onprem';
        path = pathname;
      } else if (cloud) {
        layout = 'cloud';
        prefix = `/${cloud[1]}/${cloud[2]}/orchestrator_`;
        path = cloud[3] ?? '/';
        const isOurs =
          cloud[1]!.toLowerCase() === state.seed.org.toLowerCase() && cloud[2]!.toLowerCase() === state.seed.tenant.name.toLowerCase();
        if (!isOurs) {
          sendError(res, errors.noRoute());
          return true;
        }
      } else {
        return false;
      }
      // Every answer names the API version (reference §1.2); 19.10/20.4 are not known to send it.
      if (profile.apiVersion !== null) res.setHeader('api-supported-versions', profile.apiVersion);
      let decoded = path;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        // Keep the raw path: it will not match a route and gets a 404.
      }
      serve(req, res, layout, prefix, decoded).catch((error) => sendError(res, error));
      return true;
    },
    webhooksIdle: () => dispatcher.idle(),
    setWebhookFaults: (faults) => dispatcher.setFaults(faults),
    async close() {
      runner.close();
      await dispatcher.idle();
    },
  };
}

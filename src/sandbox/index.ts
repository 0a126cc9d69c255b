import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdminApi, createFaultRules, createRequestLog, type FaultRules } from './faults';
import { createIdentityServer, type IdentityServer } from './identity';
import {
  createJwtVerifier,
  createOrchestrator,
  createSystemClock,
  type Orchestrator,
  type OrchestratorOptions,
  type OrchestratorVersion,
  type SandboxClock,
  type VersionName,
  type TrustAnchor,
  type WebhookSender,
} from './orchestrator';
import { startSandboxRobot, type SandboxRobot } from './robot';
import { createSeed, SANDBOX_USERS, sandboxClients, type SandboxClients } from './seed';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A version profile from `SANDBOX_VERSIONS` (default `cloud`; `current` is its old name). */
  version?: VersionName;
  folders?: number;
  processesPerFolder?: number;
  /** Redirect URIs registered for the desktop client (matched exactly). */
  redirectUris?: string[];
  /** A manual clock makes jobs and token expiry move only when a test says so. */
  clock?: SandboxClock;
  /** Added to every request (not the admin API), like a slow network. */
  latencyMs?: number;
  rateLimits?: OrchestratorOptions['rateLimits'];
  webhookSender?: WebhookSender;
  /** More token signers the Orchestrator trusts (tests mint their own tokens). */
  extraTrust?: TrustAnchor[];
  accessTokenTtlSeconds?: number;
  /** Port of the sandbox robot bridge; 0 (the default) picks a free one. */
  robotPort?: number;
  /** Start with jobs Baton did not start: by other accounts, schedules, triggers, robots (`npm run sandbox` does). */
  seedJobs?: boolean;
}

export interface SandboxUserInfo {
  username: string;
  password: string;
  name: string;
  email: string;
  role: string;
}

export interface Sandbox {
  /** On-prem layout base, e.g. `http://127.0.0.1:PORT` (API under `/odata`, `/api`). */
  orchestratorUrl: string;
  /** On-prem Identity Server, `…/identity`. */
  identityUrl: string;
  /** Cloud layout base `…/{org}/{tenant}`; the API is under `/orchestrator_/odata`. */
  cloudUrl: string;
  org: string;
  tenant: string;
  adminUrl: string;
  adminToken: string;
  clients: SandboxClients;
  users: SandboxUserInfo[];
  version: OrchestratorVersion;
  clock: SandboxClock;
  orchestrator: Orchestrator;
  identity: IdentityServer;
  faults: FaultRules;
  /** The local robot bridge (simulated executor); pair with the code from `GET {adminUrl}/robot/pairing-code`. */
  robotBridgeUrl: string;
  robot: SandboxRobot;
  close(): Promise<void>;
}

function notFound(res: ServerResponse): void {
  const body = JSON.stringify({ message: 'No HTTP resource was found that matches the request URI.', errorCode: 0, traceId: null });
  res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Starts Identity Server, Orchestrator and the admin API on one loopback HTTP server. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const clock = opts.clock ?? createSystemClock();
  const seed = createSeed({ folders: opts.folders, processesPerFolder: opts.processesPerFolder });
  const clients = sandboxClients(opts.redirectUris);
  const adminToken = randomBytes(24).toString('base64url');
  const faults = createFaultRules();
  const requests = createRequestLog();
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  let identity: IdentityServer | undefined;
  // Identity Server stamps tokens with real time; a manual clock may only move expiry forward.
  const tokenNow = (): number => Math.max(clock.now(), Date.now());
  const verifyToken = createJwtVerifier({
    anchors: () => [
      ...(identity ? [{ jwks: identity.jwks, issuers: identity.issuers, audience: identity.audience }] : []),
      ...(opts.extraTrust ?? []),
    ],
    now: tokenNow,
  });
  const orchestrator = createOrchestrator({
    version: opts.version,
    seed,
    verifyToken,
    clock,
    rateLimits: opts.rateLimits,
    webhookSender: opts.webhookSender,
    seedJobs: opts.seedJobs,
  });
  const admin = createAdminApi({ token: adminToken, faults, requests, clock, orchestrator: () => orchestrator });

  let robot: SandboxRobot | undefined;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (robot?.handle(req, res)) return;
    if (admin.handle(req, res)) return;
    requests.record(req.method ?? 'GET', req.url ?? '/', clock.now());
    if (opts.latencyMs) await wait(opts.latencyMs);
    if ((await faults.apply(req, res)) === 'handled') return;
    // 19.10 has no Identity Server: users sign in through /api/Account/Authenticate only.
    if (orchestrator.profile.signIn.interactive && identity?.handle(req, res)) return;
    if (orchestrator.handle(req, res)) return;
    notFound(res);
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  try {
    identity = await createIdentityServer({
      hasClientCredentials: orchestrator.profile.signIn.clientCredentials,
      origin,
      org: seed.org,
      users: SANDBOX_USERS,
      clients,
      accessTokenTtlSeconds: opts.accessTokenTtlSeconds,
      now: tokenNow,
    });
    robot = await startSandboxRobot({ adminToken, jobClock: clock, port: opts.robotPort });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await orchestrator.close();
    await identity?.close();
    throw error;
  }
  const startedRobot = robot;
  const startedIdentity = identity;
  let closing: Promise<void> | undefined;
  return {
    orchestratorUrl: origin,
    identityUrl: `${origin}/identity`,
    cloudUrl: `${origin}/${seed.org}/${seed.tenant.name}`,
    org: seed.org,
    tenant: seed.tenant.name,
    adminUrl: `${origin}/__sandbox`,
    adminToken,
    clients,
    users: SANDBOX_USERS.map(({ username, password, name, email, role }) => ({ username, password, name, email, role })),
    version: orchestrator.version,
    clock,
    orchestrator,
    identity: startedIdentity,
    faults,
    robotBridgeUrl: startedRobot.url,
    robot: startedRobot,
    close() {
      closing ??= (async () => {
        faults.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await orchestrator.close();
        await startedIdentity.close();
        await startedRobot.close();
      })();
      return closing;
    },
  };
}

export { createSeed, SANDBOX_USERS, sandboxClients } from './seed';
export {
  createManualClock,
  createSystemClock,
  encodeFolderPath,
  signWebhookBody,
  type ManualClock,
  type SandboxClock,
  type OrchestratorVersion,
  type TrustAnchor,
  SANDBOX_VERSIONS,
  isVersionName,
  versionProfile,
  type VersionName,
  type VersionProfile,
} from './orchestrator';
export type { FaultRuleInput } from './faults';

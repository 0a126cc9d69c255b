import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import { BatonError } from '../../shared';
import type { SandboxClients, SandboxUser } from '../seed/users';
import { createInteractionHandler } from './interactions';
import { createMountProvider, refusedScopes } from './provider-config';
import { errorPage } from './pages';
import { createSharedStore } from './shared-store';
import { createSigningKey } from './signing-key';
import { createUserinfoHandler } from './userinfo';

export interface IdentityServerOptions {
  /** Where the sandbox's http server listens, e.g. `http://127.0.0.1:51234`. */
  origin: string;
  /** Organization logical name used in the Cloud mount `/{org}/identity_`, e.g. `baton`. */
  org: string;
  users: readonly SandboxUser[];
  clients: SandboxClients;
  /** Access-token lifetime; Identity Server's default is 3600. */
  accessTokenTtlSeconds?: number;
  /** Clock for the userinfo endpoint's token checks (oidc-provider itself reads Date.now). */
  now?: () => number;
  /** Whether external applications (client credentials) exist; false before Orchestrator 21.4. */
  hasClientCredentials?: boolean;
}

export interface IdentityServer {
  /** Handles the request when its path is under an Identity mount; returns false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** `[on-prem /identity, Cloud /identity_, Cloud /{org}/identity_]`: every issuer tokens may carry. */
  issuers: string[];
  /** Public signing keys, the same at every mount's JWKS endpoint. */
  jwks: { keys: JWK[] };
  discoveryUrls: { onPrem: string; cloud: string };
  /** `aud` of every access token. */
  audience: string;
  /** `prt_id` of every access token (the organization's partition id). */
  partitionId: string;
  /** Signs everyone out and invalidates every code and refresh token (issued JWTs stay valid). */
  revokeSessions(): void;
  close(): Promise<void>;
}

/**
 * Audience of Orchestrator access tokens. IdentityServer4 names API resources; UiPath's is
 * taken to be "UiPath.Orchestrator" (orchestrator-api.md §2.8 lists `aud` as uncertain).
 */
export const ORCHESTRATOR_AUDIENCE = 'UiPath.Orchestrator';

/** A stable GUID per organization name, in the shape of Identity Server's partition ids. */
function partitionIdFor(org: string): string {
  const h = createHash('sha256').update(`partition:${org}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Identity Server only sets a refresh token when offline_access is granted; oidc-provider also
 *  insists on prompt=consent for that (RFC-compliant but unlike Identity Server), so add it. */
function withConsentForOfflineAccess(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, 'http://x');
  const scopes = (url.searchParams.get('scope') ?? '').split(' ');
  const prompts = (url.searchParams.get('prompt') ?? '').split(' ').filter(Boolean);
  if (!scopes.includes('offline_access') || prompts.includes('none') || prompts.includes('consent')) {
    return pathAndQuery;
  }
  url.searchParams.set('prompt', [...prompts, 'consent'].join(' '));
  return `${url.pathname}${url.search}`;
}

export async function createIdentityServer(opts: IdentityServerOptions): Promise<IdentityServer> {
  const origin = new URL(opts.origin).origin;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(opts.org)) {
    throw new BatonError('VALIDATION', `"${opts.org}" is not a usable organization name.`, {
      hint: 'Use letters, digits, dots, dashes or underscores, as in a Cloud organization logical name.',
    });
  }
  const now = opts.now ?? Date.now;
  const audience = ORCHESTRATOR_AUDIENCE;
  const partitionId = partitionIdFor(opts.org);
  const signingKey = createSigningKey();
  const store = createSharedStore();
  const cookieKeys = [randomBytes(32).toString('base64url')];
  const clientNames = new Map([
    [opts.clients.desktop.clientId, 'Baton'],
    [opts.clients.confidential.clientId, opts.clients.confidential.name],
  ]);

  const mountPaths = ['/identity', '/identity_', `/${opts.org}/identity_`];
  const issuers = mountPaths.map((m) => `${origin}${m}`);
  const jwks = { keys: [signingKey.publicJwk as JWK] };

  const mounts = mountPaths.map((mountPath, i) => {
    const provider = createMountProvider({
      issuer: issuers[i]!,
      mountPath,
      users: opts.users,
      clients: opts.clients,
      signingKey,
      store,
      cookieKeys,
      audience,
      partitionId,
      accessTokenTtlSeconds: opts.accessTokenTtlSeconds ?? 3600,
      hasClientCredentials: opts.hasClientCredentials ?? true,
    });
    return {
      mountPath,
      callback: provider.callback(),
      interactions: createInteractionHandler({
        provider,
        mountPath,
        origin,
        organization: opts.org,
        users: opts.users,
        clientNames,
      }),
    };
  });

  const userinfo = createUserinfoHandler({ issuers, audience, jwks, users: opts.users, now });

  function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const mount = mounts.find((m) => pathname === m.mountPath || pathname.startsWith(`${m.mountPath}/`));
    if (!mount) return false;

    const rest = pathname.slice(mount.mountPath.length) || '/';
    if (rest === '/web/login' && req.method === 'GET') {
      sendErrorLanding(res, new URL(url, origin).searchParams);
      return true;
    }
    if (rest === '/connect/authorize' && req.method === 'GET' && refuseScopes(req, res, mount.mountPath, url)) return true;
    if (rest === '/connect/userinfo') {
      userinfo(req, res);
      return true;
    }
    if (mount.interactions(req, res, pathname)) return true;

    let inner = rest + (queryAt === -1 ? '' : url.slice(queryAt));
    if (rest === '/connect/authorize' && req.method === 'GET') inner = withConsentForOfflineAccess(inner);
    // oidc-provider derives its mount path from originalUrl minus url (as under Express).
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = mount.mountPath + inner;
    req.url = inner;
    mount.callback(req, res);
    return true;
  }

  /**
   * Identity Server refuses an authorize request naming one scope the app is not granted, as a
   * whole, and not back to the app: the browser lands on its own page with `errorCode=invalid_scope`
   * (orchestrator-versions.md §5.2).
   */
  function refuseScopes(req: IncomingMessage, res: ServerResponse, mountPath: string, url: string): boolean {
    const params = new URL(url, origin).searchParams;
    const refused = refusedScopes(opts.clients, params.get('client_id') ?? '', params.get('scope') ?? '');
    if (refused.length === 0) return false;
    const landing = `${mountPath}/web/login?errorCode=invalid_scope&returnUrl=${encodeURIComponent(url)}`;
    res.writeHead(302, { Location: landing, 'Cache-Control': 'no-store', 'Content-Length': 0 });
    res.end();
    return true;
  }

  function sendErrorLanding(res: ServerResponse, params: URLSearchParams): void {
    const page = errorPage({
      error: params.get('errorCode') ?? 'unknown_error',
      error_description: 'The application asked for access it is not granted.',
    });
    res.writeHead(params.has('errorCode') ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': page.csp,
      'Cache-Control': 'no-store',
    });
    res.end(page.html);
  }

  return {
    handle,
    issuers,
    jwks,
    discoveryUrls: {
      onPrem: `${issuers[0]}/.well-known/openid-configuration`,
      cloud: `${issuers[1]}/.well-known/openid-configuration`,
    },
    audience,
    partitionId,
    revokeSessions: () => store.clear(),
    close: async () => store.clear(),
  };
}

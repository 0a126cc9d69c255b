import type { Deployment } from '../../shared/model';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** Where a profile's Orchestrator, Identity Server and API live (reference/orchestrator-api.md §1.1). */
export interface ConnectionLayout {
  /** Normalised: no trailing slash, no `/orchestrator_`. */
  orchestratorUrl: string;
  deployment: Deployment;
  org?: string;
  /** On-prem: send as `X-UIPATH-TenantName` when set. Cloud/Suite: from the URL. */
  tenant?: string;
  identityUrl: string;
  /** Where `/odata` lives: on-prem `https://host`, Cloud/Suite `https://host/{org}/{tenant}/orchestrator_`. */
  apiBaseUrl: string;
}

/** An Orchestrator URL as typed → URL, or a VALIDATION error that says what to type. */
function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw BatonError.said('VALIDATION', said('errors.urlNotUrl', { raw }), { hint: said('errors.urlNotUrlHint') });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw BatonError.said('VALIDATION', said('errors.urlScheme', { protocol: url.protocol }), { hint: said('errors.urlSchemeHint') });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw BatonError.said('VALIDATION', said('errors.urlPlainHttp', { host: url.hostname }), {
      hint: said('errors.urlPlainHttpHint', { httpsUrl: `https://${url.host}${url.pathname === '/' ? '' : url.pathname}` }),
    });
  }
  if (url.username || url.password) {
    throw BatonError.said('VALIDATION', said('errors.urlCredentials'), { hint: said('errors.urlCredentialsHint') });
  }
  return url;
}

/**
 * Works out the deployment from the URL: a bare host is on-prem (Identity at `/identity`);
 * `/{org}/{tenant}` is Automation Cloud on *.uipath.com and Automation Suite elsewhere
 * (Identity at the host root's `/identity_`, API under `/orchestrator_`).
 */
export function resolveConnectionLayout(raw: string, options: { deployment?: Deployment; tenant?: string } = {}): ConnectionLayout {
  const url = parseHttpUrl(raw);
  let segments = url.pathname.split('/').filter(Boolean);
  // A pasted API address still names the right tenant; the layout adds `orchestrator_` itself.
  const apiAt = segments.findIndex((segment) => segment.toLowerCase() === 'orchestrator_' || segment.toLowerCase() === 'odata');
  if (apiAt >= 0) segments = segments.slice(0, apiAt);
  const origin = url.origin;
  const isUiPathCloud = /(^|\.)uipath\.com$/i.test(url.hostname);

  if (segments.length === 0) {
    if (options.deployment && options.deployment !== 'on-prem') {
      throw BatonError.said('VALIDATION', said('errors.urlNeedsOrgTenant', { deployment: options.deployment }), {
        hint: said('errors.urlNeedsOrgTenantHint'),
      });
    }
    if (isUiPathCloud) {
      throw BatonError.said('VALIDATION', said('errors.urlCloudNeedsOrgTenant'), { hint: said('errors.urlCloudNeedsOrgTenantHint') });
    }
    return {
      orchestratorUrl: origin,
      deployment: 'on-prem',
      ...(options.tenant ? { tenant: options.tenant } : {}),
      identityUrl: `${origin}/identity`,
      apiBaseUrl: origin,
    };
  }
  if (segments.length === 2) {
    const [org = '', tenant = ''] = segments.map((segment) => decodeURIComponent(segment));
    const deployment = options.deployment ?? (isUiPathCloud ? 'cloud' : 'automation-suite');
    if (deployment === 'on-prem') {
      throw BatonError.said('VALIDATION', said('errors.urlOnPremPath'), { hint: said('errors.urlOnPremPathHint', { origin }) });
    }
    const base = `${origin}/${segments.join('/')}`;
    return { orchestratorUrl: base, deployment, org, tenant, identityUrl: `${origin}/identity_`, apiBaseUrl: `${base}/orchestrator_` };
  }
  throw BatonError.said('VALIDATION', said('errors.urlUnknownKind', { url: url.href }), { hint: said('errors.urlUnknownKindHint') });
}

/** Identity Server matches redirect URIs exactly, so the listener must own exactly this address. */
export function parseRedirectUri(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw BatonError.said('VALIDATION', said('errors.redirectNotUrl', { raw }), { hint: said('errors.redirectNotUrlHint') });
  }
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname) || !url.port || url.search || url.hash) {
    throw BatonError.said('VALIDATION', said('errors.redirectLoopback', { raw }), { hint: said('errors.redirectLoopbackHint') });
  }
  return url;
}

import type { Deployment } from '../../shared/model';
import { BatonError } from '../../shared/errors';

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

const EXAMPLES = 'e.g. https://orchestrator.example.com or https://cloud.uipath.com/myorg/DefaultTenant';

function parseHttpUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BatonError('VALIDATION', `The ${what} "${raw}" is not a URL.`, {
      hint: `Enter the full address including https://, ${EXAMPLES}.`,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BatonError('VALIDATION', `The ${what} must start with https://, not ${url.protocol}.`, {
      hint: `Enter the address you open in your browser, ${EXAMPLES}.`,
    });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new BatonError('VALIDATION', `Baton connects to ${url.hostname} only over https; plain http is allowed only on this machine.`, {
      hint: `Use https://${url.host}${url.pathname === '/' ? '' : url.pathname}. If its certificate is self-signed, install your CA on this machine instead of using http.`,
    });
  }
  if (url.username || url.password) {
    throw new BatonError('VALIDATION', `The ${what} must not contain a user name or password.`, {
      hint: 'Remove the "user:password@" part; Baton asks for credentials when you sign in.',
    });
  }
  return url;
}

/**
 * Works out the deployment from the URL: a bare host is on-prem (Identity at `/identity`);
 * `/{org}/{tenant}` is Automation Cloud on *.uipath.com and Automation Suite elsewhere
 * (Identity at the host root's `/identity_`, API under `/orchestrator_`).
 */
export function resolveConnectionLayout(raw: string, options: { deployment?: Deployment; tenant?: string } = {}): ConnectionLayout {
  const url = parseHttpUrl(raw, 'Orchestrator URL');
  let segments = url.pathname.split('/').filter(Boolean);
  // A pasted API address still names the right tenant; the layout adds `orchestrator_` itself.
  const apiAt = segments.findIndex((segment) => segment.toLowerCase() === 'orchestrator_' || segment.toLowerCase() === 'odata');
  if (apiAt >= 0) segments = segments.slice(0, apiAt);
  const origin = url.origin;
  const isUiPathCloud = /(^|\.)uipath\.com$/i.test(url.hostname);

  if (segments.length === 0) {
    if (options.deployment && options.deployment !== 'on-prem') {
      throw new BatonError('VALIDATION', `A ${options.deployment} URL names the organization and tenant: https://host/{org}/{tenant}.`, {
        hint: `Add the organization and tenant to the URL, ${EXAMPLES}.`,
      });
    }
    if (isUiPathCloud) {
      throw new BatonError('VALIDATION', 'An Automation Cloud URL names the organization and tenant.', {
        hint: 'Copy the address from your browser after opening Orchestrator, e.g. https://cloud.uipath.com/myorg/DefaultTenant.',
      });
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
      throw new BatonError('VALIDATION', 'An on-premises Orchestrator URL is the bare host, without a path.', {
        hint: `Use ${origin} and give the tenant separately.`,
      });
    }
    const base = `${origin}/${segments.join('/')}`;
    return { orchestratorUrl: base, deployment, org, tenant, identityUrl: `${origin}/identity_`, apiBaseUrl: `${base}/orchestrator_` };
  }
  throw new BatonError('VALIDATION', `Baton cannot tell which kind of Orchestrator ${url.href} is.`, {
    hint: `Use the bare host for an on-premises Orchestrator, or https://host/{organization}/{tenant} for Automation Cloud and Automation Suite, ${EXAMPLES}.`,
  });
}

/** Identity Server matches redirect URIs exactly, so the listener must own exactly this address. */
export function parseRedirectUri(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BatonError('VALIDATION', `The redirect URI "${raw}" is not a URL.`, {
      hint: 'Use the default http://127.0.0.1:8765/callback unless your external app registers another.',
    });
  }
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname) || !url.port || url.search || url.hash) {
    throw new BatonError(
      'VALIDATION',
      `The redirect URI ${raw} must be an http address on this machine with a port, such as http://127.0.0.1:8765/callback.`,
      {
        hint: 'Baton listens on that port for the sign-in answer; register the same address as a redirect URL of the external app.',
      },
    );
  }
  return url;
}

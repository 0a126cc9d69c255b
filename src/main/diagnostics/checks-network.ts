import { isBatonError } from '../../shared/errors';
import { resolveConnectionLayout } from '../profiles';
import type { CheckDefinition, CheckOutcome } from './types';

const ms = (value: number) => `${Math.round(value)} ms`;

function endpoint(rawUrl: string): { host: string; port: number; isHttps: boolean } {
  const url = new URL(rawUrl);
  const isHttps = url.protocol === 'https:';
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : isHttps ? 443 : 80, isHttps };
}

export const urlCheck: CheckDefinition = {
  id: 'url',
  dependsOn: [],
  async run(ctx): Promise<CheckOutcome> {
    if (!ctx.rawUrl.trim()) {
      return {
        status: 'fail',
        summary: 'There is no connection profile yet.',
        evidence: [],
        fix: 'Add a profile with your Orchestrator URL (Settings, or baton profile add NAME --url URL).',
      };
    }
    try {
      const layout = ctx.layout ?? resolveConnectionLayout(ctx.rawUrl, {});
      ctx.layout = layout;
      return {
        status: 'pass',
        summary: `${layout.orchestratorUrl} is ${layout.deployment === 'on-prem' ? 'an on-premises' : layout.deployment === 'cloud' ? 'an Automation Cloud' : 'an Automation Suite'} Orchestrator URL.`,
        evidence: [
          `Identity Server: ${layout.identityUrl}`,
          `API base: ${layout.apiBaseUrl}`,
          ...(layout.tenant ? [`Tenant: ${layout.tenant}`] : []),
        ],
      };
    } catch (error) {
      return {
        status: 'fail',
        summary: isBatonError(error) ? error.message : `"${ctx.rawUrl}" is not a usable Orchestrator URL.`,
        evidence: [`Given: ${ctx.rawUrl}`],
        fix: isBatonError(error) && error.hint ? error.hint : 'Enter the address you open Orchestrator at in your browser.',
      };
    }
  },
};

export const dnsCheck: CheckDefinition = {
  id: 'dns',
  dependsOn: ['url'],
  async run(ctx) {
    const { host } = endpoint(ctx.rawUrl);
    const started = ctx.elapsed();
    try {
      const addresses = await ctx.probes.lookup(host);
      return {
        status: 'pass',
        summary: `${host} resolves to ${addresses.map((a) => a.address).join(', ')}.`,
        evidence: [`lookup ${host} in ${ms(ctx.elapsed() - started)}`],
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      return {
        status: 'fail',
        summary: `The host name ${host} does not resolve (${code}).`,
        evidence: [`lookup ${host} → ${code} after ${ms(ctx.elapsed() - started)}`],
        fix: `Check the spelling of ${host} in the Orchestrator URL. If it is an internal name, connect to the company network or VPN, or ask IT for the DNS name to use.`,
      };
    }
  },
};

export const tcpCheck: CheckDefinition = {
  id: 'tcp',
  dependsOn: ['dns'],
  async run(ctx) {
    const { host, port } = endpoint(ctx.rawUrl);
    const started = ctx.elapsed();
    const result = await ctx.probes.tcp(host, port, ctx.timeoutMs);
    const took = ms(ctx.elapsed() - started);
    if (result.outcome === 'open')
      return {
        status: 'pass',
        summary: `Port ${port} on ${host} accepts connections.`,
        evidence: [`connect ${result.address} in ${took}`],
      };
    const evidence = [`connect ${host}:${port} → ${result.outcome}${result.code ? ` (${result.code})` : ''} after ${took}`];
    if (result.outcome === 'refused') {
      return {
        status: 'fail',
        summary: `${host} refused the connection on port ${port}: nothing listens there.`,
        evidence,
        fix: `Check the port in the URL (${port}); if it is right, Orchestrator (or its IIS site / load balancer) is stopped: ask its administrator.`,
      };
    }
    if (result.outcome === 'timeout') {
      return {
        status: 'fail',
        summary: `No answer from ${host} on port ${port} within ${ctx.timeoutMs / 1000} s: a firewall or proxy is probably dropping the connection.`,
        evidence,
        fix: `Ask IT to allow outgoing connections to ${host}:${port}, or connect through the VPN / proxy your organization uses.`,
      };
    }
    return {
      status: 'fail',
      summary: `${host} cannot be reached on port ${port} (${result.code ?? result.outcome}).`,
      evidence,
      fix: 'Check the network connection (Wi-Fi, VPN) and the Orchestrator URL.',
    };
  },
};

/** How to make this OS trust an internal CA; Baton never turns certificate checks off. */
export function trustCaInstructions(platformName: NodeJS.Platform): string {
  const node = 'For the baton command line and web host, also set NODE_EXTRA_CA_CERTS=/path/to/ca.pem.';
  if (platformName === 'win32')
    return `Install your organization's CA certificate in "Trusted Root Certification Authorities" (certlm.msc, or: certutil -addstore -f Root ca.crt), then restart Baton. ${node}`;
  if (platformName === 'darwin')
    return `Add your organization's CA certificate to the System keychain and trust it (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt), then restart Baton. ${node}`;
  return `Copy your organization's CA certificate to /usr/local/share/ca-certificates/ (a .crt file) and run sudo update-ca-certificates, then restart Baton. ${node}`;
}

export const tlsCheck: CheckDefinition = {
  id: 'tls',
  dependsOn: ['tcp'],
  async run(ctx) {
    const { host, port, isHttps } = endpoint(ctx.rawUrl);
    if (!isHttps)
      return {
        status: 'skipped',
        summary: 'No TLS to check.',
        because: 'the URL uses plain http on this machine',
        evidence: [],
        isNotApplicable: true,
      };
    const started = ctx.elapsed();
    const result = await ctx.probes.tls(host, port, ctx.timeoutMs);
    const took = ms(ctx.elapsed() - started);
    if (result.isTrusted) {
      const { peer } = result;
      return {
        status: 'pass',
        summary: `The certificate of ${host} is trusted and matches the name.`,
        evidence: [
          `handshake ${host}:${port} (${result.protocol ?? 'TLS'}) in ${took}`,
          `subject ${peer.subject ?? '?'}, issuer ${peer.issuer ?? '?'}, valid until ${peer.validTo ?? '?'}`,
        ],
      };
    }
    const evidence = [`handshake ${host}:${port} → ${result.code} after ${took}: ${result.message}`];
    const trust = trustCaInstructions(ctx.platformName);
    // Node's codes (OpenSSL verify results); Electron's net stack reports the same cases as net::ERR_CERT_*.
    if (/SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY_LEAF|ERR_CERT_AUTHORITY_INVALID/.test(result.code)) {
      const isSelfSigned = /SELF_SIGNED/.test(result.code);
      return {
        status: 'fail',
        summary: isSelfSigned
          ? `${host} presents a self-signed certificate, which this computer does not trust.`
          : `${host}'s certificate is issued by a CA this computer does not trust (an internal or private CA).`,
        evidence,
        fix: `Self-signed certificates and private CAs are not supported unless this computer trusts them; Baton never skips the check. Ask the Orchestrator administrator for the CA certificate (or to use a certificate from a public CA). ${trust}`,
      };
    }
    if (/EXPIRED|NOT_YET_VALID/.test(result.code)) {
      return {
        status: 'fail',
        summary: `The certificate of ${host} is expired or not yet valid.`,
        evidence,
        fix: "Ask the Orchestrator administrator to renew the server's certificate; also check this computer's date and time.",
      };
    }
    if (/ALTNAME|HOSTNAME|COMMON_NAME/.test(result.code)) {
      return {
        status: 'fail',
        summary: `The certificate of ${host} is for another name.`,
        evidence,
        fix: `Use the host name the certificate was issued for in the Orchestrator URL, or ask the administrator for a certificate that names ${host}.`,
      };
    }
    return {
      status: 'fail',
      summary: `The TLS handshake with ${host} failed (${result.code}).`,
      evidence,
      fix: `Check that ${host}:${port} serves https (not plain http) and that no proxy intercepts it. ${trust}`,
    };
  },
};

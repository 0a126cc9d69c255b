import { isBatonError } from '../../shared/errors';
import { said, selectKey, verbatim } from '../../shared/message-parts';
import { resolveConnectionLayout } from '../profiles';
import { errorWords } from './check-words';
import { ms } from './http-probe';
import type { MessageText } from '../../shared/i18n';
import type { CheckDefinition, CheckOutcome, CheckText } from './types';

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
        summary: said('diagnostics.noProfileYet'),
        evidence: [],
        fix: said('diagnostics.noProfileYetFix'),
      };
    }
    try {
      const layout = ctx.layout ?? resolveConnectionLayout(ctx.rawUrl, {});
      ctx.layout = layout;
      return {
        status: 'pass',
        summary: said('diagnostics.urlKind', { url: layout.orchestratorUrl, deployment: selectKey(layout.deployment) }),
        evidence: [
          said('diagnostics.evIdentityServer', { url: layout.identityUrl }),
          said('diagnostics.evApiBase', { url: layout.apiBaseUrl }),
          ...(layout.tenant ? [said('diagnostics.evTenant', { tenant: layout.tenant })] : []),
        ],
      };
    } catch (error) {
      return {
        status: 'fail',
        summary: isBatonError(error) ? errorWords(error) : said('diagnostics.urlUnusable', { url: ctx.rawUrl }),
        evidence: [said('diagnostics.evGiven', { url: ctx.rawUrl })],
        fix: isBatonError(error) && error.hint ? (error.hintText ?? verbatim(error.hint)) : said('diagnostics.urlUnusableFix'),
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
        summary: said('diagnostics.dnsResolves', { host, addresses: addresses.map((a) => a.address).join(', ') }),
        evidence: [said('diagnostics.evLookup', { host, ms: ms(ctx.elapsed() - started) })],
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      return {
        status: 'fail',
        summary: said('diagnostics.dnsFails', { host, code }),
        evidence: [said('diagnostics.evLookupFailed', { host, code, ms: ms(ctx.elapsed() - started) })],
        fix: said('diagnostics.dnsFailsFix', { host }),
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
        summary: said('diagnostics.tcpOpen', { port: String(port), host }),
        evidence: [said('diagnostics.evConnect', { address: result.address, ms: took })],
      };
    const evidence = [
      said('diagnostics.evConnectFailed', { address: `${host}:${port}`, outcome: result.outcome, code: result.code || 'none', ms: took }),
    ];
    if (result.outcome === 'refused') {
      return {
        status: 'fail',
        summary: said('diagnostics.tcpRefused', { host, port: String(port) }),
        evidence,
        fix: said('diagnostics.tcpRefusedFix', { port: String(port) }),
      };
    }
    if (result.outcome === 'timeout') {
      return {
        status: 'fail',
        summary: said('diagnostics.tcpTimeout', { host, port: String(port), seconds: ctx.timeoutMs / 1000 }),
        evidence,
        fix: said('diagnostics.tcpTimeoutFix', { host, port: String(port) }),
      };
    }
    return {
      status: 'fail',
      summary: said('diagnostics.tcpUnreachable', { host, port: String(port), code: result.code ?? result.outcome }),
      evidence,
      fix: said('diagnostics.tcpUnreachableFix'),
    };
  },
};

/** How to make this OS trust an internal CA; Baton never turns certificate checks off. */
export function trustCaInstructions(platformName: NodeJS.Platform): CheckText {
  return [said('diagnostics.trustCa', { platform: platformName }), said('diagnostics.trustCaNode')];
}

export const tlsCheck: CheckDefinition = {
  id: 'tls',
  dependsOn: ['tcp'],
  async run(ctx) {
    const { host, port, isHttps } = endpoint(ctx.rawUrl);
    if (!isHttps)
      return {
        status: 'skipped',
        summary: said('diagnostics.tlsNotApplicable'),
        because: said('diagnostics.tlsPlainHttp'),
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
        summary: said('diagnostics.tlsTrusted', { host }),
        evidence: [
          said('diagnostics.evHandshake', { address: `${host}:${port}`, protocol: result.protocol ?? 'TLS', ms: took }),
          said('diagnostics.evCertificate', { subject: peer.subject ?? '?', issuer: peer.issuer ?? '?', validTo: peer.validTo ?? '?' }),
        ],
      };
    }
    // The probe's own timeout has no message of its own: the sentence is Baton's, in the person's language.
    const failed = { address: `${host}:${port}`, code: result.code, ms: took };
    const evidence = [
      result.message
        ? said('diagnostics.evHandshakeFailed', { ...failed, message: result.message })
        : said('diagnostics.evHandshakeTimedOut', failed),
    ];
    const trust = [...(trustCaInstructions(ctx.platformName) as readonly MessageText[])];
    // Node's codes (OpenSSL verify results); Electron's net stack reports the same cases as net::ERR_CERT_*.
    if (/SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY_LEAF|ERR_CERT_AUTHORITY_INVALID/.test(result.code)) {
      const isSelfSigned = /SELF_SIGNED/.test(result.code);
      return {
        status: 'fail',
        summary: isSelfSigned ? said('diagnostics.tlsSelfSigned', { host }) : said('diagnostics.tlsPrivateCa', { host }),
        evidence,
        fix: [said('diagnostics.tlsUntrustedFix'), ...trust],
      };
    }
    if (/EXPIRED|NOT_YET_VALID/.test(result.code)) {
      return {
        status: 'fail',
        summary: said('diagnostics.tlsExpired', { host }),
        evidence,
        fix: said('diagnostics.tlsExpiredFix'),
      };
    }
    if (/ALTNAME|HOSTNAME|COMMON_NAME/.test(result.code)) {
      return {
        status: 'fail',
        summary: said('diagnostics.tlsWrongName', { host }),
        evidence,
        fix: said('diagnostics.tlsWrongNameFix', { host }),
      };
    }
    return {
      status: 'fail',
      summary: said('diagnostics.tlsFailed', { host, code: result.code }),
      evidence,
      fix: [said('diagnostics.tlsFailedFix', { host, port: String(port) }), ...trust],
    };
  },
};

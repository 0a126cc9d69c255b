import { said } from '../../shared/message-parts';
import type { CheckContext, CheckDefinition, CheckOutcome, CheckText } from './types';
import { answerExcerpt, describeFetchError, httpGet, ms } from './http-probe';

function unreachable(ctx: CheckContext, what: string, url: string, error: unknown): CheckOutcome {
  const problem = describeFetchError(error);
  return {
    status: 'fail',
    summary: problem.isTls
      ? said('diagnostics.serverUntrusted', { what })
      : problem.isTimeout
        ? said('diagnostics.serverTimedOut', { what })
        : said('diagnostics.serverSilent', { what }),
    evidence: [said('diagnostics.evRequestFailed', { request: `GET ${url}`, problem: problem.text })],
    fix: problem.isTls ? said('diagnostics.serverUntrustedFix') : said('diagnostics.serverSilentFix'),
  };
}

/** Standalone vs the path-based layouts (Cloud, Automation Suite); what /api/status/version calls them (reference §8). */
function isLayoutConsistent(deployment: string, serverKind: string): boolean {
  const isServerStandalone = /standalone|onprem|on-prem|iis/i.test(serverKind);
  return deployment === 'on-prem' ? isServerStandalone || serverKind === '' : !isServerStandalone;
}

export const orchestratorCheck: CheckDefinition = {
  id: 'orchestrator',
  dependsOn: ['tls'],
  async run(ctx) {
    const layout = ctx.layout!;
    const versionUrl = `${layout.apiBaseUrl}/api/status/version`;
    let answer;
    try {
      answer = await httpGet(ctx, versionUrl);
    } catch (error) {
      return unreachable(ctx, 'Orchestrator', versionUrl, error);
    }
    const evidence: CheckText[] = [
      said('diagnostics.evAnswerBody', {
        request: `GET ${versionUrl}`,
        status: String(answer.status),
        ms: ms(answer.tookMs),
        ...answerExcerpt(answer.text),
      }),
    ];
    const body = (answer.json ?? {}) as { version?: unknown; deployment?: unknown };
    if (answer.status === 200 && typeof body.version === 'string') {
      const kind = typeof body.deployment === 'string' ? body.deployment : '';
      if (!isLayoutConsistent(layout.deployment, kind)) {
        return {
          status: 'warn',
          summary: said('diagnostics.orchestratorKindMismatch', { version: body.version, kind, deployment: layout.deployment }),
          evidence,
          fix: layout.deployment === 'on-prem' ? said('diagnostics.useOrgTenantUrl') : said('diagnostics.useBareHostUrl'),
        };
      }
      return {
        status: 'pass',
        summary: kind
          ? said('diagnostics.orchestratorAnswersKind', { version: body.version, kind })
          : said('diagnostics.orchestratorAnswers', { version: body.version }),
        evidence,
      };
    }
    // Servers before the version endpoint still answer the status ping (reference §8).
    const pingUrl = `${layout.apiBaseUrl}/api/Status/Get`;
    try {
      const ping = await httpGet(ctx, pingUrl);
      evidence.push(said('diagnostics.evAnswer', { request: `GET ${pingUrl}`, status: String(ping.status), ms: ms(ping.tookMs) }));
      if (ping.status === 200) return { status: 'pass', summary: said('diagnostics.orchestratorAnswersOld'), evidence };
    } catch (error) {
      evidence.push(said('diagnostics.evRequestFailed', { request: `GET ${pingUrl}`, problem: describeFetchError(error).text }));
    }
    const isHtml = /^\s*</.test(answer.text);
    return {
      status: 'fail',
      summary: isHtml ? said('diagnostics.orchestratorHtml') : said('diagnostics.orchestratorNoStatus', { status: String(answer.status) }),
      evidence,
      fix: layout.deployment === 'on-prem' ? said('diagnostics.orchestratorOnPremFix') : said('diagnostics.orchestratorCloudFix'),
    };
  },
};

export const identityCheck: CheckDefinition = {
  id: 'identity',
  dependsOn: ['tls'],
  async run(ctx) {
    const layout = ctx.layout!;
    const url = `${layout.identityUrl}/.well-known/openid-configuration`;
    let answer;
    try {
      answer = await httpGet(ctx, url);
    } catch (error) {
      return unreachable(ctx, 'Identity Server', url, error);
    }
    const evidence: CheckText[] = [
      said('diagnostics.evAnswer', { request: `GET ${url}`, status: String(answer.status), ms: ms(answer.tookMs) }),
    ];
    const doc = (answer.json ?? {}) as { issuer?: unknown; authorization_endpoint?: unknown; token_endpoint?: unknown };
    if (answer.status !== 200 || typeof doc.issuer !== 'string' || typeof doc.token_endpoint !== 'string') {
      evidence.push(said('diagnostics.evBody', answerExcerpt(answer.text)));
      return {
        status: 'fail',
        summary: said('diagnostics.identityMissing', { url: layout.identityUrl, status: String(answer.status) }),
        evidence,
        fix: layout.deployment === 'on-prem' ? said('diagnostics.identityOnPremFix') : said('diagnostics.identityCloudFix'),
      };
    }
    ctx.facts.discovery = {
      issuer: doc.issuer,
      token_endpoint: doc.token_endpoint,
      ...(typeof doc.authorization_endpoint === 'string' ? { authorization_endpoint: doc.authorization_endpoint } : {}),
    };
    evidence.push(said('diagnostics.evIssuer', { issuer: doc.issuer }), said('diagnostics.evTokenEndpoint', { url: doc.token_endpoint }));
    const expected = new URL(layout.identityUrl);
    const issuer = new URL(doc.issuer);
    const tokenAt = new URL(doc.token_endpoint);
    if (issuer.origin !== expected.origin || tokenAt.origin !== expected.origin) {
      return {
        status: 'warn',
        summary: said('diagnostics.identityOtherHost', { issuer: issuer.origin, expected: expected.origin }),
        evidence,
        fix: said('diagnostics.identityOtherHostFix', { issuerHost: issuer.host, expected: expected.origin }),
      };
    }
    return { status: 'pass', summary: said('diagnostics.identityAnswers', { url: layout.identityUrl }), evidence };
  },
};

const SKEW_WARN_MS = 60_000;
// Identity Server and Orchestrator allow about five minutes of clock skew on token lifetimes.
const SKEW_FAIL_MS = 5 * 60_000;

export function clockFix(platformName: NodeJS.Platform): CheckText {
  return said('diagnostics.clockFix', { platform: platformName });
}

export const clockCheck: CheckDefinition = {
  id: 'clock',
  dependsOn: ['orchestrator'],
  async run(ctx) {
    const seen = ctx.facts.serverDate;
    if (!seen)
      return {
        status: 'skipped',
        summary: said('diagnostics.noDateHeader'),
        because: said('diagnostics.noServerTime'),
        evidence: [],
        isNotApplicable: true,
      };
    const server = Date.parse(seen.header);
    const local = (seen.sentAt + seen.receivedAt) / 2;
    // The Date header has one-second resolution; half the round trip is the rest of the uncertainty.
    const margin = 1000 + (seen.receivedAt - seen.sentAt) / 2;
    const skew = local - server;
    const size = Math.max(0, Math.abs(skew) - margin);
    const words = { seconds: Math.round(Math.abs(skew) / 1000), direction: skew > 0 ? 'ahead' : 'behind' };
    const evidence = [
      said('diagnostics.evServerDate', { date: seen.header }),
      said('diagnostics.evLocalDate', { date: new Date(local).toUTCString() }),
      said('diagnostics.evDifference', { seconds: Math.round(skew / 1000), margin: Math.round(margin / 1000) }),
    ];
    if (size > SKEW_FAIL_MS) {
      return {
        status: 'fail',
        summary: said('diagnostics.clockFar', words),
        evidence,
        fix: clockFix(ctx.platformName),
      };
    }
    if (size > SKEW_WARN_MS)
      return { status: 'warn', summary: said('diagnostics.clockOff', words), evidence, fix: clockFix(ctx.platformName) };
    return { status: 'pass', summary: said('diagnostics.clockAgrees'), evidence };
  },
};

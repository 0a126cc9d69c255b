import type { CheckContext, CheckDefinition, CheckOutcome } from './types';
import { answerExcerpt, describeFetchError, httpGet } from './http-probe';

const ms = (value: number) => `${Math.round(value)} ms`;

function unreachable(ctx: CheckContext, what: string, url: string, error: unknown): CheckOutcome {
  const problem = describeFetchError(error);
  return {
    status: 'fail',
    summary: problem.isTls
      ? `${what} did not answer: its certificate is not trusted.`
      : problem.isTimeout
        ? `${what} did not answer in time.`
        : `${what} did not answer.`,
    evidence: [`GET ${url} → ${problem.text}`],
    fix: problem.isTls
      ? 'See the TLS check: this computer must trust the server certificate.'
      : 'Check the URL and the network; see the TCP check.',
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
    const evidence = [`GET ${versionUrl} → ${answer.status} in ${ms(answer.tookMs)}: ${answerExcerpt(answer.text)}`];
    const body = (answer.json ?? {}) as { version?: unknown; deployment?: unknown };
    if (answer.status === 200 && typeof body.version === 'string') {
      const kind = typeof body.deployment === 'string' ? body.deployment : '';
      if (!isLayoutConsistent(layout.deployment, kind)) {
        return {
          status: 'warn',
          summary: `Orchestrator ${body.version} answers, but calls itself ${kind} while the URL looks ${layout.deployment}.`,
          evidence,
          fix:
            layout.deployment === 'on-prem'
              ? 'Use https://host/{organization}/{tenant} as the URL.'
              : 'Use the bare host (https://host) as the URL of a standalone Orchestrator.',
        };
      }
      return { status: 'pass', summary: `Orchestrator ${body.version}${kind ? ` (${kind})` : ''} answers.`, evidence };
    }
    // Servers before the version endpoint still answer the status ping (reference §8).
    const pingUrl = `${layout.apiBaseUrl}/api/Status/Get`;
    try {
      const ping = await httpGet(ctx, pingUrl);
      evidence.push(`GET ${pingUrl} → ${ping.status} in ${ms(ping.tookMs)}`);
      if (ping.status === 200)
        return { status: 'pass', summary: 'Orchestrator answers (an older version that does not report it).', evidence };
    } catch (error) {
      evidence.push(`GET ${pingUrl} → ${describeFetchError(error).text}`);
    }
    const isHtml = /^\s*</.test(answer.text);
    return {
      status: 'fail',
      summary: isHtml
        ? 'Something answers at this address, but it is not Orchestrator’s API (an HTML page: a proxy or another site).'
        : `Orchestrator’s status endpoints did not answer (HTTP ${answer.status}).`,
      evidence,
      fix:
        layout.deployment === 'on-prem'
          ? 'Check the URL: a standalone Orchestrator is the bare host you open in the browser. If it is right, ask the administrator whether Orchestrator is running (GET /api/health).'
          : 'Check the organization and tenant names in the URL (https://host/{organization}/{tenant}), as shown in the browser address bar.',
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
    const evidence = [`GET ${url} → ${answer.status} in ${ms(answer.tookMs)}`];
    const doc = (answer.json ?? {}) as { issuer?: unknown; authorization_endpoint?: unknown; token_endpoint?: unknown };
    if (answer.status !== 200 || typeof doc.issuer !== 'string' || typeof doc.token_endpoint !== 'string') {
      evidence.push(`answer: ${answerExcerpt(answer.text)}`);
      return {
        status: 'fail',
        summary: `Identity Server’s discovery document is not at ${layout.identityUrl} (HTTP ${answer.status}).`,
        evidence,
        fix:
          layout.deployment === 'on-prem'
            ? 'Standalone Orchestrator 20.4+ serves Identity Server at /identity. Orchestrator 19.10 has none: use the legacy sign-in method (user name and password).'
            : 'Automation Cloud and Automation Suite serve Identity Server at /identity_ on the host: check the host name in the URL.',
      };
    }
    ctx.facts.discovery = {
      issuer: doc.issuer,
      token_endpoint: doc.token_endpoint,
      ...(typeof doc.authorization_endpoint === 'string' ? { authorization_endpoint: doc.authorization_endpoint } : {}),
    };
    evidence.push(`issuer ${doc.issuer}`, `token endpoint ${doc.token_endpoint}`);
    const expected = new URL(layout.identityUrl);
    const issuer = new URL(doc.issuer);
    const tokenAt = new URL(doc.token_endpoint);
    if (issuer.origin !== expected.origin || tokenAt.origin !== expected.origin) {
      return {
        status: 'warn',
        summary: `Identity Server calls itself ${issuer.origin}, not ${expected.origin} as in the Orchestrator URL.`,
        evidence,
        fix: `Use the same host name as Identity Server (${issuer.host}) in the Orchestrator URL, or ask the administrator to set Identity Server’s public URL to ${expected.origin}.`,
      };
    }
    return { status: 'pass', summary: `Identity Server answers at ${layout.identityUrl}.`, evidence };
  },
};

const SKEW_WARN_MS = 60_000;
// Identity Server and Orchestrator allow about five minutes of clock skew on token lifetimes.
const SKEW_FAIL_MS = 5 * 60_000;

export function clockFix(platformName: NodeJS.Platform): string {
  if (platformName === 'win32') return 'Turn on "Set time automatically" (Settings → Time & language → Date & time) and press "Sync now".';
  if (platformName === 'darwin') return 'Turn on "Set time and date automatically" (System Settings → General → Date & Time).';
  return 'Turn on network time: sudo timedatectl set-ntp true.';
}

export const clockCheck: CheckDefinition = {
  id: 'clock',
  dependsOn: ['orchestrator'],
  async run(ctx) {
    const seen = ctx.facts.serverDate;
    if (!seen)
      return {
        status: 'skipped',
        summary: 'The server sent no Date header.',
        because: 'the server did not say its time',
        evidence: [],
        isNotApplicable: true,
      };
    const server = Date.parse(seen.header);
    const local = (seen.sentAt + seen.receivedAt) / 2;
    // The Date header has one-second resolution; half the round trip is the rest of the uncertainty.
    const margin = 1000 + (seen.receivedAt - seen.sentAt) / 2;
    const skew = local - server;
    const size = Math.max(0, Math.abs(skew) - margin);
    const words = `${Math.round(Math.abs(skew) / 1000)} s ${skew > 0 ? 'ahead of' : 'behind'}`;
    const evidence = [
      `server Date: ${seen.header}`,
      `this computer: ${new Date(local).toUTCString()}`,
      `difference ${Math.round(skew / 1000)} s (± ${Math.round(margin / 1000)} s)`,
    ];
    if (size > SKEW_FAIL_MS) {
      return {
        status: 'fail',
        summary: `This computer’s clock is ${words} the server: sign-ins look expired or not yet valid.`,
        evidence,
        fix: clockFix(ctx.platformName),
      };
    }
    if (size > SKEW_WARN_MS)
      return { status: 'warn', summary: `This computer’s clock is ${words} the server.`, evidence, fix: clockFix(ctx.platformName) };
    return { status: 'pass', summary: 'This computer’s clock agrees with the server.', evidence };
  },
};

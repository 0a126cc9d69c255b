import { randomUUID } from 'node:crypto';
import {
  CHECK_TITLES,
  type CheckId,
  type CheckResult,
  type DiagnosticsProgress,
  type DiagnosticsReport,
  type DiagnosticsRunParams,
} from '../../shared/contract/diagnostics';
import { BatonError, isBatonError } from '../../shared/errors';
import { inEnglish, said, toParts, verbatim, type TextParts } from '../../shared/message-parts';
import type { MessageText } from '../../shared/i18n';
import { errorWords, hintWords } from './check-words';
import { redactText, type Clock, type HttpFetch, type Logger } from '../platform';
import { createOrchestratorClient } from '../orchestrator';
import { resolveConnectionLayout } from '../profiles';
import { credentialsCheck, scopesCheck } from './checks-auth';
import { secretsCheck } from './checks-secrets';
import { foldersCheck, processesCheck, runPermissionCheck } from './checks-access';
import { dnsCheck, tcpCheck, tlsCheck, urlCheck } from './checks-network';
import { robotCheck, robotProcessCheck } from './checks-robot';
import { clockCheck, identityCheck, orchestratorCheck } from './checks-server';
import { webhookCheck } from './checks-webhooks';
import { nodeProbes, type Probes } from './probes';
import type { CheckContext, CheckDefinition, CheckOutcome, CheckText, DiagnosticsAuth, DiagnosticsRobot } from './types';

/** Every check, in dependency order (each depends only on checks before it). */
export const CHECKS: readonly CheckDefinition[] = [
  urlCheck,
  dnsCheck,
  tcpCheck,
  tlsCheck,
  orchestratorCheck,
  identityCheck,
  credentialsCheck,
  secretsCheck,
  scopesCheck,
  foldersCheck,
  processesCheck,
  runPermissionCheck,
  robotCheck,
  robotProcessCheck,
  clockCheck,
  webhookCheck,
];

/** Evidence carries what servers and errors said: its text values are masked like the English line. */
function redactParts(parts: TextParts): MessageText[] {
  return parts.map((part) =>
    part.values
      ? {
          ...part,
          values: Object.fromEntries(
            Object.entries(part.values).map(([key, value]) => [key, typeof value === 'string' ? redactText(value) : value]),
          ),
        }
      : part,
  );
}

export interface DiagnosticsServiceDeps {
  auth: DiagnosticsAuth;
  robot?: DiagnosticsRobot;
  fetch: HttpFetch;
  /** "Now" for token expiry and clock skew: inject a skewed clock to test the clock check. */
  clock: Clock;
  logger: Logger;
  probes?: Partial<Probes>;
  platformName?: NodeJS.Platform;
  /** Per network step (default 10 s). */
  timeoutMs?: number;
  elapsed?: () => number;
}

export interface DiagnosticsService {
  run(params?: DiagnosticsRunParams): Promise<DiagnosticsReport>;
  /** Each check as it starts and ends; returns an unsubscribe function. */
  onProgress(listener: (progress: DiagnosticsProgress) => void): () => void;
}

export function createDiagnosticsService(deps: DiagnosticsServiceDeps): DiagnosticsService {
  const logger = deps.logger.child('diagnostics');
  const listeners = new Set<(progress: DiagnosticsProgress) => void>();
  const emit = (progress: DiagnosticsProgress) => {
    for (const listener of listeners) {
      try {
        listener(progress);
      } catch (error) {
        logger.warn('A diagnostics progress listener threw', { error: String(error) });
      }
    }
  };

  async function run(params: DiagnosticsRunParams = {}): Promise<DiagnosticsReport> {
    const runId = randomUUID();
    const startedAt = new Date(deps.clock.now()).toISOString();
    const timeoutMs = deps.timeoutMs ?? 10_000;
    const { profiles, activeProfileId } = await deps.auth.listProfiles();
    const profile = params.orchestratorUrl ? undefined : profiles.find((p) => p.id === (params.profileId ?? activeProfileId));
    if (params.profileId && !params.orchestratorUrl && !profile) {
      throw BatonError.said('NOT_FOUND', said('diagnostics.noSuchProfile'), { hint: said('diagnostics.noSuchProfileHint') });
    }
    const rawUrl = params.orchestratorUrl ?? profile?.orchestratorUrl ?? '';
    const ctx: CheckContext = {
      rawUrl,
      ...(profile ? { profile } : {}),
      ...(params.processName ? { processName: params.processName } : {}),
      ...(params.folderPath ? { folderPath: params.folderPath } : {}),
      auth: deps.auth,
      ...(deps.robot ? { robot: deps.robot } : {}),
      fetch: deps.fetch,
      clock: deps.clock,
      probes: { ...nodeProbes, ...deps.probes },
      timeoutMs,
      platformName: deps.platformName ?? process.platform,
      elapsed: deps.elapsed ?? (() => performance.now()),
      facts: {},
    };
    if (profile) {
      try {
        ctx.layout = resolveConnectionLayout(profile.orchestratorUrl, {
          deployment: profile.deployment,
          ...(profile.tenant ? { tenant: profile.tenant } : {}),
        });
        const tenant = ctx.layout.deployment === 'on-prem' ? ctx.layout.tenant : undefined;
        ctx.client = createOrchestratorClient({
          connection: { profileId: profile.id, apiBaseUrl: ctx.layout.apiBaseUrl, ...(tenant ? { tenant } : {}) },
          tokens: deps.auth.tokensFor(profile.id),
          fetch: deps.fetch,
          clock: deps.clock,
          logger,
          timeoutMs,
          // A diagnosis reports what happens on the first try; retries would hide it.
          retry: { maxRetries: 0 },
        });
      } catch {
        // The url check reports it.
      }
    }

    const results: CheckResult[] = [];
    const blocked = new Map<CheckId, CheckText>();
    for (const [index, check] of CHECKS.entries()) {
      const title = CHECK_TITLES[check.id];
      emit({ runId, id: check.id, title, index, total: CHECKS.length, state: 'running' });
      const started = ctx.elapsed();
      const blocker = check.dependsOn.find((id) => blocked.has(id));
      let outcome: CheckOutcome;
      if (blocker) {
        // Name the root cause, not the nearest skipped check.
        outcome = { status: 'skipped', summary: said('diagnostics.notChecked'), because: blocked.get(blocker)!, evidence: [] };
      } else {
        try {
          outcome = await check.run(ctx);
        } catch (error) {
          outcome = {
            status: 'fail',
            summary: [
              said('diagnostics.couldNotFinish'),
              ...(isBatonError(error) ? errorWords(error) : [said('diagnostics.unexpectedError')]),
            ],
            evidence: [isBatonError(error) ? errorWords(error) : verbatim(error instanceof Error ? error.message : String(error))],
            fix: hintWords(error) ?? said('diagnostics.runAgainFix'),
          };
        }
      }
      if (outcome.status === 'fail') blocked.set(check.id, said('diagnostics.becauseCheckFailed', { check: check.id }));
      else if (outcome.status === 'skipped' && !outcome.isNotApplicable)
        blocked.set(check.id, outcome.because ?? said('diagnostics.becauseCheckSkipped', { check: check.id }));
      const summaryText = toParts(outcome.summary);
      const becauseText = outcome.because ? toParts(outcome.because) : undefined;
      const fixText = outcome.fix ? toParts(outcome.fix) : undefined;
      const evidenceText = (outcome.evidence ?? []).map((line) => redactParts(toParts(line)));
      const result: CheckResult = {
        id: check.id,
        title,
        status: outcome.status,
        summary: inEnglish(summaryText),
        ...(becauseText ? { because: inEnglish(becauseText) } : {}),
        evidence: evidenceText.map((line) => redactText(inEnglish(line))),
        ...(fixText ? { fix: inEnglish(fixText) } : {}),
        durationMs: Math.max(0, Math.round(ctx.elapsed() - started)),
        summaryText: [...summaryText],
        ...(becauseText ? { becauseText: [...becauseText] } : {}),
        ...(fixText ? { fixText: [...fixText] } : {}),
        ...(evidenceText.length > 0 ? { evidenceText } : {}),
      };
      results.push(result);
      emit({ runId, id: check.id, title, index, total: CHECKS.length, state: 'done', result });
    }

    const overall = results.some((r) => r.status === 'fail') ? 'fail' : results.some((r) => r.status === 'warn') ? 'warn' : 'pass';
    logger.info('Diagnostics finished', { overall, failed: results.filter((r) => r.status === 'fail').map((r) => r.id) });
    return {
      runId,
      startedAt,
      finishedAt: new Date(deps.clock.now()).toISOString(),
      overall,
      ...(profile ? { profileId: profile.id, profileName: profile.name } : {}),
      ...(ctx.layout ? { orchestratorUrl: ctx.layout.orchestratorUrl } : rawUrl ? { orchestratorUrl: rawUrl } : {}),
      ...(params.processName ? { processName: params.processName } : {}),
      ...(params.folderPath ? { folderPath: params.folderPath } : {}),
      checks: results,
    };
  }

  return {
    run,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

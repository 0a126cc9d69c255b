import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import type { BatonErrorCode } from '../errors';
import type { Translator } from '../i18n';
import { englishTranslator, renderParts, selectKey, textPartsSchema, type TextParts } from '../message-parts';

/**
 * Diagnostics: the seed's "Validating the configuration" list as checks (docs/troubleshooting.md).
 * The ids are stable: errors elsewhere link to them (CHECK_FOR_ERROR_CODE).
 */
export const CHECK_IDS = [
  'url',
  'dns',
  'tcp',
  'tls',
  'orchestrator',
  'identity',
  'credentials',
  'secrets',
  'scopes',
  'folders',
  'processes',
  'run-permission',
  'robot',
  'robot-process',
  'clock',
  'webhook',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A check's title in a language: `diagnostics.checkTitle` with the check's id. */
export function checkTitle(t: Translator, id: CheckId): string {
  return t.t('diagnostics.checkTitle', { check: selectKey(id) });
}

/** The titles in English (the `title` every result keeps beside its message ids). */
export const CHECK_TITLES: Record<CheckId, string> = Object.fromEntries(
  CHECK_IDS.map((id) => [id, checkTitle(englishTranslator, id)]),
) as Record<CheckId, string>;

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'skipped'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const checkResultSchema = z.object({
  id: z.enum(CHECK_IDS),
  title: z.string(),
  status: z.enum(CHECK_STATUSES),
  /** One sentence: what was found. */
  summary: z.string(),
  /** Skipped: the reason ("the TCP check failed", "no process was chosen"). */
  because: z.string().optional(),
  /** What was tried and what the server answered, never a token or secret: the English of `evidenceText`. */
  evidence: z.array(z.string()),
  /** What to do, for warn and fail. */
  fix: z.string().optional(),
  durationMs: z.number().nonnegative(),
  /** The same words as message ids (docs/i18n.md), for a UI in the person's language; the strings above are their English. */
  summaryText: textPartsSchema.optional(),
  becauseText: textPartsSchema.optional(),
  fixText: textPartsSchema.optional(),
  /** `evidence` as message ids, one `TextParts` per line: the technical fragments (a request, a status, a server's words) are values. */
  evidenceText: z.array(textPartsSchema).optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const diagnosticsReportSchema = z.object({
  runId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** The worst status: fail > warn > pass (skipped checks do not count). */
  overall: z.enum(['pass', 'warn', 'fail']),
  profileId: z.string().optional(),
  profileName: z.string().optional(),
  orchestratorUrl: z.string().optional(),
  processName: z.string().optional(),
  folderPath: z.string().optional(),
  checks: z.array(checkResultSchema),
});
export type DiagnosticsReport = z.infer<typeof diagnosticsReportSchema>;

export const diagnosticsProgressSchema = z.object({
  runId: z.string(),
  id: z.enum(CHECK_IDS),
  title: z.string(),
  index: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  state: z.enum(['running', 'done']),
  result: checkResultSchema.optional(),
});
export type DiagnosticsProgress = z.infer<typeof diagnosticsProgressSchema>;

export const diagnosticsRunParamsSchema = z
  .object({
    profileId: z.string().min(1).max(200).optional(),
    /** Checks this URL instead of a profile's (the connection setup screen, before saving). */
    orchestratorUrl: z.string().trim().min(1).max(2000).optional(),
    processName: z.string().trim().min(1).max(500).optional(),
    folderPath: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();
export type DiagnosticsRunParams = z.infer<typeof diagnosticsRunParamsSchema>;

export const diagnosticsMethods = {
  /** Runs every check in dependency order; progress arrives as `diagnostics.progress` events. */
  'diagnostics.run': { params: diagnosticsRunParamsSchema, result: diagnosticsReportSchema },
} as const satisfies Record<string, MethodSpec>;

export const diagnosticsEvents = {
  'diagnostics.progress': diagnosticsProgressSchema,
} as const satisfies Record<string, z.ZodType>;

/** The check that explains each error code, so an error anywhere can offer "Run diagnostics". */
export const CHECK_FOR_ERROR_CODE = {
  NETWORK_UNREACHABLE: 'tcp',
  TLS_UNTRUSTED: 'tls',
  AUTH_REQUIRED: 'credentials',
  AUTH_FAILED: 'credentials',
  FORBIDDEN: 'run-permission',
  NOT_FOUND: 'folders',
  RATE_LIMITED: 'orchestrator',
  CONFLICT: undefined,
  VALIDATION: 'url',
  ROBOT_UNAVAILABLE: 'robot',
  ROBOT_PAIRING_REQUIRED: 'robot',
  ROBOT_REJECTED: 'robot',
  INTERNAL: undefined,
} as const satisfies Record<BatonErrorCode, CheckId | undefined>;

export function checkForErrorCode(code: BatonErrorCode): CheckId | undefined {
  return CHECK_FOR_ERROR_CODE[code];
}

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', skipped: '-' };

export interface ReportTextOptions {
  withEvidence?: boolean;
  /** The language of the text (evidence included, where the core sent its ids); English by default. */
  t?: Translator;
}

/** A result's words in a language: its message ids where it has them, else the English strings. */
export function checkWords(check: CheckResult, t: Translator = englishTranslator) {
  const words = (parts: TextParts | undefined, english: string | undefined) => (parts ? renderParts(t, parts) : english);
  return {
    // English is the title the result carries; another language names the check by its id.
    title: t.locale === 'en' ? check.title : checkTitle(t, check.id),
    summary: words(check.summaryText, check.summary) ?? '',
    because: words(check.becauseText, check.because),
    fix: words(check.fixText, check.fix),
    // One line per evidence line; a core that sent no ids (or a different count) keeps its English lines.
    evidence:
      check.evidenceText && check.evidenceText.length === check.evidence.length
        ? check.evidenceText.map((parts) => renderParts(t, parts))
        : check.evidence,
  };
}

/** One check as text: `✓ Title: summary`, and the fix under a failure or warning. */
export function formatCheck(check: CheckResult, options: ReportTextOptions = {}): string {
  const t = options.t ?? englishTranslator;
  const words = checkWords(check, t);
  const reason = check.status === 'skipped' && words.because ? ` ${t.t('diagnostics.skippedBecause', { because: words.because })}` : '';
  const lines = [`${MARK[check.status]} ${t.t('diagnostics.line', { title: words.title, summary: words.summary })}${reason}`];
  if (words.fix && (check.status === 'fail' || check.status === 'warn'))
    lines.push(`    ${t.t('diagnostics.fixLine', { fix: words.fix })}`);
  if (options.withEvidence) for (const item of words.evidence) lines.push(`    · ${item}`);
  return lines.join('\n');
}

/** The last line: overall verdict and counts. */
export function formatVerdict(report: DiagnosticsReport, t: Translator = englishTranslator): string {
  const count = (status: CheckStatus) => report.checks.filter((c) => c.status === status).length;
  return t.t('diagnostics.verdict', {
    overall: report.overall,
    passed: count('pass'),
    failed: count('fail'),
    warnings: count('warn'),
    skipped: count('skipped'),
  });
}

/** The report as text: one line per check, the fix under each failure or warning. Shared by the CLI and the copy button. */
export function formatDiagnosticsReport(report: DiagnosticsReport, options: ReportTextOptions = {}): string {
  const t = options.t ?? englishTranslator;
  const target = [report.profileName ? t.t('diagnostics.reportProfile', { name: report.profileName }) : undefined, report.orchestratorUrl]
    .filter(Boolean)
    .join(', ');
  return [
    target
      ? t.t('diagnostics.reportHeaderFor', { target, finishedAt: report.finishedAt })
      : t.t('diagnostics.reportHeader', { finishedAt: report.finishedAt }),
    ...report.checks.map((check) => formatCheck(check, options)),
    formatVerdict(report, t),
  ].join('\n');
}

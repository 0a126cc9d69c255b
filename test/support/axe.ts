import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can test, color-contrast included. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const IMPACT_ORDER: readonly ImpactValue[] = ['minor', 'moderate', 'serious', 'critical'];

export interface AxeViolation {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

export interface AxeCheckOptions {
  /** axe-core rule tags to run (default: WCAG_AA_TAGS). */
  tags?: readonly string[];
  /** CSS selectors left out of the check (each must say why where it is used). */
  exclude?: string[];
  /** Report only violations at least this severe (default: every violation). */
  minImpact?: ImpactValue;
}

/**
 * Runs axe-core's WCAG 2 A/AA rules (or `tags`) on what the page shows now. The script goes in through the
 * DevTools protocol (page.evaluate), not a <script> tag: Baton's Content-Security-Policy allows
 * only its own scripts, and an inline tag would be refused.
 */
export async function findAccessibilityViolations(page: Page, options: AxeCheckOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOptions: RunOptions = { runOnly: { type: 'tag', values: [...(options.tags ?? WCAG_AA_TAGS)] }, resultTypes: ['violations'] };
  const violations = await page.evaluate(
    async ({ exclude, runOptions }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      const context = exclude.length > 0 ? { exclude } : document;
      const results = await axe.run(context, runOptions);
      return results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
      }));
    },
    { exclude: options.exclude ?? [], runOptions },
  );
  const floor = IMPACT_ORDER.indexOf(options.minImpact ?? 'minor');
  return violations.filter((violation) => IMPACT_ORDER.indexOf(violation.impact ?? 'critical') >= floor);
}

/** One block per violation: rule, impact, what it asks for, and each offending element with axe's summary of why. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.rule} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  ${node.target}\n    ${node.summary.replaceAll('\n', '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
}

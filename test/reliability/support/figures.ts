import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Figure = 'faults' | 'inputs' | 'runs' | 'leaks' | 'scanned';

const DIR = join(process.cwd(), 'test-results', 'reliability');

/**
 * Counts what one test file did (faults injected, hostile inputs tried, runs checked, leaks
 * found) and appends one JSON line per file to test-results/reliability/figures.jsonl, so the
 * figures in docs/security.md can be re-counted from any run of the suite.
 */
export function createFigures(file: string) {
  const counts: Record<Figure, number> = { faults: 0, inputs: 0, runs: 0, leaks: 0, scanned: 0 };
  return {
    counts,
    add(figure: Figure, n = 1): void {
      counts[figure] += n;
    },
    flush(): void {
      mkdirSync(DIR, { recursive: true });
      appendFileSync(join(DIR, 'figures.jsonl'), `${JSON.stringify({ file, at: new Date().toISOString(), ...counts })}\n`);
    },
  };
}

/** fast-check's run count: FC_RUNS overrides it for a quick or a deeper pass. */
export function fcRuns(defaultRuns: number): number {
  const fromEnv = Number(process.env.FC_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

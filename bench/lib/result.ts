/** One row of the table and of bench/results/latest.json. */
export interface MetricResult {
  /** Stable id, e.g. `catalog.refresh.time`. */
  name: string;
  /** null: not measured (see `note`). */
  value: number | null;
  unit: string;
  /** The same quantity for the baseline, measured in the same run (null when there is none). */
  baseline: number | null;
  /** value / baseline. */
  ratio: number | null;
  /** The budget in words (DESIGN.md §8), or null when the row is informative only. */
  budget: string | null;
  /** null: no budget, or not measured. */
  pass: boolean | null;
  /** What the baseline is and anything needed to read the row. */
  note?: string;
}

export interface MetricContext {
  isQuick: boolean;
  projectRoot: string;
  log(line: string): void;
}

export interface Metric {
  /** Its number in issue 10 and a short id, e.g. `1-catalog-refresh`. */
  id: string;
  title: string;
  run(context: MetricContext): Promise<MetricResult[]>;
}

export function notMeasured(name: string, unit: string, budget: string | null, why: string): MetricResult {
  return { name, value: null, unit, baseline: null, ratio: null, budget, pass: null, note: `not measured: ${why}` };
}

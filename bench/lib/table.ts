import type { MetricResult } from './result';
import { round } from './stats';

const show = (value: number | null): string => (value === null ? '—' : String(round(value)));

function verdict(result: MetricResult): string {
  if (result.value === null) return 'not measured';
  if (result.pass === null) return '';
  return result.pass ? 'pass' : 'MISS';
}

/** A plain-text table (also valid Markdown) of every row, with notes below it. */
export function formatTable(results: readonly MetricResult[]): string {
  const header = ['metric', 'value', 'unit', 'baseline', 'ratio', 'budget', 'result'];
  const rows = results.map((r) => [
    r.name,
    show(r.value),
    r.unit,
    show(r.baseline),
    r.ratio === null ? '—' : `${round(r.ratio)}×`,
    r.budget ?? '',
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const notes = results.filter((r) => r.note).map((r) => `- ${r.name}: ${r.note}`);
  return [...out, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

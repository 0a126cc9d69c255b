import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { MetricResult } from './result';
import { round } from './stats';

export interface ResultsFile {
  createdAt: string;
  mode: 'quick' | 'full';
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGb: number; loadAverage1m: number };
  durationSeconds: number;
  metrics: MetricResult[];
}

const rounded = (value: number | null): number | null => (value === null ? null : round(value));

export async function writeResults(file: string, data: Omit<ResultsFile, 'machine'>): Promise<ResultsFile> {
  const content: ResultsFile = {
    ...data,
    machine: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: round(totalmem() / 2 ** 30),
      // Other work on the machine skews every number; readers need to know how busy it was.
      loadAverage1m: round(loadavg()[0]!),
    },
    metrics: data.metrics.map((m) => ({ ...m, value: rounded(m.value), baseline: rounded(m.baseline), ratio: rounded(m.ratio) })),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
  return content;
}

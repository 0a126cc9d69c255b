import { join, resolve } from 'node:path';
import { notMeasured, type Metric, type MetricResult } from './lib/result';
import { writeResults } from './lib/results-file';
import { elapsedMs, now } from './lib/stats';
import { formatTable } from './lib/table';
import { METRICS } from './metrics';

/**
 * `npm run bench [-- --quick] [-- --only 3,5]`: runs each metric in turn (one at a time, so they
 * do not compete for the two cores), prints the table and writes bench/results/latest.json.
 * Every baseline is measured in this same run; nothing is compared with remembered numbers.
 */
async function main(): Promise<void> {
  // Sources stand in for the release build here: no development-only answer checks (src/shared/dispatch.ts),
  // in this process or the web hosts and CLIs it starts.
  process.env.BATON_CHECK_RESULTS ??= '0';
  const args = process.argv.slice(2);
  const isQuick = args.includes('--quick');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];
  const outAt = args.indexOf('--out');
  const projectRoot = resolve(import.meta.dirname, '..');
  const outFile = outAt >= 0 ? resolve(args[outAt + 1]!) : join(projectRoot, 'bench', 'results', 'latest.json');
  const selected: Metric[] = only.length ? METRICS.filter((m) => only.some((o) => m.id === o || m.id.startsWith(`${o}-`))) : METRICS;

  const started = now();
  const results: MetricResult[] = [];
  for (const metric of selected) {
    const metricStart = now();
    process.stderr.write(`▶ ${metric.id}: ${metric.title}\n`);
    try {
      results.push(...(await metric.run({ isQuick, projectRoot, log: (line) => process.stderr.write(`  ${line}\n`) })));
    } catch (error) {
      // A metric that cannot run is reported as such, never dropped or faked.
      const why = error instanceof Error ? error.message : String(error);
      process.stderr.write(`  failed: ${error instanceof Error ? (error.stack ?? why) : why}\n`);
      results.push(notMeasured(metric.id, '', null, why.split('\n')[0]!));
    }
    process.stderr.write(`  (${(elapsedMs(metricStart) / 1000).toFixed(1)} s)\n`);
  }
  const durationSeconds = elapsedMs(started) / 1000;
  const written = await writeResults(outFile, {
    createdAt: new Date().toISOString(),
    mode: isQuick ? 'quick' : 'full',
    durationSeconds,
    metrics: results,
  });
  process.stdout.write(
    `\n${formatTable(written.metrics)}\n\n${written.mode} run, ${durationSeconds.toFixed(1)} s, load average ${written.machine.loadAverage1m} on ${written.machine.cpus} cores; written to ${outFile}\n`,
  );
  const misses = results.filter((r) => r.pass === false).length;
  if (misses > 0) process.stdout.write(`${misses} budget(s) missed.\n`);
}

main().then(
  // Lingering sockets of a stopped server must not keep the run alive.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

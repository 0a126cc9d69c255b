import type { BatonEventSource } from '../../shared/api';
import type { RunLog } from '../../shared/contract/runs';
import type { CliOutput } from './output';

/** A log line as `baton run --wait` prints it: `[info] …`, `[status] …` for Report Status, `note: …` for Baton's own. */
export function formatRunLog(log: RunLog): string {
  if (log.isNotice) return `note: ${log.message}\n`;
  return `[${log.isReportStatus ? 'status' : log.level}] ${log.message}\n`;
}

/** Prints the run's log lines to stderr as they arrive, until the returned function is called. */
export function printRunLogs(events: BatonEventSource, output: CliOutput, runId: string): () => void {
  return events.on('run.log', (log) => {
    if (log.runId === runId) output.err(formatRunLog(log));
  });
}

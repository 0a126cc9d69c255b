import type { BatonEventSource } from '../../shared/api';
import type { RunLog } from '../../shared/contract/runs';
import type { Translator } from '../../shared/i18n';
import { englishTranslator } from '../../shared/message-parts';
import type { CliOutput } from './output';

/**
 * A log line as `baton run --wait` prints it: `[info] …`, `[status] …` for Report Status, `note: …`
 * for Baton's own. The robot's lines and levels are traces, as written; only `note:` is in the language.
 */
export function formatRunLog(log: RunLog, t: Translator = englishTranslator): string {
  if (log.isNotice) return `${t.t('cli.noteLine', { message: log.message })}\n`;
  return `[${log.isReportStatus ? 'status' : log.level}] ${log.message}\n`;
}

/** Prints the run's log lines to stderr as they arrive, until the returned function is called. */
export function printRunLogs(events: BatonEventSource, output: CliOutput, runId: string, t?: Translator): () => void {
  return events.on('run.log', (log) => {
    if (log.runId === runId) output.err(formatRunLog(log, t));
  });
}

import type { BatonEventSource } from '../../shared/api';
import { formatRunLog } from './run-log-lines';
import type { Run, RunLog } from '../../shared/contract/runs';
import { BatonError } from '../../shared/errors';
import type { LocalProcess } from '../../shared/robot-protocol';
import type { CliOutput } from './output';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, said } from '../../shared/message-parts';
import type { BatonApi } from '../../shared/api';

/** A robot process by key or name (any case). */
export function pickLocalProcess(processes: LocalProcess[], name: string): LocalProcess {
  const found =
    processes.find((process) => process.key === name) ?? processes.find((process) => process.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  throw BatonError.said('NOT_FOUND', said('cli.noLocalProcess', { name }), { hint: said('cli.robotProcessesHint') });
}

/**
 * Starts a local run for `baton run NAME --local` and echoes its log lines to stderr while the
 * command lives (they may arrive before the start answer, so they wait for the run id).
 */
export function followLocalRun(events: BatonEventSource, output: CliOutput | undefined, t: Translator = englishTranslator) {
  const early: RunLog[] = [];
  let runId: string | undefined;
  const print = (log: RunLog) => output?.err(formatRunLog(log, t));
  const stop = events.on('run.log', (log) => {
    if (runId === undefined) early.push(log);
    else if (log.runId === runId) print(log);
  });
  return {
    async start(api: BatonApi, name: string, inputs: Record<string, unknown>): Promise<Run> {
      let process = pickLocalProcess(await api.robot.processes(), name);
      if (!process.installed) {
        // The robot reveals the input schema only at install (RobotJS): install first, then read the inputs by it.
        output?.err(`${t.t('cli.installing', { name: process.name })}\n`);
        process = await api.robot.install({ key: process.key });
      }
      // The core converts the text of `--input k=v` to each argument's type, as for remote runs.
      const run = await api.runs.start({ target: 'local', processKey: process.key, inputArguments: inputs });
      runId = run.id;
      for (const log of early.splice(0)) if (log.runId === run.id) print(log);
      return run;
    },
    stop,
  };
}

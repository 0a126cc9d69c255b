import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Process } from '../../shared/contract/catalog';
import { isFinalRunState, type Run } from '../../shared/contract/runs';
import { BatonError } from '../../shared/errors';
import { filterProcesses, loadCatalog } from './catalog-commands';
import type { CliContext } from './cli-context';
import { EXIT_FAILED } from './exit-codes';
import { printResult } from './output';
import { addAllJobsOptions, assertFiltersNeedAll, printAllJobs, type AllJobsOptions } from './job-commands';
import { followLocalRun } from './robot-run';
import { printRunLogs } from './run-log-lines';
import { withCore } from './with-core';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, said } from '../../shared/message-parts';
import { helpWords } from './help-words';
import { coreApi } from './core-api';

/** Ends a command with this exit code after its output was printed (run-cli.ts returns it). */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function parseInputs(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const cut = pair.indexOf('=');
    if (cut <= 0) throw BatonError.said('VALIDATION', said('cli.inputNotPair', { pair }), { hint: said('cli.inputHint') });
    out[pair.slice(0, cut)] = pair.slice(cut + 1);
  }
  return out;
}

const JSON_EXAMPLE = '{"in_Name": "Ada"}';

async function readInputJson(file: string): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw BatonError.said('VALIDATION', said('cli.fileNotJson', { file }), { hint: said('cli.jsonFileHint', { example: JSON_EXAMPLE }) });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw BatonError.said('VALIDATION', said('cli.fileNotObject', { file }), { hint: said('cli.jsonFileHint', { example: JSON_EXAMPLE }) });
  }
  return parsed as Record<string, unknown>;
}

/** A process by name (or catalog id), unambiguous within `--folder`. */
export function pickProcess(processes: Process[], name: string, folder: string | undefined): Process {
  const candidates = filterProcesses(processes, { folder });
  const byId = candidates.find((p) => p.id === name);
  if (byId) return byId;
  const matches = candidates.filter((p) => p.name.toLowerCase() === name.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw BatonError.said('VALIDATION', said('cli.processInFolders', { name, count: matches.length }), {
      hint: said('cli.pickFolder', { folders: matches.map((p) => p.folderPath).join(', ') }),
    });
  }
  throw BatonError.said('NOT_FOUND', folder ? said('cli.noProcessInFolder', { name, folder }) : said('cli.noProcess', { name }), {
    hint: said('cli.findProcessHint'),
  });
}

const runState = (run: Run, t: Translator): string => t.t('cli.runState', { state: run.state });

/** "running", "faulted: The robot stopped." */
const stateLine = (run: Run, t: Translator): string =>
  run.info ? t.t('cli.runStateInfo', { state: runState(run, t), info: run.info }) : runState(run, t);

const describeRun = (run: Run, t: Translator): string =>
  [
    run.target === 'remote' && run.folderPath
      ? t.t('cli.runInFolder', { name: run.processName, folder: run.folderPath, state: runState(run, t) })
      : t.t('cli.runWhere', { name: run.processName, target: run.target, state: runState(run, t) }),
    t.t('cli.runId', { id: run.id }),
    ...(run.info ? [t.t('cli.runInfo', { info: run.info })] : []),
    ...(run.outputArguments ? [t.t('cli.runOutput', { output: JSON.stringify(run.outputArguments) })] : []),
  ].join('\n');

/** `baton run`, `baton jobs`, `baton stop`. */
export function addRunCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  addJsonOption(
    program
      .command('run')
      .description(h('run'))
      .argument('<name>', h('processNameArgument'))
      .option('--folder <path>', h('runFolderOption'))
      .option('--input <key=value>', h('inputOption'), collect, [])
      .option('--input-json <file>', h('inputJsonOption'))
      .option('--wait', h('waitOption'))
      .option('--local', h('localOption'))
      .action(
        async (
          name: string,
          options: { folder?: string; input: string[]; inputJson?: string; wait?: boolean; local?: boolean },
          self: Command,
        ) => {
          const isJson = Boolean(self.optsWithGlobals().json);
          const inputArguments = { ...(options.inputJson ? await readInputJson(options.inputJson) : {}), ...parseInputs(options.input) };
          const final = await withCore(context, 'cli', async (core) => {
            const api = coreApi(core);
            const process = options.local ? undefined : pickProcess((await loadCatalog(api, context)).processes, name, options.folder);
            const updates: Run[] = [];
            const stop = core.events.on('run.updated', (run) => updates.push(run));
            const local = options.local ? followLocalRun(core.events, isJson ? undefined : context.output, t) : undefined;
            let stopLogs: (() => void) | undefined;
            try {
              let run = local
                ? await local.start(api, name, inputArguments)
                : await api.runs.start({ target: 'remote', processId: process!.id, inputArguments });
              if (!options.wait) return run;
              if (!isJson) context.output.err(`${t.t('cli.following', { name: run.processName, id: run.id })}\n`);
              // The robot's lines for the job, read from Orchestrator while it runs (local runs print theirs above).
              if (!local && !isJson) stopLogs = printRunLogs(core.events, context.output, run.id, t);
              const started = run;
              let shownState = run.state;
              run = await new Promise<Run>((resolve) => {
                const check = (candidate: Run, isLive: boolean) => {
                  if (candidate.id !== started.id) return;
                  // Each change as it happens, so a person (or a CI log) sees the run move. Updates
                  // that came while starting are older than the run the start answered: not printed.
                  if (isLive && !isJson && candidate.state !== shownState) context.output.err(`${stateLine(candidate, t)}\n`);
                  if (isLive) shownState = candidate.state;
                  if (isFinalRunState(candidate.state)) resolve(candidate);
                };
                [...updates, run].forEach((candidate) => check(candidate, false));
                core.events.on('run.updated', (candidate) => check(candidate, true));
              });
              return run;
            } finally {
              stop();
              stopLogs?.();
              local?.stop();
            }
          });
          printResult(context.output, isJson, final, () => describeRun(final, t));
          if (options.wait && final.state !== 'successful') throw new CommandExit(EXIT_FAILED);
        },
      ),
  );

  // The contract's generic `baton jobs list|stop|follow [json]` group exists already: `baton jobs` itself lists.
  const jobsGroup = program.commands.find((command) => command.name() === 'jobs') ?? addJsonOption(program.command('jobs'));
  addAllJobsOptions(jobsGroup.description(h('jobs')).option('--active', h('activeOption')), h).action(
    async (options: { active?: boolean } & AllJobsOptions, self: Command) => {
      const isJson = Boolean(self.optsWithGlobals().json);
      assertFiltersNeedAll(options);
      if (options.all) return printAllJobs(context, options, isJson);
      await withCore(context, 'cli', async (core) => {
        // Active remote runs are read from Orchestrator first: history alone would say "pending" for a job long running.
        const runs = await coreApi(core).runs.list({
          isFresh: true,
          ...(options.active ? { isActive: true } : {}),
        });
        const human =
          runs.length === 0
            ? t.t('cli.noRuns')
            : runs.map((r) => `${r.id}  ${runState(r, t).padEnd(10)}  ${r.processName}  ${r.createdAt}`).join('\n');
        printResult(context.output, isJson, runs, () => human);
      });
    },
  );

  for (const [name, method, description] of [
    ['pause', 'runs.pause', h('pause')],
    ['resume', 'runs.resume', h('resume')],
  ] as const) {
    addJsonOption(
      program
        .command(name)
        .description(description)
        .argument('<runId>', h('runIdArgument'))
        .action(async (runId: string, _options: unknown, self: Command) => {
          const isJson = Boolean(self.optsWithGlobals().json);
          const run = await withCore(context, 'cli', (core) => {
            const { runs } = coreApi(core);
            return method === 'runs.pause' ? runs.pause({ runId }) : runs.resume({ runId });
          });
          printResult(
            context.output,
            isJson,
            run,
            () => `${describeRun(run, t)}${run.target === 'local' && run.isPaused ? `\n${t.t('cli.paused')}` : ''}`,
          );
        }),
    );
  }

  addJsonOption(
    program
      .command('stop')
      .description(h('stop'))
      .argument('<runId>', h('runIdArgument'))
      .option('--kill', h('killOption'))
      .action(async (runId: string, options: { kill?: boolean }, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const run = await coreApi(core).runs.stop({ runId, mode: options.kill ? 'kill' : 'soft' });
          printResult(context.output, isJson, run, () => describeRun(run, t));
        });
      }),
  );
}

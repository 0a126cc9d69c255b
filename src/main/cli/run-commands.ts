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
    if (cut <= 0)
      throw new BatonError('VALIDATION', `--input ${pair} is not key=value.`, {
        hint: 'Write each input as --input name=value, e.g. --input in_Name=Ada.',
      });
    out[pair.slice(0, cut)] = pair.slice(cut + 1);
  }
  return out;
}

async function readInputJson(file: string): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new BatonError('VALIDATION', `${file} could not be read as JSON.`, {
      hint: 'Pass a file holding one JSON object, e.g. {"in_Name": "Ada"}.',
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BatonError('VALIDATION', `${file} does not hold a JSON object.`, {
      hint: 'Pass a file holding one JSON object, e.g. {"in_Name": "Ada"}.',
    });
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
    throw new BatonError('VALIDATION', `There is a process named "${name}" in ${matches.length} folders.`, {
      hint: `Pick one with --folder: ${matches.map((p) => p.folderPath).join(', ')}.`,
    });
  }
  throw new BatonError('NOT_FOUND', `There is no process named "${name}"${folder ? ` in ${folder}` : ''}.`, {
    hint: 'Run `baton processes --search <text>` to find its exact name.',
  });
}

const describeRun = (run: Run): string =>
  [
    `${run.processName} (${run.target === 'remote' ? (run.folderPath ?? 'remote') : 'local'}): ${run.state}`,
    `run id: ${run.id}`,
    ...(run.info ? [`info: ${run.info}`] : []),
    ...(run.outputArguments ? [`output: ${JSON.stringify(run.outputArguments)}`] : []),
  ].join('\n');

/** `baton run`, `baton jobs`, `baton stop`. */
export function addRunCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  addJsonOption(
    program
      .command('run')
      .description('start a process as an Orchestrator job; exit 0 Successful, 1 Faulted or Stopped (with --wait)')
      .argument('<name>', 'the process name (or its catalog id)')
      .option('--folder <path>', 'the folder, when the name exists in several')
      .option('--input <key=value>', 'an input argument (repeatable); values are converted to the argument’s type', collect, [])
      .option('--input-json <file>', 'input arguments from a JSON object in a file (--input wins on conflicts)')
      .option('--wait', 'follow the run to its end and exit with its outcome')
      .option('--local', 'run it on the robot of this machine (see `baton robot status`) instead of Orchestrator')
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
            const local = options.local ? followLocalRun(core.events, isJson ? undefined : context.output) : undefined;
            let stopLogs: (() => void) | undefined;
            try {
              let run = local
                ? await local.start(api, name, inputArguments)
                : await api.runs.start({ target: 'remote', processId: process!.id, inputArguments });
              if (!options.wait) return run;
              if (!isJson) context.output.err(`Started ${run.processName} (run ${run.id}); following it…\n`);
              // The robot's lines for the job, read from Orchestrator while it runs (local runs print theirs above).
              if (!local && !isJson) stopLogs = printRunLogs(core.events, context.output, run.id);
              const started = run;
              let shownState = run.state;
              run = await new Promise<Run>((resolve) => {
                const check = (candidate: Run, isLive: boolean) => {
                  if (candidate.id !== started.id) return;
                  // Each change as it happens, so a person (or a CI log) sees the run move. Updates
                  // that came while starting are older than the run the start answered: not printed.
                  if (isLive && !isJson && candidate.state !== shownState)
                    context.output.err(`${candidate.state}${candidate.info ? `: ${candidate.info}` : ''}\n`);
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
          printResult(context.output, isJson, final, () => describeRun(final));
          if (options.wait && final.state !== 'successful') throw new CommandExit(EXIT_FAILED);
        },
      ),
  );

  // The contract's generic `baton jobs list|stop|follow [json]` group exists already: `baton jobs` itself lists.
  const jobsGroup = program.commands.find((command) => command.name() === 'jobs') ?? addJsonOption(program.command('jobs'));
  addAllJobsOptions(
    jobsGroup
      .description('list your runs, newest first; with --all every job you can see, whoever started it (stop, follow: see --help)')
      .option('--active', 'only runs that have not ended'),
  ).action(async (options: { active?: boolean } & AllJobsOptions, self: Command) => {
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
        runs.length === 0 ? 'No runs yet.' : runs.map((r) => `${r.id}  ${r.state.padEnd(10)}  ${r.processName}  ${r.createdAt}`).join('\n');
      printResult(context.output, isJson, runs, () => human);
    });
  });

  for (const [name, method, description] of [
    ['pause', 'runs.pause', 'pause a run on this machine’s robot (where its executor can)'],
    ['resume', 'runs.resume', 'resume a paused run on this machine’s robot, or an Orchestrator job that suspended'],
  ] as const) {
    addJsonOption(
      program
        .command(name)
        .description(description)
        .argument('<runId>', 'the run id, from `baton jobs`')
        .action(async (runId: string, _options: unknown, self: Command) => {
          const isJson = Boolean(self.optsWithGlobals().json);
          const run = await withCore(context, 'cli', (core) => {
            const { runs } = coreApi(core);
            return method === 'runs.pause' ? runs.pause({ runId }) : runs.resume({ runId });
          });
          printResult(context.output, isJson, run, () => `${describeRun(run)}${run.target === 'local' && run.isPaused ? '\npaused' : ''}`);
        }),
    );
  }

  addJsonOption(
    program
      .command('stop')
      .description('stop a run: softly (the process stops at its next check), or at once with --kill')
      .argument('<runId>', 'the run id, from `baton jobs`')
      .option('--kill', 'kill the process instead of asking it to stop')
      .action(async (runId: string, options: { kill?: boolean }, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const run = await coreApi(core).runs.stop({ runId, mode: options.kill ? 'kill' : 'soft' });
          printResult(context.output, isJson, run, () => describeRun(run));
        });
      }),
  );
}

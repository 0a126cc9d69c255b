import { InvalidArgumentError, Option, type Command } from 'commander';
import { JOB_PERIODS, JOB_STATES, type Job, type JobPage, type ListJobsParams } from '../../shared/contract/jobs';
import { BatonError } from '../../shared/errors';
import { loadCatalog } from './catalog-commands';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
import { coreApi } from './core-api';

export interface AllJobsOptions {
  all?: boolean;
  state?: string[];
  folder?: string;
  since?: string;
  limit?: string;
  cursor?: string;
}

// Repeatable and checked: commander's own choices() check would be replaced by the collecting parser.
const collectState = (value: string, previous: string[] = []): string[] => {
  if (!(JOB_STATES as readonly string[]).includes(value)) throw new InvalidArgumentError(`Allowed states: ${JOB_STATES.join(', ')}.`);
  return [...previous, value];
};

/** `baton jobs --all` and its filters (the Jobs view's, for every job the person may see). */
export function addAllJobsOptions(command: Command): Command {
  return command
    .option('--all', 'every job of the processes you can see, whoever started it (not only Baton’s runs)')
    .addOption(
      new Option('--state <state>', 'with --all: only jobs in this state (repeatable)').choices(JOB_STATES).argParser(collectState),
    )
    .option('--folder <path>', 'with --all: only jobs in this folder, e.g. Finance/Invoices')
    .addOption(new Option('--since <period>', 'with --all: jobs created in the last hour, day, week or month').choices(JOB_PERIODS))
    .option('--limit <n>', 'with --all: jobs per page (1–200, default 50)')
    .option('--cursor <cursor>', 'with --all: the page after the one that printed this cursor');
}

/** Refuses the --all filters without --all: they would be silently ignored by the list of Baton's own runs. */
export function assertFiltersNeedAll(options: AllJobsOptions): void {
  const given = (['state', 'folder', 'since', 'limit', 'cursor'] as const).filter((name) => options[name] !== undefined);
  if (!options.all && given.length > 0) {
    throw new BatonError('VALIDATION', `--${given[0]} filters the jobs of --all.`, {
      hint: `Add --all: baton jobs --all --${given[0]} …`,
    });
  }
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const limit = Number(text);
  if (!/^\d+$/.test(text) || limit < 1 || limit > 200) {
    throw new BatonError('VALIDATION', `--limit ${text} is not a number from 1 to 200.`, { hint: 'Write e.g. --limit 100.' });
  }
  return limit;
}

const STARTED_BY: Record<Job['startedBy']['kind'], string> = {
  user: 'a user',
  schedule: 'a schedule',
  trigger: 'a trigger',
  robot: 'a robot',
  unknown: 'unknown',
};

export function describeStartedBy(job: Job): string {
  if (job.isBaton) return 'Baton';
  const { kind, name } = job.startedBy;
  return name ? `${name} (${kind})` : STARTED_BY[kind];
}

function formatPage(page: JobPage): string {
  if (page.jobs.length === 0) return 'No jobs match.';
  const lines = page.jobs.map((job) =>
    [
      String(job.id).padEnd(10),
      job.state.padEnd(10),
      job.processName,
      `[${job.folderPath}]`,
      `by ${describeStartedBy(job)}`,
      job.machine ? `on ${job.machine}` : '',
      job.createdAt,
    ]
      .filter(Boolean)
      .join('  '),
  );
  const more = page.nextCursor ? [`More: baton jobs --all --cursor ${page.nextCursor} (same filters)`] : [];
  return [...lines, ...more].join('\n');
}

export async function printAllJobs(context: CliContext, options: AllJobsOptions, isJson: boolean): Promise<void> {
  const limit = parseLimit(options.limit);
  const page = await withCore(context, 'cli', async (core) => {
    const api = coreApi(core);
    let folderId: number | undefined;
    if (options.folder !== undefined) {
      const wanted = options.folder.replace(/^\/+|\/+$/g, '').toLowerCase();
      const folder = (await loadCatalog(api, context)).folders.find((f) => f.path.toLowerCase() === wanted);
      if (!folder) {
        throw new BatonError('NOT_FOUND', `There is no folder ${options.folder} you can see.`, {
          hint: 'Run `baton folders` to list the folders and their paths.',
        });
      }
      folderId = folder.id;
    }
    const params: ListJobsParams = {
      ...(options.state ? { states: options.state as Job['state'][] } : {}),
      ...(folderId === undefined ? {} : { folderId }),
      ...(options.since ? { period: options.since as ListJobsParams['period'] } : {}),
      ...(limit === undefined ? {} : { limit }),
      ...(options.cursor === undefined ? {} : { cursor: options.cursor }),
    };
    return await api.jobs.list(params);
  });
  printResult(context.output, isJson, page, () => formatPage(page));
}

import { InvalidArgumentError, Option, type Command } from 'commander';
import { JOB_PERIODS, JOB_STATES, type Job, type JobPage, type ListJobsParams } from '../../shared/contract/jobs';
import { BatonError } from '../../shared/errors';
import { loadCatalog } from './catalog-commands';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, said } from '../../shared/message-parts';
import type { HelpWords } from './help-words';
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
export function addAllJobsOptions(command: Command, h: HelpWords): Command {
  return command
    .option('--all', h('allOption'))
    .addOption(new Option('--state <state>', h('stateOption')).choices(JOB_STATES).argParser(collectState))
    .option('--folder <path>', h('jobsFolderOption'))
    .addOption(new Option('--since <period>', h('sinceOption')).choices(JOB_PERIODS))
    .option('--limit <n>', h('limitOption'))
    .option('--cursor <cursor>', h('cursorOption'));
}

/** Refuses the --all filters without --all: they would be silently ignored by the list of Baton's own runs. */
export function assertFiltersNeedAll(options: AllJobsOptions): void {
  const given = (['state', 'folder', 'since', 'limit', 'cursor'] as const).filter((name) => options[name] !== undefined);
  if (!options.all && given.length > 0) {
    const flag = `--${given[0]}`;
    throw BatonError.said('VALIDATION', said('cli.filterNeedsAll', { flag }), { hint: said('cli.addAll', { flag }) });
  }
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const limit = Number(text);
  if (!/^\d+$/.test(text) || limit < 1 || limit > 200) {
    throw BatonError.said('VALIDATION', said('cli.badLimit', { value: text }), { hint: said('cli.limitHint') });
  }
  return limit;
}

/** "by a schedule", "by Ada (user)", "by Baton". */
export function describeStartedBy(job: Job, t: Translator = englishTranslator): string {
  if (job.isBaton) return t.t('cli.startedByBaton');
  const { kind, name } = job.startedBy;
  return name ? t.t('cli.startedByName', { name, kind }) : t.t('cli.startedByKind', { kind });
}

function formatPage(page: JobPage, t: Translator): string {
  if (page.jobs.length === 0) return t.t('cli.noJobsMatch');
  const lines = page.jobs.map((job) =>
    [
      String(job.id).padEnd(10),
      job.state.padEnd(10),
      job.processName,
      `[${job.folderPath}]`,
      describeStartedBy(job, t),
      job.machine ? t.t('cli.onMachine', { machine: job.machine }) : '',
      job.createdAt,
    ]
      .filter(Boolean)
      .join('  '),
  );
  const more = page.nextCursor ? [t.t('cli.moreJobs', { cursor: page.nextCursor })] : [];
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
        throw BatonError.said('NOT_FOUND', said('cli.noFolder', { folder: options.folder }), { hint: said('cli.foldersHint') });
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
  printResult(context.output, isJson, page, () => formatPage(page, context.t ?? englishTranslator));
}

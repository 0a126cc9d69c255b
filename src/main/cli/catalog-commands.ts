import type { Command } from 'commander';
import type { Catalog, Process } from '../../shared/contract/catalog';
import { BatonError } from '../../shared/errors';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, renderParts, said, verbatim } from '../../shared/message-parts';
import { helpWords } from './help-words';
import { coreApi } from './core-api';
import type { BatonApi } from '../../shared/api';

/**
 * The catalog as a one-shot command wants it: fresh from the server. A refresh that fails for
 * want of sign-in fails the command; another failure (offline, say) falls back to the cached
 * list with a warning on stderr, unless `allowCache` is false (`--no-cache`).
 */
export async function loadCatalog(api: BatonApi, context: CliContext, { allowCache = true } = {}): Promise<Catalog> {
  const catalog = await api.catalog.refresh();
  if (!catalog.error) return catalog;
  const isAuth = catalog.error.code === 'AUTH_REQUIRED' || catalog.error.code === 'AUTH_FAILED';
  if (isAuth || catalog.source === 'empty') throw BatonError.fromPayload(catalog.error);
  const { error } = catalog;
  const at = cachedAt(catalog.refreshedAt);
  const message = error.messageText ?? [verbatim(error.message)];
  if (!allowCache) {
    const hint = error.hintText ?? (error.hint ? [verbatim(error.hint)] : []);
    throw BatonError.said(error.code, message, { hint: [...hint, said('cli.noCacheHint', { at })] });
  }
  const t = context.t ?? englishTranslator;
  const isOffline = error.code === 'NETWORK_UNREACHABLE';
  context.output.err(`${t.t(isOffline ? 'cli.offlineWarning' : 'cli.staleWarning', { at, message: renderParts(t, message) })}\n`);
  return catalog;
}

/** "2026-03-02 10:40" in this machine's time zone: when the cached list was fetched (`none`: the last start). */
function cachedAt(refreshedAt: string | null): string {
  if (refreshedAt === null) return 'none';
  const at = new Date(refreshedAt);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

const inFolder = (process: Process, folder: string | undefined): boolean => {
  if (folder === undefined) return true;
  const want = folder.replace(/^\/+|\/+$/g, '').toLowerCase();
  return process.folderPath.toLowerCase() === want;
};

export function filterProcesses(processes: Process[], options: { folder?: string; search?: string }): Process[] {
  const words = (options.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return processes.filter((p) => {
    if (!inFolder(p, options.folder)) return false;
    const text = `${p.name} ${p.description} ${p.folderPath} ${p.processKey}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

function describeProcesses(processes: Process[], t: Translator): string {
  if (processes.length === 0) return t.t('cli.noProcessesMatch');
  const width = Math.min(40, Math.max(...processes.map((p) => p.name.length)));
  return processes
    .map(
      (p) =>
        `${p.name.padEnd(width)}  ${p.folderPath}${p.isRunnable ? '' : `  ${t.t('cli.viewOnly')}`}${p.prefersLocal ? `  ${t.t('cli.attended')}` : ''}`,
    )
    .join('\n');
}

/** `baton folders` and `baton processes`. */
export function addCatalogCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  addJsonOption(
    program
      .command('folders')
      .description(h('folders'))
      .action(async (_options: unknown, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const catalog = await loadCatalog(coreApi(core), context);
          const human =
            catalog.folders.length === 0
              ? t.t('cli.noFolders')
              : catalog.folders
                  .map((f) => {
                    if (!f.error) return f.path;
                    const why = f.error.messageText ? renderParts(t, f.error.messageText) : f.error.message;
                    return `${f.path}  ${t.t('cli.folderNotListed', { message: why })}`;
                  })
                  .join('\n');
          printResult(context.output, isJson, catalog.folders, () => human);
        });
      }),
  );

  addJsonOption(
    program
      .command('processes')
      .description(h('processes'))
      .option('--folder <path>', h('processesFolderOption'))
      .option('--search <text>', h('searchOption'))
      .option('--no-cache', h('noCacheOption'))
      .action(async (options: { folder?: string; search?: string; cache: boolean }, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const catalog = await loadCatalog(coreApi(core), context, { allowCache: options.cache });
          const processes = filterProcesses(catalog.processes, options);
          printResult(context.output, isJson, processes, () => describeProcesses(processes, t));
        });
      }),
  );
}

import type { Command } from 'commander';
import type { Catalog, Process } from '../../shared/contract/catalog';
import { BatonError } from '../../shared/errors';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
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
  if (!allowCache) {
    throw new BatonError(catalog.error.code, catalog.error.message, {
      hint: `${catalog.error.hint ?? ''} Without --no-cache, Baton shows the list it has from ${cachedAt(catalog.refreshedAt)}.`.trim(),
    });
  }
  const isOffline = catalog.error.code === 'NETWORK_UNREACHABLE';
  context.output.err(
    isOffline
      ? `warning: offline - showing processes from ${cachedAt(catalog.refreshedAt)} (cached): ${catalog.error.message}\n`
      : `warning: showing the list from ${cachedAt(catalog.refreshedAt)}: ${catalog.error.message}\n`,
  );
  return catalog;
}

/** "2026-03-02 10:40" in this machine's time zone: when the cached list was fetched. */
function cachedAt(refreshedAt: string | null): string {
  if (refreshedAt === null) return 'the last start';
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

function describeProcesses(processes: Process[]): string {
  if (processes.length === 0) return 'No processes match.';
  const width = Math.min(40, Math.max(...processes.map((p) => p.name.length)));
  return processes
    .map((p) => `${p.name.padEnd(width)}  ${p.folderPath}${p.isRunnable ? '' : '  (view only)'}${p.prefersLocal ? '  (attended)' : ''}`)
    .join('\n');
}

/** `baton folders` and `baton processes`. */
export function addCatalogCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  addJsonOption(
    program
      .command('folders')
      .description('list the Orchestrator folders you can see')
      .action(async (_options: unknown, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const catalog = await loadCatalog(coreApi(core), context);
          const human =
            catalog.folders.length === 0
              ? 'You cannot see any folder.'
              : catalog.folders.map((f) => `${f.path}${f.error ? `  (could not be listed: ${f.error.message})` : ''}`).join('\n');
          printResult(context.output, isJson, catalog.folders, () => human);
        });
      }),
  );

  addJsonOption(
    program
      .command('processes')
      .description('list the processes you can see, across all your folders')
      .option('--folder <path>', 'only this folder, e.g. Finance/Invoices')
      .option('--search <text>', 'only processes whose name, description or folder contain every word')
      .option('--no-cache', 'fail when Orchestrator cannot be reached instead of showing the cached list')
      .action(async (options: { folder?: string; search?: string; cache: boolean }, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const catalog = await loadCatalog(coreApi(core), context, { allowCache: options.cache });
          const processes = filterProcesses(catalog.processes, options);
          printResult(context.output, isJson, processes, () => describeProcesses(processes));
        });
      }),
  );
}

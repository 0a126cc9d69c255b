import type { Process } from '../../../shared/contract/catalog';
import { processRefOf, type Run, type StartRunParams } from '../../../shared/contract/runs';
import { initialArgumentTexts, textOf, type ArgumentTexts } from './argument-values';

/** Favourites in the order the tiles show them: by name. */
export function favouriteProcesses(processes: readonly Process[]): Process[] {
  return processes.filter((process) => process.isFavorite).sort((a, b) => a.name.localeCompare(b.name));
}

/** The newest run of each process (and target), newest first: what "Recent" lists. */
export function recentRuns(runs: readonly Run[], limit = 5): Run[] {
  const seen = new Set<string>();
  const recent: Run[] = [];
  for (const run of runs) {
    const key = `${run.target}:${processRefOf(run)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    recent.push(run);
    if (recent.length === limit) break;
  }
  return recent;
}

/** When each process last ran (its newest run's creation time), for "Sort by last run". */
export function lastRunTimes(runs: readonly Run[]): Map<string, string> {
  const times = new Map<string, string>();
  for (const run of runs) if ((times.get(processRefOf(run)) ?? '') < run.createdAt) times.set(processRefOf(run), run.createdAt);
  return times;
}

/**
 * What one click on a tile, "Run again" or a reminder's "Start" does: start at once when nothing
 * is missing, otherwise open the run dialog with what is known filled in. A sensitive input is
 * never known (never kept), so a process that takes one always asks.
 */
export type QuickRunPlan = { kind: 'start'; params: StartRunParams } | { kind: 'ask'; texts: ArgumentTexts };

export function planQuickRun(
  process: Process,
  options: { known?: Record<string, unknown>; target?: 'remote' | 'local'; isRemoteAvailable: boolean },
): QuickRunPlan {
  const known = options.known ?? {};
  const texts = knownTexts(process, known);
  const target = options.target ?? (process.prefersLocal ? 'local' : 'remote');
  const isMissing = process.inputArguments.some(
    (arg) => arg.isSensitive || (arg.isRequired && !arg.hasDefault && (texts[arg.name] ?? '').trim() === ''),
  );
  if (isMissing || target === 'local' || !process.isRunnable || !options.isRemoteAvailable) return { kind: 'ask', texts };
  const inputArguments: Record<string, unknown> = {};
  for (const arg of process.inputArguments) if (Object.hasOwn(known, arg.name)) inputArguments[arg.name] = known[arg.name];
  return { kind: 'start', params: { target: 'remote', processId: process.id, inputArguments } };
}

/** The form's texts: the defaults, with each known non-sensitive value in place; sensitive fields stay empty. */
export function knownTexts(process: Process, known: Record<string, unknown>): ArgumentTexts {
  const texts = initialArgumentTexts(process.inputArguments);
  for (const arg of process.inputArguments) {
    if (!arg.isSensitive && Object.hasOwn(known, arg.name)) texts[arg.name] = textOf(arg, known[arg.name]);
  }
  return texts;
}

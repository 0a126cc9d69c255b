import { z } from 'zod';
import { runSchema, type Run } from '../../shared/contract/runs';
import type { Logger, SettingsStore } from '../platform';

export const HISTORY_LIMIT = 500;
const KEY = 'runs.history';
// Local runs have no profile.
const LOCAL = '~local';

export interface RunHistory {
  all(): Run[];
  get(runId: string): Run | undefined;
  /**
   * Adds or replaces, keeps the newest HISTORY_LIMIT per profile, and persists. The values of
   * the run's `sensitiveArguments` are dropped first; returns the run as kept.
   */
  put(run: Run): Run;
  /** Forgets every run of every profile ("Reset Baton"). */
  clear(): void;
}

/**
 * The run without the values of its sensitive inputs. They are dropped, not replaced by a mask:
 * a mask kept as a value could be sent to Orchestrator as the input by "Run again".
 */
export function withoutSensitiveValues<R extends Run>(run: R): R {
  const sensitive = run.sensitiveArguments;
  if (!sensitive || sensitive.length === 0) return run;
  const inputArguments = Object.fromEntries(Object.entries(run.inputArguments).filter(([name]) => !sensitive.includes(name)));
  return { ...run, inputArguments };
}

/**
 * A run as an earlier Baton kept it, in today's shape: then one `processId` meant the catalog id
 * (`<folderId>:<releaseKey>`) of a remote run and the robot's process key of a local one, and
 * remote runs named their folder only inside it.
 */
export function upgradeStoredRun(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const run = stored as Record<string, unknown>;
  if (run.target === 'local' && run.processKey === undefined && typeof run.processId === 'string') {
    const { processId, ...rest } = run;
    return { ...rest, processKey: processId, jobId: rest.jobId ?? rest.id };
  }
  if (run.target !== 'remote' || run.folderId !== undefined || typeof run.processId !== 'string') return stored;
  const match = /^(\d+):/.exec(run.processId);
  return match ? { ...run, folderId: Number(match[1]) } : stored;
}

/** Every run, remote and local, kept in the settings store per profile, newest first. */
export function createRunHistory(settings: SettingsStore, limit = HISTORY_LIMIT, logger?: Logger): RunHistory {
  // Not a map of lists: set aside by the store, with a warning naming the key.
  const stored = settings.read(KEY, z.record(z.string(), z.array(z.unknown())));
  const byProfile = new Map<string, Run[]>();
  if (stored) {
    for (const [profile, runs] of Object.entries(stored)) {
      // One unreadable entry must not cost the whole history.
      byProfile.set(
        profile,
        runs.flatMap((r) => {
          const run = runSchema.safeParse(upgradeStoredRun(r));
          return run.success ? [withoutSensitiveValues(run.data)] : [];
        }),
      );
    }
  }
  const save = () => {
    // A failed write (disk full) must not fail the run that caused it: the run is already
    // started on the server. Memory stays right and the next put writes everything again.
    try {
      settings.set(KEY, Object.fromEntries(byProfile));
    } catch (error) {
      logger?.warn('Run history could not be saved; keeping it in memory and retrying on the next change', { error: String(error) });
    }
  };
  return {
    all() {
      return [...byProfile.values()].flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    get(runId) {
      for (const runs of byProfile.values()) {
        const found = runs.find((r) => r.id === runId);
        if (found) return found;
      }
      return undefined;
    },
    clear() {
      byProfile.clear();
      settings.delete(KEY);
    },
    put(given) {
      const run = withoutSensitiveValues(given);
      const profile = run.profileId ?? LOCAL;
      const runs = (byProfile.get(profile) ?? []).filter((r) => r.id !== run.id);
      runs.unshift(run);
      runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      byProfile.set(profile, runs.slice(0, limit));
      save();
      return run;
    },
  };
}

import type { RunLog } from '../../shared/contract/runs';
import { isOrchestratorCallError, type ClientPool } from '../orchestrator';
import type { Clock, Logger } from '../platform';
import { readRobotLogs, type RobotLogRow } from './remote-job-api';

export interface FollowedLog {
  runId: string;
  profileId: string;
  folderId: number;
  folderPath: string;
  jobKey: string;
}

/** A line as the follower hands it over; the run service numbers it. */
export type RemoteLogLine = Pick<RunLog, 'level' | 'message' | 'at' | 'isReportStatus'>;

export interface RemoteLogFollower {
  follow(job: FollowedLog): void;
  /** The job ended: reads what is left, then stops; resolves then (at once for a run not followed). */
  finish(runId: string): Promise<void>;
  unfollow(runId: string): void;
  dispose(): void;
}

interface Entry extends FollowedLog {
  /** TimeStamp of the newest line read, as the server wrote it, and how many lines carry it. */
  since?: string;
  atSince: number;
  isFinishing: boolean;
  whenDone: (() => void)[];
  failures: number;
  cancel?: () => void;
  isReading: boolean;
}

// The robot's levels by name and by number (Trace=0 … Fatal=5, reference orchestrator-versions.md §3.5).
const LEVELS: Record<string, RunLog['level']> = {
  trace: 'trace',
  debug: 'trace',
  info: 'info',
  information: 'info',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  fatal: 'error',
  '0': 'trace',
  '1': 'trace',
  '2': 'info',
  '3': 'warn',
  '4': 'error',
  '5': 'error',
};
const MAX_MESSAGE = 4_000;

/** Report Status lines carry `logType: "ReportStatus"` in the robot's JSON line (inferred; the reference is silent). */
function isReportStatus(raw: string | null | undefined): boolean {
  if (!raw || !raw.includes('ReportStatus')) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && (parsed as { logType?: unknown }).logType === 'ReportStatus';
  } catch {
    return false;
  }
}

export function toRemoteLogLine(row: RobotLogRow): RemoteLogLine {
  const at = Date.parse(row.TimeStamp);
  const message = row.Message ?? '';
  return {
    level: LEVELS[(row.Level ?? '').toLowerCase()] ?? 'info',
    message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message,
    at: Number.isNaN(at) ? row.TimeStamp : new Date(at).toISOString(),
    ...(isReportStatus(row.RawMessage) ? { isReportStatus: true } : {}),
  };
}

/** Says which scope or permission is missing, in one line: the server's 403 does not always tell which. */
function refusalNotice(error: unknown, folderPath: string): string | undefined {
  if (!isOrchestratorCallError(error) || error.status !== 403) return undefined;
  const where = folderPath ? ` in ${folderPath}` : '';
  return /scope|access token/i.test(error.serverMessage ?? '')
    ? 'Baton cannot read this job’s log lines: the sign-in lacks the OR.Monitoring.Read scope (add it to the external application and to this profile’s scopes, then sign in again).'
    : `Baton cannot read this job’s log lines: they need the OR.Monitoring.Read scope and the Logs.View permission${where}.`;
}

/**
 * Reads the robot logs of followed remote jobs while they run, oldest first, a page at a time:
 * each read asks from the newest TimeStamp seen and skips the lines already read at it, so no
 * line comes twice across pages (Ids are all 0, §3.5). A full page is followed by the next one
 * at once; otherwise the job is asked again after `everyMs`. Reads per profile stay within
 * `requestsPerMinute` (the logs are not in Cloud's documented limits; this keeps Baton polite).
 */
export function createRemoteLogFollower(deps: {
  clients: ClientPool;
  clock: Clock;
  logger?: Logger;
  everyMs?: number;
  pageSize?: number;
  requestsPerMinute?: number;
  onLines(runId: string, lines: RemoteLogLine[]): void;
  /** Baton's one line about why the log cannot be read (a missing scope or permission). */
  onNotice(runId: string, message: string): void;
}): RemoteLogFollower {
  const { clock } = deps;
  const everyMs = deps.everyMs ?? 2_000;
  const pageSize = deps.pageSize ?? 100;
  const budget = deps.requestsPerMinute ?? 60;
  const entries = new Map<string, Entry>();
  const sent = new Map<string, number[]>();
  // Runs whose log was read to the end or refused: the job poller's later answers do not start them again.
  const done = new Set<string>();
  let isDisposed = false;

  const schedule = (entry: Entry, ms: number): void => {
    entry.cancel?.();
    entry.cancel = clock.setTimeout(() => void read(entry), ms);
  };

  /** Ms until the profile may send another read (0: now), recording it if so. */
  const waitFor = (profileId: string): number => {
    const now = clock.now();
    const times = (sent.get(profileId) ?? []).filter((t) => t > now - 60_000);
    sent.set(profileId, times);
    if (times.length >= budget) return times[0]! + 60_000 - now;
    times.push(now);
    return 0;
  };

  const stop = (entry: Entry): void => {
    entry.cancel?.();
    entries.delete(entry.runId);
    done.add(entry.runId);
    entry.whenDone.splice(0).forEach((resolve) => resolve());
  };

  async function read(entry: Entry): Promise<void> {
    if (isDisposed || entries.get(entry.runId) !== entry || entry.isReading) return;
    const client = deps.clients.forProfile(entry.profileId);
    if (!client) return stop(entry);
    const wait = waitFor(entry.profileId);
    if (wait > 0) return schedule(entry, wait);
    entry.isReading = true;
    // Only a read that started after the job ended can be its last: one already on the way may miss the final lines.
    const isLastRead = entry.isFinishing;
    try {
      const rows = await readRobotLogs(client, { ...entry, since: entry.since, skip: entry.atSince, top: pageSize });
      if (entries.get(entry.runId) !== entry) return;
      entry.failures = 0;
      for (const row of rows) {
        if (row.TimeStamp === entry.since) entry.atSince += 1;
        else {
          entry.since = row.TimeStamp;
          entry.atSince = 1;
        }
      }
      if (rows.length > 0) deps.onLines(entry.runId, rows.map(toRemoteLogLine));
      if (rows.length >= pageSize) return schedule(entry, 0);
      if (isLastRead) return stop(entry);
      schedule(entry, entry.isFinishing ? 0 : everyMs);
    } catch (error) {
      if (entries.get(entry.runId) !== entry) return;
      const notice = refusalNotice(error, entry.folderPath);
      if (notice) {
        deps.onNotice(entry.runId, notice);
        return stop(entry);
      }
      entry.failures += 1;
      deps.logger?.warn('Reading a job’s log lines failed; trying again', { runId: entry.runId, failures: entry.failures });
      if (entry.isFinishing && entry.failures >= 2) return stop(entry);
      const retryAfter = isOrchestratorCallError(error) && error.status === 429 ? 60_000 : 0;
      schedule(entry, Math.max(retryAfter, Math.min(60_000, everyMs * 2 ** entry.failures)));
    } finally {
      entry.isReading = false;
    }
  }

  return {
    follow(job) {
      if (isDisposed || entries.has(job.runId) || done.has(job.runId)) return;
      const entry: Entry = { ...job, atSince: 0, failures: 0, isReading: false, isFinishing: false, whenDone: [] };
      entries.set(job.runId, entry);
      schedule(entry, 0);
    },
    finish(runId) {
      const entry = entries.get(runId);
      if (!entry) return Promise.resolve();
      const finished = new Promise<void>((resolve) => entry.whenDone.push(resolve));
      if (!entry.isFinishing) {
        entry.isFinishing = true;
        // A read on the way ends the log by itself: its answer sees isFinishing.
        if (!entry.isReading) schedule(entry, 0);
      }
      return finished;
    },
    unfollow(runId) {
      const entry = entries.get(runId);
      if (entry) stop(entry);
    },
    dispose() {
      isDisposed = true;
      for (const entry of [...entries.values()]) stop(entry);
    },
  };
}

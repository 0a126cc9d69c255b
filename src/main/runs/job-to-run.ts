import type { RemoteRun, Run, RunState } from '../../shared/contract/runs';
import { BatonError } from '../../shared/errors';
import { said, verbatim } from '../../shared/message-parts';
import type { JobDto } from '../orchestrator';

// Orchestrator's job states (reference/orchestrator-api.md §6.3) in Baton's words.
const STATES: Record<string, RunState> = {
  Pending: 'pending',
  Running: 'running',
  Stopping: 'stopping',
  Terminating: 'stopping',
  // A long-running workflow waiting on a task, a queue item or a timer; Resumed is the moment after ResumeJob.
  Suspended: 'suspended',
  Resumed: 'running',
  Faulted: 'faulted',
  Successful: 'successful',
  Stopped: 'stopped',
};

export function runStateOf(jobState: string): RunState | undefined {
  return STATES[jobState];
}

function parseOutput(value: JobDto['OutputArguments']): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return { raw: value };
  }
}

const iso = (text: string | null | undefined): string | undefined => {
  if (!text) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
};

/** A run updated from what Orchestrator says of its job; unknown states keep the run's last known state. */
export function applyJob(run: RemoteRun, job: JobDto): RemoteRun {
  const state = runStateOf(job.State) ?? run.state;
  const next: RemoteRun = { ...run, state, jobId: job.Id, ...(job.Key ? { jobKey: job.Key } : {}) };
  const startedAt = iso(job.StartTime);
  const endedAt = iso(job.EndTime);
  if (startedAt) next.startedAt = startedAt;
  if (endedAt) next.endedAt = endedAt;
  if (job.Info) next.info = job.Info;
  // What a suspended job waited for is no longer true once it runs on.
  else if (run.state === 'suspended' && state !== 'suspended') delete next.info;
  const output = parseOutput(job.OutputArguments);
  if (output) next.outputArguments = output;
  if (state === 'faulted') {
    // Orchestrator's own words when it gave some; Baton's in the person's language otherwise.
    next.error = BatonError.said('INTERNAL', job.Info ? verbatim(job.Info) : said('errors.remoteJobFaulted'), {
      hint: said('errors.remoteJobFaultedHint'),
      details: { jobId: job.Id },
    }).toJSON();
  }
  return next;
}

export function hasChanged(a: Run, b: Run): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

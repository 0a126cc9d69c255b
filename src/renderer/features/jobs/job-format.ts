import type { Job, JobPeriod, JobState } from '../../../shared/contract/jobs';
import { RUN_STATE_LABELS } from '../../../shared/contract/runs';

export const STATE_LABELS: Record<JobState, string> = RUN_STATE_LABELS;

export const PERIOD_LABELS: Record<JobPeriod, string> = {
  hour: 'Last hour',
  day: 'Last 24 hours',
  week: 'Last 7 days',
  month: 'Last 30 days',
};

const KIND_LABELS: Record<Job['startedBy']['kind'], string> = {
  user: 'User',
  schedule: 'Schedule',
  trigger: 'Trigger',
  robot: 'Robot',
  unknown: 'Unknown',
};

/** "Nightly accruals (schedule)", "Dave Okafor (user)", "Robot"; Baton's own say so first. */
export function startedByLabel(job: Job): string {
  const { kind, name } = job.startedBy;
  const who = name ? `${name} (${KIND_LABELS[kind].toLowerCase()})` : KIND_LABELS[kind];
  return job.isBaton ? `Baton · ${who}` : who;
}

export function isActiveJob(job: Job): boolean {
  return !['successful', 'faulted', 'stopped'].includes(job.state);
}

/** A short local date and time: today's jobs need only the time. */
export function formatWhen(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const isToday = at.toDateString() === now.toDateString();
  return isToday
    ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
}

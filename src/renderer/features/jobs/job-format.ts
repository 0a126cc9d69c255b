import type { Job, JobPeriod } from '../../../shared/contract/jobs';
import type { MessageId, Translator } from '../../../shared/i18n';

export const PERIOD_LABELS: Record<JobPeriod, MessageId> = {
  hour: 'jobs.periodHour',
  day: 'jobs.periodDay',
  week: 'jobs.periodWeek',
  month: 'jobs.periodMonth',
};

/** "Nightly accruals (schedule)", "Dave Okafor (user)", "Robot": who started the job, without Baton's badge. */
export function startedByLabel(job: Job, { t }: Translator): string {
  const { kind, name } = job.startedBy;
  return name ? t('jobs.startedByNamed', { name, kind }) : t('jobs.startedByKind', { kind });
}

export function isActiveJob(job: Job): boolean {
  return !['successful', 'faulted', 'stopped'].includes(job.state);
}

/** A short local date and time: today's jobs need only the time. */
export function formatWhen(iso: string, translator: Translator, now: Date = new Date()): string {
  const at = new Date(iso);
  const isToday = at.toDateString() === now.toDateString();
  return isToday ? translator.formatTime(at) : translator.formatDateTime(at, { dateStyle: 'short', timeStyle: 'short' });
}

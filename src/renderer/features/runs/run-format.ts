import { isFinalRunState, type Run, type RunState } from '../../../shared/contract/runs';
import type { MessageId, Translator } from '../../../shared/i18n';

export function stateLabel(state: RunState, { t }: Translator): string {
  return t('runs.state', { state });
}

export function targetLabel(target: Run['target'], { t }: Translator): string {
  return t(target === 'remote' ? 'common.remote' : 'common.local');
}

/**
 * Resume where the run can be resumed: a suspended remote job (ResumeJob exists in every
 * version), a paused local run. Pause only for a running local run.
 */
export function runActions(run: Run): { canPause: boolean; canResume: boolean; whyNoPause?: MessageId } {
  if (run.target === 'remote') {
    return {
      canPause: false,
      canResume: run.state === 'suspended',
      ...(run.state === 'running' ? { whyNoPause: 'runs.whyNoPause' as const } : {}),
    };
  }
  return { canPause: run.state === 'running' && !run.isPaused, canResume: run.state === 'running' && run.isPaused === true };
}

export function isActiveRun(run: Run): boolean {
  return !isFinalRunState(run.state);
}

/** From the start (or the request, while pending) to the end, or to `now` while the run goes on. */
export function elapsedMs(run: Run, now: number): number {
  const from = Date.parse(run.startedAt ?? run.createdAt);
  const to = run.endedAt ? Date.parse(run.endedAt) : now;
  return Number.isNaN(from) || Number.isNaN(to) ? 0 : Math.max(0, to - from);
}

/** `0:07`, `12:34`, `1:02:03`. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** An output argument as one line of text. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

/** Newest first by creation; an update replaces the run with the same id. Bounded to `limit`. */
export function mergeRun(runs: readonly Run[], run: Run, limit = 200): Run[] {
  const others = runs.filter((candidate) => candidate.id !== run.id);
  const at = others.findIndex((candidate) => candidate.createdAt < run.createdAt);
  const merged = at === -1 ? [...others, run] : [...others.slice(0, at), run, ...others.slice(at)];
  return merged.slice(0, limit);
}

import { useCallback, useEffect, useState } from 'react';
import type { Job, JobPage, JobPeriod, JobState } from '../../../shared/contract/jobs';
import type { BatonError } from '../../../shared/errors';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

export interface JobFilters {
  state: JobState | 'any';
  folderId: number | 'any';
  period: JobPeriod;
}

export const DEFAULT_FILTERS: JobFilters = { state: 'any', folderId: 'any', period: 'day' };
/**
 * While the view is shown and only the first page is loaded, it asks again this often: a few of the
 * Jobs view's 30 listings a minute (docs/jobs.md), well inside Cloud's limit.
 */
const REFRESH_MS = 30_000;
const PAGE_SIZE = 50;

export interface JobsState {
  filters: JobFilters;
  setFilters(filters: JobFilters): void;
  jobs: Job[] | undefined;
  total: number | undefined;
  listedAt: string | undefined;
  isLoading: boolean;
  error: BatonError | undefined;
  hasMore: boolean;
  refresh(): void;
  loadMore(): void;
  /** A row changed by an action (stop), put in place without a new listing. */
  replace(job: Job): void;
}

export function useJobs(): JobsState {
  const api = useBatonApi();
  const [filters, setFilters] = useState<JobFilters>(DEFAULT_FILTERS);
  const list = useCallback(
    (cursor?: string) =>
      api.jobs.list({
        ...(filters.state === 'any' ? {} : { states: [filters.state] }),
        ...(filters.folderId === 'any' ? {} : { folderId: filters.folderId }),
        period: filters.period,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      }),
    [api, filters],
  );
  // The first page, whenever the filters change or a refresh is asked for; an older answer never wins.
  const live = useLiveValue(() => list().then((page): JobPage[] => [page]), undefined, { deps: [list] });
  const { refetch, load, set } = live;
  const pages = live.value ?? [];

  const refresh = useCallback(() => void refetch(), [refetch]);
  const isSinglePage = pages.length <= 1;
  useEffect(() => {
    if (!isSinglePage) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [isSinglePage, refresh]);

  const last = pages.at(-1);
  const loadMore = useCallback(() => {
    const cursor = last?.nextCursor;
    if (!cursor) return;
    void load(
      () => list(cursor),
      (before, page) => [...(before ?? []), page],
    );
  }, [last, list, load]);

  const replace = useCallback(
    (job: Job) => {
      set((before) => before?.map((page) => ({ ...page, jobs: page.jobs.map((j) => (j.id === job.id ? job : j)) })));
    },
    [set],
  );

  return {
    filters,
    setFilters,
    jobs: pages.length === 0 ? undefined : uniqueJobs(pages),
    total: pages[0]?.total,
    listedAt: pages[0]?.listedAt,
    isLoading: live.isLoading,
    error: live.error,
    hasMore: Boolean(last?.nextCursor),
    refresh,
    loadMore,
    replace,
  };
}

/**
 * Pages are offsets into a list that moves: a job created between two pages pushes the last row
 * of one page onto the next. Each job is shown once, where it came first.
 */
export function uniqueJobs(pages: readonly JobPage[]): Job[] {
  const seen = new Set<string>();
  return pages
    .flatMap((page) => page.jobs)
    .filter((job) => {
      const key = `${job.folderId}:${job.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

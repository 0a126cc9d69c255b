import { describe, expect, it } from 'vitest';
import type { Job, JobPage } from '../../../src/shared/contract/jobs';
import { uniqueJobs } from '../../../src/renderer/features/jobs/use-jobs';

const job = (id: number, folderId = 1): Job => ({
  id,
  folderId,
  folderPath: 'Shared',
  processName: `P${id}`,
  state: 'running',
  startedBy: { kind: 'user' },
  isBaton: false,
  createdAt: '2026-12-05T10:00:00.000Z',
});
const page = (...jobs: Job[]): JobPage => ({ jobs, nextCursor: null, listedAt: '2026-12-05T10:00:00.000Z' });

describe('Show more jobs', () => {
  it('shows a job pushed onto the next page by a newer one only once, where it came first', () => {
    expect(uniqueJobs([page(job(9), job(8)), page(job(8), job(7))]).map((j) => j.id)).toEqual([9, 8, 7]);
  });

  it('keeps jobs of the same id in different folders apart', () => {
    expect(uniqueJobs([page(job(5, 1)), page(job(5, 2))])).toHaveLength(2);
  });
});

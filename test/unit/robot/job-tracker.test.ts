import { describe, expect, it } from 'vitest';
import { createJobTracker } from '../../../src/main/robot/job-tracker';
import type { LocalJob } from '../../../src/shared/robot-protocol';

const job = (seq: number, state: LocalJob['state'] = 'running'): LocalJob => ({ jobId: 'j', processKey: 'p', state, seq });

describe('job tracker', () => {
  it('reports a gap when a notification skips a seq', () => {
    const tracker = createJobTracker();
    expect(tracker.observe('j', 1)).toEqual({ isNew: true, hasGap: false });
    expect(tracker.observe('j', 2)).toEqual({ isNew: true, hasGap: false });
    expect(tracker.observe('j', 5)).toEqual({ isNew: true, hasGap: true });
  });

  it('ignores duplicates and does not call a job first seen mid-stream a gap', () => {
    const tracker = createJobTracker();
    expect(tracker.observe('j', 7)).toEqual({ isNew: true, hasGap: false });
    expect(tracker.observe('j', 7)).toEqual({ isNew: false, hasGap: false });
  });

  it('never hands listeners a snapshot older than one they already saw', () => {
    const tracker = createJobTracker();
    expect(tracker.accept(job(3))).toBe(true);
    expect(tracker.accept(job(2, 'pending'))).toBe(false);
    expect(tracker.accept(job(4, 'successful'))).toBe(true);
    expect(tracker.activeJobs()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createRunLogBuffer } from '../../../src/main/runs/run-log-buffer';
import type { RunLog } from '../../../src/shared/contract/runs';

const line = (runId: string, seq: number): RunLog => ({
  runId,
  seq,
  level: 'info',
  message: `line ${seq}`,
  at: '2026-01-01T00:00:00.000Z',
});

describe('the log lines kept per run', () => {
  it('keeps the newest lines of a run and says when older ones were dropped', () => {
    const buffer = createRunLogBuffer(3);
    for (let seq = 1; seq <= 5; seq += 1) buffer.add(line('a', seq));
    expect(buffer.page('a')).toEqual({ lines: [line('a', 3), line('a', 4), line('a', 5)], hasMore: true });
    expect(buffer.nextSeq('a')).toBe(6);
  });

  it('says nothing is missing while every line is kept', () => {
    const buffer = createRunLogBuffer(3);
    buffer.add(line('a', 1));
    expect(buffer.page('a')).toEqual({ lines: [line('a', 1)], hasMore: false });
    expect(buffer.page('unknown')).toEqual({ lines: [], hasMore: false });
    expect(buffer.nextSeq('unknown')).toBe(1);
  });

  it('forgets the log of the run used least recently past the number of runs', () => {
    const buffer = createRunLogBuffer(10, 2);
    buffer.add(line('a', 1));
    buffer.add(line('b', 1));
    buffer.add(line('a', 2));
    buffer.add(line('c', 1));
    expect(buffer.page('b').lines).toEqual([]);
    expect(buffer.page('a').lines).toHaveLength(2);
    expect(buffer.page('c').lines).toHaveLength(1);
  });
});

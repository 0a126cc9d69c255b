import { describe, expect, it } from 'vitest';
import { nextIndex, scrollTopToReveal, visibleRange } from '../../../src/renderer/components';
import { elapsedMs, formatElapsed, formatValue, mergeRun, stateLabel } from '../../../src/renderer/features/runs';
import type { RemoteRun, Run } from '../../../src/shared/contract/runs';
import { createTranslator } from '../../../src/shared/i18n';
import { remoteRun } from '../../support/runs';

describe('virtual list windowing', () => {
  it('renders only the rows in view plus the overscan', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 60, count: 10_000, overscan: 5 })).toEqual({ start: 0, end: 16 });
    expect(visibleRange({ scrollTop: 599_400, viewportHeight: 600, rowHeight: 60, count: 10_000, overscan: 5 })).toEqual({
      start: 9985,
      end: 10_000,
    });
    expect(visibleRange({ scrollTop: 6000, viewportHeight: 600, rowHeight: 60, count: 10_000, overscan: 5 })).toEqual({
      start: 95,
      end: 116,
    });
  });

  it('renders nothing for an empty list and clamps to short lists', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 60, count: 0, overscan: 5 })).toEqual({ start: 0, end: 0 });
    expect(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 60, count: 3, overscan: 5 })).toEqual({ start: 0, end: 3 });
  });

  it('scrolls just enough to reveal a row above or below the view', () => {
    const view = { scrollTop: 600, viewportHeight: 300, rowHeight: 60 };
    expect(scrollTopToReveal(5, view)).toBe(300);
    expect(scrollTopToReveal(15, view)).toBe(660);
    expect(scrollTopToReveal(12, view)).toBe(600);
  });

  it('moves the active row with arrows, pages, Home and End, within bounds', () => {
    expect(nextIndex('ArrowDown', 0, 10, 5)).toBe(1);
    expect(nextIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextIndex('PageDown', 8, 10, 5)).toBe(9);
    expect(nextIndex('PageUp', 8, 10, 5)).toBe(3);
    expect(nextIndex('End', 0, 10, 5)).toBe(9);
    expect(nextIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextIndex('a', 7, 10, 5)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });
});

function run(id: string, createdAt: string, extra: Partial<RemoteRun> = {}): Run {
  return remoteRun({ id, processName: 'Invoice Intake', state: 'pending', createdAt, ...extra });
}

describe('runs panel formatting', () => {
  it('keeps runs newest first and replaces an updated run in place', () => {
    const older = run('a', '2026-01-01T10:00:00Z');
    const newer = run('b', '2026-01-01T11:00:00Z');
    let runs = mergeRun([], older);
    runs = mergeRun(runs, newer);
    runs = mergeRun(runs, { ...older, state: 'successful' });
    expect(runs.map((r) => `${r.id}:${r.state}`)).toEqual(['b:pending', 'a:successful']);
    expect(mergeRun(runs, run('c', '2026-01-01T12:00:00Z'), 2).map((r) => r.id)).toEqual(['c', 'b']);
  });

  it('measures elapsed time from the start to the end, or to now while active', () => {
    const active = run('a', '2026-01-01T10:00:00Z', { startedAt: '2026-01-01T10:00:05Z', state: 'running' });
    expect(elapsedMs(active, Date.parse('2026-01-01T10:01:10Z'))).toBe(65_000);
    expect(elapsedMs({ ...active, endedAt: '2026-01-01T10:00:20Z', state: 'successful' }, Date.parse('2026-01-01T11:00:00Z'))).toBe(15_000);
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(0)).toBe('0:00');
  });

  it('names states the way the journeys do and prints outputs as text', () => {
    expect(
      ['pending', 'running', 'successful', 'faulted', 'stopped'].map((s) => stateLabel(s as Run['state'], createTranslator('en'))),
    ).toEqual(['Pending', 'Running', 'Successful', 'Faulted', 'Stopped']);
    expect(formatValue('Queued 5')).toBe('Queued 5');
    expect(formatValue(5)).toBe('5');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
  });
});

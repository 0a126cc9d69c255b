import { describe, expect, it } from 'vitest';
import { mean, median, quantile, ratioOf, round, summarize } from '../../../bench/lib/stats';

describe('bench statistics', () => {
  it('interpolates quantiles between closest ranks', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('does not depend on the order of the samples or reorder them', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(quantile(samples, 0.25)).toBe(2);
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('refuses an empty sample set and a quantile outside 0..1', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('summarizes count, extremes, mean and the percentiles the table prints', () => {
    const summary = summarize(Array.from({ length: 101 }, (_, i) => i));
    expect(summary).toEqual({ count: 101, min: 0, max: 100, mean: 50, p50: 50, p95: 95, p99: 99 });
  });

  it('gives no ratio without a baseline or with a zero one', () => {
    expect(ratioOf(3, 2)).toBe(1.5);
    expect(ratioOf(3, null)).toBeNull();
    expect(ratioOf(null, 2)).toBeNull();
    expect(ratioOf(3, 0)).toBeNull();
  });

  it('rounds to three significant digits for the table and the JSON', () => {
    expect(round(0.0123456)).toBe(0.0123);
    expect(round(1234.5)).toBe(1235);
    expect(round(5.5803)).toBe(5.58);
  });
});

/**
 * Quantiles of sorted samples by linear interpolation between closest ranks
 * (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheets), so
 * that the figures match what an analyst computes from the same NDJSON.
 */
import type { UsageTime } from './summary.js';

/** The `q` quantile (0..1) of ascending `sorted`; `NaN` when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

/** The median and 90th percentile of `samples` (any order), to the millisecond, or `null` when there are none. */
export function spread(samples: readonly number[]): UsageTime | null {
  if (samples.length === 0) return null;
  // The array-like constructor copies without the iterator protocol; the typed sort is numeric.
  const sorted = new Float64Array(samples).sort();
  return {
    median: Math.round(quantileSorted(sorted, 0.5)),
    p90: Math.round(quantileSorted(sorted, 0.9)),
    n: sorted.length,
  };
}

// Small statistics for the benchmark: every figure is the median of several runs with its
// spread (min–max and the interquartile range), so one noisy run cannot decide a number.

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** 25th and 75th percentile (linear interpolation) */
  q1: number;
  q3: number;
  n: number;
}

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function spread(xs: readonly number[]): Spread {
  if (xs.length === 0) throw new Error('spread of no samples');
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), min: s[0]!, max: s.at(-1)!, q1: quantile(s, 0.25), q3: quantile(s, 0.75), n: s.length };
}

/** A seeded random source: the same seed gives the same simulated day. */
export { mulberry32 as seededRandom } from '../../src-main/core/random';

/** A uniform value in [lo, hi). */
export function uniform(random: () => number, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

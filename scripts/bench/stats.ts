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

/** A seeded random source (mulberry32): the same seed gives the same simulated day. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform value in [lo, hi). */
export function uniform(random: () => number, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

// The one seeded random source of the project: the app is handed `random` as a port, and the
// composer, test host, history generator and benchmarks seed this when they need repeatable runs.

/** mulberry32: a small, fast seeded PRNG; returns a function giving numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

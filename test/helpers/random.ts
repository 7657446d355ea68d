// Seeded generators for the tests that compare a fast reading with its definition on generated text:
// the same seed gives the same texts on every run, so a failure can be replayed.

/** Whole numbers below `n`, by the Park–Miller generator. */
export function seededInts(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
}

/** Fractions in [0, 1), by the C library's linear congruential generator. */
export function seededFractions(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

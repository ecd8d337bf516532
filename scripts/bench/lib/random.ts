/**
 * A seeded pseudo-random generator, so that the same seed always writes the same registry:
 * benchmarks compare like with like, and a failing case can be regenerated.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * An item drawn with probability ∝ 1 / (rank + flatten), as word frequencies are (Zipf's
   * law; a `flatten` above 0 makes the first items less dominant, as in Zipf–Mandelbrot).
   */
  zipf<T>(items: readonly T[], flatten?: number): T;
  /** By weight: `weighted({ adopted: 5, proposed: 2 })`. */
  weighted<K extends string>(weights: Record<K, number>): K;
  shuffle<T>(items: readonly T[]): T[];
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: string | number): Random {
  const next = sfc32(...seedWords(String(seed)));
  const zipfTables = new WeakMap<readonly unknown[], Map<number, Float64Array>>();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    zipf(items, flatten = 0) {
      let tables = zipfTables.get(items);
      if (!tables) zipfTables.set(items, (tables = new Map()));
      let table = tables.get(flatten);
      if (!table) {
        table = new Float64Array(items.length);
        let total = 0;
        for (let i = 0; i < items.length; i++) table[i] = total += 1 / (i + 1 + flatten);
        tables.set(flatten, table);
      }
      const target = next() * table[table.length - 1]!;
      let low = 0;
      let high = table.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (table[middle]! < target) low = middle + 1;
        else high = middle;
      }
      return items[low]!;
    },
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let target = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [key, weight] of entries) if ((target -= weight) < 0) return key;
      return entries[entries.length - 1]![0];
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    sample: (items, count) => random.shuffle(items).slice(0, count),
  };
  return random;
}

/** Four 32-bit words from a string (cyrb128), to start sfc32 anywhere in its period. */
function seedWords(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Small, fast and well distributed (PractRand-tested); plenty for test data. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

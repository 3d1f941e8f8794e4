/**
 * A small seeded pseudo-random generator. Demo data, tests and benchmarks must be
 * reproducible from a number, on every machine and Node version, which Math.random is not.
 * Not for anything secret.
 */

// Bound once: inside a vm sandbox (Jest) every lookup of a global such as Math goes through
// an interceptor and makes a draw some fifty times slower.
const { imul, floor, max: maxOf, min: minOf } = Math;
const { isInteger } = Number;

/** mulberry32: 32-bit state, fast, good enough statistics for test data. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Folds numbers and strings into one 32-bit seed (FNV-1a over their UTF-16 code units), so a
 * sub-stream can be named ("names", 42) instead of depending on how many draws came before.
 */
export function deriveSeed(...parts: (number | string)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part >>> 0}` : `$${part}`;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Convenience draws on top of mulberry32. Every method consumes the stream deterministically. */
export class SeededRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!isInteger(min) || !isInteger(max) || max < min) {
      throw new RangeError(`bad integer range [${min}, ${max}]`);
    }
    return min + floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[floor(this.next() * items.length)] as T;
  }

  /** Picks an item with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += maxOf(0, weightOf(item));
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let r = this.next() * total;
    for (const item of items) {
      r -= maxOf(0, weightOf(item));
      if (r < 0) return item;
    }
    // Floating-point leftovers land on the last item with weight.
    for (let i = items.length - 1; i >= 0; i -= 1) {
      if (weightOf(items[i] as T) > 0) return items[i] as T;
    }
    throw new RangeError('unreachable');
  }

  /** Index drawn from a list of weights (weights ≥ 0, not all 0). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += maxOf(0, w);
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let r = this.next() * total;
    let last = -1;
    for (let i = 0; i < weights.length; i += 1) {
      const w = maxOf(0, weights[i] as number);
      if (w === 0) continue;
      last = i;
      r -= w;
      if (r < 0) return i;
    }
    return last;
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = floor(this.next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** k distinct items (fewer if the list is shorter), in draw order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = minOf(k, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + floor(this.next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }
}

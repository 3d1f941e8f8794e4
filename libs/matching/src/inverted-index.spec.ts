import { InvertedIndex } from './inverted-index';
import { SparsePool } from './sparse-pool';

function pool(vectors: [number[], number[]][]): SparsePool {
  const p = new SparsePool(4, 16);
  vectors.forEach(([terms, weights], slot) =>
    p.put(slot, { terms: Int32Array.from(terms), weights: Float32Array.from(weights) }),
  );
  return p;
}

describe('InvertedIndex', () => {
  const p = pool([
    [
      [0, 2],
      [0.6, 0.8],
    ],
    [[2], [1]],
    [
      [1, 2],
      [0.8, 0.6],
    ],
  ]);
  const alive = Uint8Array.from([1, 1, 1]);

  it('lists, per term, the slots and weights, and the largest weight', () => {
    const index = new InvertedIndex(p, 3, alive, 3);
    const t = 2;
    const from = index.offsets[t]!;
    expect([...index.slots.subarray(from, index.offsets[t + 1])]).toEqual([0, 1, 2]);
    expect(index.length(t)).toBe(3);
    expect(index.maxWeight[t]).toBe(1);
    // A fresh build has no zero postings: searches walk it without testing each weight.
    expect(index.hasZeroed).toBe(false);
  });

  it('counts a weight too small for a float32 as a zero posting', () => {
    const tiny = pool([[[0], [1e-46]]]);
    expect(new InvertedIndex(tiny, 1, Uint8Array.from([1]), 1).hasZeroed).toBe(true);
  });

  it('zeroes a removed slot’s postings and keeps added ones in side lists', () => {
    const index = new InvertedIndex(p, 3, alive, 3);
    index.remove(1, Int32Array.from([2]));
    const from = index.offsets[2]!;
    expect(index.weights[from + 1]).toBe(0);
    expect(index.hasZeroed).toBe(true);
    index.add(3, Int32Array.from([2, 5]), Float32Array.from([0.5, 0.9]));
    expect(index.length(2)).toBe(4);
    expect(index.length(5)).toBe(1);
    expect(index.maxWeight[5]).toBeCloseTo(0.9, 6);
    index.remove(3, Int32Array.from([2, 5]));
    expect(index.length(5)).toBe(0);
  });
});

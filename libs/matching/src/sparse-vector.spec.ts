import { SparsePool } from './sparse-pool';
import { dot, weighInto } from './sparse-vector';

function weighed(terms: number[], raw: number[], idf: number[], maxTerms: number, binary = false) {
  const pool = new SparsePool(1, 16);
  weighInto(
    pool,
    0,
    Int32Array.from(terms),
    Float32Array.from(raw),
    0,
    terms.length,
    Float64Array.from(idf),
    maxTerms,
    binary,
  );
  return pool.vector(0);
}

describe('weighInto', () => {
  it('weighs log(1 + tf) × idf, sorts by term and normalises', () => {
    const v = weighed([2, 0], [Math.E - 1, Math.E - 1], [1, 0, 2], 10);
    expect([...v.terms]).toEqual([0, 2]);
    expect(v.weights[0]).toBeCloseTo(1 / Math.sqrt(5), 6);
    expect(v.weights[1]).toBeCloseTo(2 / Math.sqrt(5), 6);
  });

  it('drops stop terms (idf 0) and keeps the heaviest terms, lower id on ties', () => {
    const v = weighed([5, 4, 3, 2, 1], [1, 1, 1, 1, 1], [0, 1, 1, 1, 2, 0], 2);
    expect([...v.terms]).toEqual([1, 4]);
    const ties = weighed([3, 2, 1], [1, 1, 1], [0, 1, 1, 1], 2);
    expect([...ties.terms]).toEqual([1, 2]);
  });

  it('counts presence only for a binary set', () => {
    const v = weighed([0, 1], [7, 1], [1, 1], 10, true);
    expect(v.weights[0]).toBeCloseTo(v.weights[1]!, 12);
  });
});

describe('dot', () => {
  it('merges two sorted vectors', () => {
    const a = { terms: Int32Array.from([1, 3, 5]), weights: Float32Array.from([1, 2, 3]) };
    const b = { terms: Int32Array.from([0, 3, 5, 9]), weights: Float32Array.from([4, 5, 6, 7]) };
    expect(dot(a.terms, a.weights, 0, 3, b.terms, b.weights, 0, 4)).toBe(2 * 5 + 3 * 6);
    expect(dot(a.terms, a.weights, 1, 1, b.terms, b.weights, 0, 2)).toBe(10);
  });
});

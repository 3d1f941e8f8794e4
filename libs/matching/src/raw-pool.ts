/**
 * Raw term vectors (term ids and summed token weights, unsorted) of a whole build in two
 * growable typed arrays, addressed by span: a profile read in the first pass waits for the
 * corpus IDF without a typed array of its own per need and capability.
 */
export interface RawSpan {
  start: number;
  length: number;
}

export class RawPool {
  terms: Int32Array;
  weights: Float32Array;
  used = 0;

  constructor(capacity = 1024) {
    this.terms = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  /** Room for `n` more entries; returns where they go. */
  reserve(n: number): number {
    if (this.used + n > this.terms.length) {
      const size = Math.max(this.used + n, Math.ceil(this.terms.length * 1.5));
      const terms = new Int32Array(size);
      terms.set(this.terms.subarray(0, this.used));
      const weights = new Float32Array(size);
      weights.set(this.weights.subarray(0, this.used));
      this.terms = terms;
      this.weights = weights;
    }
    const at = this.used;
    this.used += n;
    return at;
  }
}

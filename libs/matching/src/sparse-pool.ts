/**
 * Many sparse vectors in two big typed arrays, addressed by slot: one allocation instead of
 * hundreds of thousands of small ones. Replacing a slot's vector appends the new one; the
 * old entries stay as garbage until the engine is rebuilt.
 */
import { SparseVector, VectorSink } from './sparse-vector';

export class SparsePool implements VectorSink {
  terms: Int32Array;
  weights: Float32Array;
  start: Int32Array;
  length: Int32Array;
  private used = 0;
  garbage = 0;

  constructor(slots: number, entries: number) {
    this.terms = new Int32Array(Math.max(16, entries));
    this.weights = new Float32Array(Math.max(16, entries));
    this.start = new Int32Array(Math.max(16, slots));
    this.length = new Int32Array(Math.max(16, slots));
  }

  get entries(): number {
    return this.used - this.garbage;
  }

  put(slot: number, vector: SparseVector): void {
    this.putArrays(slot, vector.terms, vector.weights, vector.terms.length);
  }

  putArrays(
    slot: number,
    terms: Int32Array,
    weights: Float32Array | Float64Array,
    n: number,
  ): void {
    this.ensureSlots(slot + 1);
    if (this.used + n > this.terms.length) {
      const size = Math.max(this.used + n, Math.ceil(this.terms.length * 1.5));
      const terms = new Int32Array(size);
      terms.set(this.terms.subarray(0, this.used));
      const weights = new Float32Array(size);
      weights.set(this.weights.subarray(0, this.used));
      this.terms = terms;
      this.weights = weights;
    }
    this.garbage += this.length[slot] as number;
    const at = this.used;
    for (let i = 0; i < n; i += 1) {
      this.terms[at + i] = terms[i] as number;
      this.weights[at + i] = weights[i] as number;
    }
    this.start[slot] = this.used;
    this.length[slot] = n;
    this.used += n;
  }

  /**
   * Capacity to `used` plus `headroom` (a fraction): after a build, so that spare room is
   * neither wasted nor so small that the first upserts copy the whole pool.
   */
  trim(headroom: number): void {
    const size = Math.max(16, Math.ceil(this.used * (1 + headroom)));
    if (this.terms.length === size) return;
    const terms = new Int32Array(size);
    terms.set(this.terms.subarray(0, this.used));
    const weights = new Float32Array(size);
    weights.set(this.weights.subarray(0, this.used));
    this.terms = terms;
    this.weights = weights;
  }

  /** Bytes held in typed arrays. */
  get bytes(): number {
    return (
      this.terms.byteLength +
      this.weights.byteLength +
      this.start.byteLength +
      this.length.byteLength
    );
  }

  clear(slot: number): void {
    this.garbage += this.length[slot] as number;
    this.length[slot] = 0;
  }

  vector(slot: number): SparseVector {
    const s = this.start[slot] as number;
    const n = this.length[slot] as number;
    return { terms: this.terms.slice(s, s + n), weights: this.weights.slice(s, s + n) };
  }

  private ensureSlots(count: number): void {
    if (count <= this.start.length) return;
    const size = Math.max(count, this.start.length * 2);
    const start = new Int32Array(size);
    start.set(this.start);
    const length = new Int32Array(size);
    length.set(this.length);
    this.start = start;
    this.length = length;
  }
}

/**
 * Sums token weights of one text group (a need, a capability) into a dense scratch array by
 * term id, then moves the sums into a raw pool. One id lookup per token, no map per document:
 * a build of 100,000 organizations allocates little besides its results.
 */
import { Token } from './analyze';
import { RawPool, RawSpan } from './raw-pool';

export class TokenAccumulator {
  private scratch = new Float64Array(1024);
  private touched = new Int32Array(256);
  private count = 0;

  /** `idOf` maps a token to its term id (interning it, or undefined to ignore it). */
  constructor(private readonly idOf: (token: Token) => number | undefined) {}

  readonly add = (token: Token, weight: number): void => {
    const id = this.idOf(token);
    if (id !== undefined) this.addId(id, weight);
  };

  addId(id: number, weight: number): void {
    if (id >= this.scratch.length) {
      const grown = new Float64Array(Math.max(id + 1, this.scratch.length * 2));
      grown.set(this.scratch);
      this.scratch = grown;
    }
    if (this.scratch[id] === 0) {
      if (this.count === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.count] = id;
      this.count += 1;
    }
    this.scratch[id] = (this.scratch[id] as number) + weight;
  }

  addSpan(pool: RawPool, span: RawSpan): void {
    const end = span.start + span.length;
    for (let i = span.start; i < end; i += 1) {
      this.addId(pool.terms[i] as number, pool.weights[i] as number);
    }
  }

  /** Moves the sums so far into `pool`; the accumulator is empty afterwards. */
  takeInto(pool: RawPool): RawSpan {
    const n = this.count;
    const start = pool.reserve(n);
    for (let i = 0; i < n; i += 1) {
      const id = this.touched[i] as number;
      pool.terms[start + i] = id;
      pool.weights[start + i] = this.scratch[id] as number;
      this.scratch[id] = 0;
    }
    this.count = 0;
    return { start, length: n };
  }
}

/**
 * Posting lists over one field of every organization (capability, need or topic vectors):
 * term → (slot, weight), so a query walks only organizations that share a term with it.
 * Built once as compressed rows (three typed arrays); later upserts go to small side lists
 * and a replaced organization's built postings are zeroed in place, which keeps every list
 * sorted and every bound valid without rebuilding.
 */
import { SparsePool } from './sparse-pool';

interface SideList {
  slots: number[];
  weights: number[];
}

export class InvertedIndex {
  /** Row t of the built lists: `slots`/`weights` from `offsets[t]` to `offsets[t + 1]`. */
  readonly offsets: Int32Array;
  readonly slots: Int32Array;
  readonly weights: Float32Array;
  /** Largest weight term t has ever had in any vector: the bound a skipped list can add. */
  maxWeight: Float32Array;
  private readonly side = new Map<number, SideList>();
  private readonly builtTerms: number;
  /**
   * Whether any built posting has been zeroed. A fresh build has none, and a walk over it
   * may then count every posting as weighty (see `CandidateSearch.walk`).
   */
  hasZeroed = false;

  constructor(pool: SparsePool, slotCount: number, alive: Uint8Array, termCount: number) {
    this.builtTerms = termCount;
    const offsets = new Int32Array(termCount + 1);
    for (let s = 0; s < slotCount; s += 1) {
      if (alive[s] !== 1) continue;
      const start = pool.start[s] as number;
      const end = start + (pool.length[s] as number);
      for (let i = start; i < end; i += 1) {
        const t = pool.terms[i] as number;
        offsets[t + 1] = (offsets[t + 1] as number) + 1;
      }
    }
    for (let t = 0; t < termCount; t += 1) {
      offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    }
    const total = offsets[termCount] as number;
    this.slots = new Int32Array(total);
    this.weights = new Float32Array(total);
    this.maxWeight = new Float32Array(Math.max(16, termCount));
    const fill = offsets.slice(0, termCount);
    for (let s = 0; s < slotCount; s += 1) {
      if (alive[s] !== 1) continue;
      const start = pool.start[s] as number;
      const end = start + (pool.length[s] as number);
      for (let i = start; i < end; i += 1) {
        const t = pool.terms[i] as number;
        const w = pool.weights[i] as number;
        const at = fill[t] as number;
        this.slots[at] = s;
        this.weights[at] = w;
        // A weight too small for a float32 is a zero posting like a removed one's.
        if (this.weights[at] === 0) this.hasZeroed = true;
        fill[t] = at + 1;
        if (w > (this.maxWeight[t] as number)) this.maxWeight[t] = w;
      }
    }
    this.offsets = offsets;
  }

  /** Bytes held in typed arrays (side lists not counted: they are small). */
  get bytes(): number {
    return (
      this.offsets.byteLength +
      this.slots.byteLength +
      this.weights.byteLength +
      this.maxWeight.byteLength
    );
  }

  /** Postings of term t (built and side), for sizing and ordering the walk. */
  length(t: number): number {
    const built =
      t < this.builtTerms ? (this.offsets[t + 1] as number) - (this.offsets[t] as number) : 0;
    return built + (this.side.get(t)?.slots.length ?? 0);
  }

  sideList(t: number): SideList | undefined {
    return this.side.get(t);
  }

  /** Adds slot's vector (a slot not in the index yet). */
  add(slot: number, terms: Int32Array, weights: Float32Array): void {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i] as number;
      const w = weights[i] as number;
      let list = this.side.get(t);
      if (list === undefined) {
        list = { slots: [], weights: [] };
        this.side.set(t, list);
      }
      list.slots.push(slot);
      list.weights.push(w);
      if (t >= this.maxWeight.length) {
        const grown = new Float32Array(Math.max(t + 1, this.maxWeight.length * 2));
        grown.set(this.maxWeight);
        this.maxWeight = grown;
      }
      if (w > (this.maxWeight[t] as number)) this.maxWeight[t] = w;
    }
  }

  /** Takes slot's vector (as it was added) out: built postings are zeroed, side ones dropped. */
  remove(slot: number, terms: Int32Array): void {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i] as number;
      if (t < this.builtTerms) {
        const at = lowerBound(
          this.slots,
          this.offsets[t] as number,
          this.offsets[t + 1] as number,
          slot,
        );
        if (at < (this.offsets[t + 1] as number) && this.slots[at] === slot) {
          this.weights[at] = 0;
          this.hasZeroed = true;
        }
      }
      const list = this.side.get(t);
      if (list === undefined) continue;
      const k = list.slots.indexOf(slot);
      if (k < 0) continue;
      list.slots.splice(k, 1);
      list.weights.splice(k, 1);
      if (list.slots.length === 0) this.side.delete(t);
    }
  }
}

function lowerBound(a: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

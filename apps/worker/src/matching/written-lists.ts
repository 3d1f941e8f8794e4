/**
 * The top-K lists a worker has written in one full rescore run, by engine slot (the run's
 * engine does not change, so its slots name organizations for the whole run): which partners
 * each list holds. A pair found from both sides, in two children this worker ran, is then
 * explained and written once. Only lists whose rows have committed are recorded, so a child
 * that failed and runs again relies on nothing it did not finish.
 *
 * Arrays, not a map of id strings: the question is asked for every partner of every list
 * (a million times per worker at 100,000 organizations), and a string-keyed lookup with a
 * scan of string lists cost ≈ 1.6 µs each, most of it cache misses.
 */
export class WrittenLists {
  private readonly partners: Int32Array;
  /** Partners recorded per slot; 0 for a list not written (or written empty). */
  private readonly lengths: Uint16Array;

  constructor(
    readonly capacity: number,
    private readonly k: number,
  ) {
    if (!Number.isInteger(k) || k < 1 || k > 0xffff) throw new RangeError(`bad k ${k}`);
    this.partners = new Int32Array(capacity * k);
    this.lengths = new Uint16Array(capacity);
  }

  /** Records the list of `slot` as written: its partners' slots, at most K of them. */
  record(slot: number, partners: readonly number[]): void {
    this.check(slot);
    if (partners.length > this.k)
      throw new RangeError(`a list holds at most ${this.k} partners, got ${partners.length}`);
    this.partners.set(partners, slot * this.k);
    this.lengths[slot] = partners.length;
  }

  /** Whether the written list of `slot` holds `partner`. */
  holds(slot: number, partner: number): boolean {
    this.check(slot);
    const start = slot * this.k;
    const end = start + this.lengths[slot]!;
    const partners = this.partners;
    for (let i = start; i < end; i += 1) if (partners[i] === partner) return true;
    return false;
  }

  private check(slot: number): void {
    if (!(slot >= 0 && slot < this.capacity && Number.isInteger(slot)))
      throw new RangeError(`slot ${slot} outside 0…${this.capacity - 1}`);
  }
}

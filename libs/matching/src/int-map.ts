/**
 * Non-negative integer → integer, open addressing in typed arrays. Hangul bigrams are most
 * tokens of a build and are integers; a Map costs several times more per lookup.
 */
const EMPTY = -1;

export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  get(key: number): number | undefined {
    const keys = this.keys;
    let at = hash(key) & this.mask;
    for (;;) {
      const k = keys[at] as number;
      if (k === key) return this.values[at] as number;
      if (k === EMPTY) return undefined;
      at = (at + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    let at = hash(key) & this.mask;
    for (;;) {
      const k = keys[at] as number;
      if (k === key) {
        this.values[at] = value;
        return;
      }
      if (k === EMPTY) {
        keys[at] = key;
        this.values[at] = value;
        this.count += 1;
        return;
      }
      at = (at + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i += 1) {
      const k = oldKeys[i] as number;
      if (k !== EMPTY) this.set(k, oldValues[i] as number);
    }
  }
}

/** Spreads consecutive keys (neighbouring syllables) over the table. */
function hash(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}

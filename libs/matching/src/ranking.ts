import type { PairFactors } from './pair-scorer';

/** The one ordering of partners everywhere: score descending, then partner id ascending. */
export function compareRanked(
  a: { score: number; id: string },
  b: { score: number; id: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface Ranked {
  slot: number;
  id: string;
  score: number;
  /** The factors the score came from, where the search kept them (see `CandidateSearch`). */
  factors?: PairFactors;
}

/** The best `k` seen so far, kept sorted; `floor` is the score a newcomer must reach. */
export class TopList {
  readonly items: Ranked[] = [];

  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.items.length >= this.k;
  }

  /** The k-th best score when full, else −∞ (anything may still enter). */
  get floor(): number {
    return this.full ? (this.items[this.items.length - 1] as Ranked).score : -Infinity;
  }

  /** Whether `entry` made it into the list (it may still be pushed out later). */
  offer(entry: Ranked): boolean {
    if (this.full && compareRanked(entry, this.items[this.items.length - 1] as Ranked) >= 0)
      return false;
    let at = this.items.length;
    while (at > 0 && compareRanked(entry, this.items[at - 1] as Ranked) < 0) at -= 1;
    this.items.splice(at, 0, entry);
    if (this.items.length > this.k) this.items.pop();
    return true;
  }
}

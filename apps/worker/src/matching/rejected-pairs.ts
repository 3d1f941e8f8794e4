import type { Exclude } from '@app/matching';

/**
 * Rejected pairs gathered so far, by organization, as the engine's `exclude`. An incremental
 * rescore adds the pairs of each set of organizations as they come into view; a full rescore
 * adds them all at once.
 */
export class RejectedPairs {
  private readonly partners = new Map<string, Set<string>>();
  private readonly exclude: Exclude = (a, b) => this.partners.get(a)?.has(b) === true;

  add(rows: readonly { a: string; b: string }[]): this {
    for (const { a, b } of rows) {
      this.partnersOf(a).add(b);
      this.partnersOf(b).add(a);
    }
    return this;
  }

  /**
   * The engine's `exclude`, or undefined while there is nothing to exclude: the engine calls
   * it for every candidate it scores, and skips the call when there is none.
   */
  get excluder(): Exclude | undefined {
    return this.partners.size === 0 ? undefined : this.exclude;
  }

  private partnersOf(id: string): Set<string> {
    let set = this.partners.get(id);
    if (!set) this.partners.set(id, (set = new Set()));
    return set;
  }
}

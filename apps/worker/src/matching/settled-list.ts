import { compareRanked } from '@app/matching';

/** A partner of a list and the pair's score. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * A neighbour's top K after a change, from its stored list alone, where that is exact;
 * undefined where only a search can tell.
 *
 * `old` is the stored top K (best first, `end` its K-th score), `kept` says whether an unchanged
 * partner of it still may be suggested (an organization deleted or a pair rejected since is
 * left to the search), and `reaching` gives each changed organization's new score with the
 * list's organization where it is known (undefined otherwise; a score below `end` counts as
 * not reaching the list).
 *
 * Only the changed organizations' scores with it moved. Every organization outside the old
 * list and unchanged ranked below all K of it, and still does: the unchanged K keep their
 * scores, and a changed one still in the list now scores above `end`. So the new top K is the
 * best K of the unchanged old partners and the changed organizations that reach the list.
 * That needs the list full, and every changed organization in it strictly above `end` now:
 * at `end` itself, one left out by the id tie-break could now rank before it.
 */
export function settledList(
  old: readonly Scored[],
  end: number,
  k: number,
  changed: Iterable<string>,
  reaching: (id: string) => number | undefined,
  kept: (id: string) => boolean,
): Scored[] | undefined {
  if (old.length < k || end <= 0) return undefined;
  const changedIds = new Set(changed);
  const list: Scored[] = [];
  for (const partner of old) {
    if (changedIds.has(partner.id)) continue;
    if (!kept(partner.id)) return undefined;
    list.push(partner);
  }
  const wasIn = new Set(old.map((p) => p.id));
  for (const id of changedIds) {
    const score = reaching(id);
    if (wasIn.has(id) && !(score !== undefined && score > end)) return undefined;
    if (score !== undefined && score >= end) list.push({ id, score });
  }
  return list.sort(compareRanked).slice(0, k);
}

/** Where a computed list ends: its K-th score, or 0 while it holds fewer than K. */
export function endOf(list: readonly { score: number }[], k: number): number {
  return list.length < k ? 0 : list[k - 1]!.score;
}

/** Where a stored list ends: its K-th best score, or 0 while it holds fewer than K. */
export function listEnd(partners: Map<string, number>, k: number): number {
  if (partners.size < k) return 0;
  return [...partners.values()].sort((x, y) => y - x)[k - 1]!;
}

/** Where a list ends: its K-th score and partner; 0 and null while it holds fewer than K. */
export interface ListEnd {
  end: number;
  last: string | null;
}

/** Where a computed list ends (see `ListEnd`). */
export function endOf(list: readonly { score: number; partnerId: string }[], k: number): ListEnd {
  const at = list[k - 1];
  return list.length < k || at === undefined
    ? { end: 0, last: null }
    : { end: at.score, last: at.partnerId };
}

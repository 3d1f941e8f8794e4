/**
 * What a suggestion row keeps in `breakdown`: the explanation, oriented to the stored pair
 * (A = organization_a_id, B = organization_b_id). Items are ids only: whoever shows them
 * decides whether the viewer may read a confidential need.
 */
export interface SuggestionBreakdown {
  factors: { factor: string; value: number; weight: number; contribution: number }[];
  sharedConcepts: string[];
  matchedItems: {
    needId: string;
    capabilityId: string;
    /** A_NEEDS_B: A's need met by B's capability. */
    direction: 'A_NEEDS_B' | 'B_NEEDS_A';
    similarity: number;
  }[];
}

/**
 * The stored form. A full rescore writes a row per pair (over a million at national scale),
 * so the explanation is kept compact: numbers to 4 decimals, the 5 most telling concepts and
 * the 3 best matched items. The exact score lives in its own column.
 */
export interface StoredBreakdown {
  /** factor → [value, weight] */
  f: Record<string, [number, number]>;
  c: string[];
  /** [needId, capabilityId, 0 = A needs B | 1 = B needs A, similarity] */
  m: [string, string, 0 | 1, number][];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
export const STORED_CONCEPTS = 5;
export const STORED_ITEMS = 3;

export function encodeBreakdown(b: SuggestionBreakdown): StoredBreakdown {
  return {
    f: Object.fromEntries(b.factors.map((f) => [f.factor, [round(f.value), round(f.weight)]])),
    c: b.sharedConcepts.slice(0, STORED_CONCEPTS),
    m: b.matchedItems
      .slice(0, STORED_ITEMS)
      .map((m) => [
        m.needId,
        m.capabilityId,
        m.direction === 'A_NEEDS_B' ? 0 : 1,
        round(m.similarity),
      ]),
  };
}

export function decodeBreakdown(
  stored: Partial<StoredBreakdown> | null | undefined,
): SuggestionBreakdown {
  return {
    factors: Object.entries(stored?.f ?? {}).map(([factor, [value, weight]]) => ({
      factor,
      value,
      weight,
      contribution: value * weight,
    })),
    sharedConcepts: stored?.c ?? [],
    matchedItems: (stored?.m ?? []).map(([needId, capabilityId, direction, similarity]) => ({
      needId,
      capabilityId,
      direction: direction === 0 ? 'A_NEEDS_B' : 'B_NEEDS_A',
      similarity,
    })),
  };
}

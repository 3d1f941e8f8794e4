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

/** The factors of a pair score, in the order a stored breakdown lists their values and weights. */
export const BREAKDOWN_FACTORS = [
  'relevanceAToB',
  'relevanceBToA',
  'sharedTopics',
  'sectorFit',
  'kindComplementarity',
  'zoneSpecialisation',
  'proximity',
] as const;

/**
 * The stored form. A full rescore writes a row per pair (over a million at national scale),
 * so the explanation is kept compact: factor values and weights as two arrays in
 * BREAKDOWN_FACTORS order, numbers to 4 decimals, the 5 most telling concepts and the 3 best
 * matched items. The exact score lives in its own column.
 */
export interface StoredBreakdown {
  /** Values and weights by BREAKDOWN_FACTORS position. */
  v?: number[];
  w?: number[];
  /** Rows written before the arrays: factor → [value, weight]. Still read. */
  f?: Record<string, [number, number]>;
  c: string[];
  /** [needId, capabilityId, 0 = A needs B | 1 = B needs A, similarity] */
  m: [string, string, 0 | 1, number][];
}

export const roundStored = (x: number) => Math.round(x * 1e4) / 1e4;
export const STORED_CONCEPTS = 5;
export const STORED_ITEMS = 3;

export function encodeBreakdown(b: SuggestionBreakdown): StoredBreakdown {
  const v = BREAKDOWN_FACTORS.map(() => 0);
  const w = BREAKDOWN_FACTORS.map(() => 0);
  for (const f of b.factors) {
    const at = BREAKDOWN_FACTORS.indexOf(f.factor as (typeof BREAKDOWN_FACTORS)[number]);
    if (at < 0) throw new RangeError(`unknown factor ${f.factor}`);
    v[at] = roundStored(f.value);
    w[at] = roundStored(f.weight);
  }
  return {
    v,
    w,
    c: b.sharedConcepts.slice(0, STORED_CONCEPTS),
    m: b.matchedItems
      .slice(0, STORED_ITEMS)
      .map((m) => [
        m.needId,
        m.capabilityId,
        m.direction === 'A_NEEDS_B' ? 0 : 1,
        roundStored(m.similarity),
      ]),
  };
}

function storedFactors(stored: Partial<StoredBreakdown>): [string, number, number][] {
  if (stored.v && stored.w) {
    return BREAKDOWN_FACTORS.map((factor, i) => [factor, stored.v![i] ?? 0, stored.w![i] ?? 0]);
  }
  return Object.entries(stored.f ?? {}).map(([factor, [value, weight]]) => [factor, value, weight]);
}

export function decodeBreakdown(
  stored: Partial<StoredBreakdown> | null | undefined,
): SuggestionBreakdown {
  return {
    factors: storedFactors(stored ?? {}).map(([factor, value, weight]) => ({
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

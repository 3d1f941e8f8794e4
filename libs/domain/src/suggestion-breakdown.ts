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

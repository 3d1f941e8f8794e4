import { SuggestionScope } from '@app/domain';

import { MatchFactor } from './factors';

export interface FactorContribution {
  factor: MatchFactor;
  /** The factor's value, in [0, 1]. */
  value: number;
  /** Its share of all weights (the shares sum to 1). */
  weight: number;
  /** value × weight; the contributions sum to the score. */
  contribution: number;
}

export type MatchDirection = 'A_NEEDS_B' | 'B_NEEDS_A';

/**
 * A need of one side and the capability of the other that answers it best. Ids only, so a
 * caller can hide a confidential need's text.
 */
export interface MatchedItem {
  needId: string;
  capabilityId: string;
  direction: MatchDirection;
  /** Cosine of the two items' vectors, in [0, 1]. */
  similarity: number;
}

/** A partner of organization A, seen from A. */
export interface Suggestion {
  partnerId: string;
  /** In [0, 1]; the same from either side. */
  score: number;
  /** A's needs against the partner's capabilities, and the other way. */
  relevanceAToB: number;
  relevanceBToA: number;
  scope: SuggestionScope;
  breakdown: FactorContribution[];
  /** Concept ids both sides name, the most telling first. */
  sharedConcepts: string[];
  matchedItems: MatchedItem[];
}

/** The score of any pair, eligible for suggestion or not. */
export interface PairScore extends Suggestion {
  aId: string;
  /** False when the texts share nothing: such a pair is never suggested, whatever its score. */
  eligible: boolean;
}

/**
 * Engine configuration: factor weights and the knobs of text weighting and candidate
 * search. Weights need not sum to 1: the score divides by their sum, so it stays in [0, 1].
 */

export interface FactorWeights {
  /** Need→capability relevance; applied to each direction alike, which keeps scores symmetric. */
  relevance: number;
  /** Concepts and keywords both organizations name. */
  sharedTopics: number;
  sectorFit: number;
  kindComplementarity: number;
  zoneSpecialisation: number;
  proximity: number;
}

export interface MatchingConfig {
  weights: FactorWeights;
  /** Partners per organization when `topK` is not told otherwise. */
  k: number;
  /** Pairs scoring below this are never suggested. */
  minScore: number;
  /**
   * Relevance = min(1, gain × cosine). A need and a capability are written differently
   * (a problem, an offer), so even a perfect fit is far from cosine 1; the gain stretches the
   * useful range over [0, 1] instead of leaving relevance a small number beside the others.
   */
  relevanceGain: number;
  /** Candidates fully scored in the first round: this many times k (more when the bound asks). */
  candidateMultiple: number;
  /**
   * Terms in more than this fraction of organizations are not walked in the first round of
   * candidate search (their posting lists are long and their weights small); a bound on what
   * they can add decides whether a later round must walk them after all.
   */
  candidateMaxDocumentFraction: number;
  /**
   * Terms in more than this fraction of organizations, and in more than `stopTermMinDocuments`,
   * are stop terms: dropped from every vector. They say little about a pair, and their long
   * posting lists are most of the cost of an exact search. The floor keeps a small corpus
   * (one cluster's thousand organizations) from losing the specialty most of it shares.
   */
  stopTermDocumentFraction: number;
  /**
   * Concepts in more than this fraction of organizations (joint research, prototyping) are
   * left out of zone fit and explanations. Looser than the vectors' rule, since a common
   * sector concept still says which zone's specialisation a pair serves.
   */
  stopConceptDocumentFraction: number;
  stopTermMinDocuments: number;
  /**
   * Heaviest terms kept per organization vector (needs, capabilities, topics). The heaviest
   * are the rare, specific ones; the tail adds little to a cosine but lengthens every walk.
   */
  maxTermsPerVector: number;
  /** The same per need or capability (explanations only: which item meets which). */
  maxTermsPerItem: number;
  /** Explanation sizes. */
  sharedConceptsLimit: number;
  matchedItemsLimit: number;
}

export type MatchingConfigInput = Partial<Omit<MatchingConfig, 'weights'>> & {
  weights?: Partial<FactorWeights>;
};

export const DEFAULT_MATCHING_CONFIG: Readonly<MatchingConfig> = Object.freeze({
  weights: Object.freeze({
    relevance: 3,
    sharedTopics: 1.5,
    sectorFit: 0.75,
    kindComplementarity: 1,
    zoneSpecialisation: 0.5,
    proximity: 1.25,
  }),
  k: 20,
  minScore: 0,
  relevanceGain: 1.5,
  candidateMultiple: 2,
  candidateMaxDocumentFraction: 0.02,
  stopTermDocumentFraction: 0.03,
  stopConceptDocumentFraction: 0.5,
  stopTermMinDocuments: 300,
  maxTermsPerVector: 16,
  maxTermsPerItem: 32,
  sharedConceptsLimit: 5,
  matchedItemsLimit: 3,
});

function check(
  problems: string[],
  name: string,
  value: number,
  min: number,
  max: number,
  integer = false,
): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    problems.push(`${name} must be a number in [${min}, ${max}], got ${String(value)}`);
  } else if (integer && !Number.isInteger(value)) {
    problems.push(`${name} must be an integer, got ${value}`);
  }
}

/** Defaults overlaid with `input`, validated; throws a RangeError naming every bad field. */
export function resolveConfig(input: MatchingConfigInput = {}): MatchingConfig {
  const config: MatchingConfig = {
    ...DEFAULT_MATCHING_CONFIG,
    ...input,
    weights: { ...DEFAULT_MATCHING_CONFIG.weights, ...(input.weights ?? {}) },
  };
  const problems: string[] = [];
  for (const [name, value] of Object.entries(config.weights)) {
    check(problems, `weights.${name}`, value, 0, 1000);
  }
  const total = Object.values(config.weights).reduce((sum, w) => sum + w, 0);
  if (!(total > 0)) problems.push('weights must not all be 0');
  check(problems, 'k', config.k, 1, 10_000, true);
  check(problems, 'minScore', config.minScore, 0, 1);
  check(problems, 'relevanceGain', config.relevanceGain, 0.01, 100);
  check(problems, 'candidateMultiple', config.candidateMultiple, 1, 1000);
  check(problems, 'candidateMaxDocumentFraction', config.candidateMaxDocumentFraction, 0, 1);
  check(problems, 'stopTermDocumentFraction', config.stopTermDocumentFraction, 0.001, 1);
  check(problems, 'stopConceptDocumentFraction', config.stopConceptDocumentFraction, 0.001, 1);
  check(problems, 'stopTermMinDocuments', config.stopTermMinDocuments, 0, 1e9, true);
  check(problems, 'maxTermsPerVector', config.maxTermsPerVector, 1, 100_000, true);
  check(problems, 'maxTermsPerItem', config.maxTermsPerItem, 1, 100_000, true);
  check(problems, 'sharedConceptsLimit', config.sharedConceptsLimit, 0, 1000, true);
  check(problems, 'matchedItemsLimit', config.matchedItemsLimit, 0, 1000, true);
  if (problems.length > 0) throw new RangeError(`invalid matching config: ${problems.join('; ')}`);
  return config;
}

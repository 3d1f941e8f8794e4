/** The matching engine: pure functions over libs/domain, no framework, no I/O. */
export { ENGINE_VERSION } from './engine-version';
export { MatchingEngine } from './engine';
export { ProfileAnalyser } from './profile-analyser';
export type { EngineStats, RankedPartner, TopKOptions } from './engine';
export type { Exclude } from './candidate-search';
export { DEFAULT_MATCHING_CONFIG, resolveConfig } from './config';
export type { FactorWeights, MatchingConfig, MatchingConfigInput } from './config';
export { FACTORS } from './factors';
export type { MatchFactor } from './factors';
export type { MatchCapability, MatchNeed, MatchProfile } from './match-profile';
export type {
  FactorContribution,
  MatchDirection,
  MatchedItem,
  PairScore,
  Suggestion,
} from './suggestion';
export { analyze, CONCEPT_PREFIX, KEYWORD_PREFIX, tokenText } from './analyze';
export type { Token, TokenWeights } from './analyze';
export { matchConcepts } from './concept-matcher';
export { kindComplementarity } from './kind-complementarity';
export { sectorFit, SECTOR_FIT } from './sector-fit';
export { distanceKm, proximity, PROXIMITY, scopeOf } from './proximity';
export type { Place } from './proximity';
export { zoneSpecialisationFit } from './zone-fit';
export { compareRanked } from './ranking';
export { SCORE_PRECISION } from './pair-scorer';

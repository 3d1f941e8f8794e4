/**
 * The score of a pair of slots: each factor in [0, 1], weighted, divided by the weights'
 * sum. The hot path (`score`) returns only the number; `factors` returns every value for
 * explanations. Both compute from the pair in id order, so score(a, b) and score(b, a) are
 * the same float.
 */
import { SuggestionScope } from '@app/domain';

import { MatchingConfig } from './config';
import { kindComplementarityOfIndex } from './kind-complementarity';
import { OrgStore } from './org-store';
import { distanceKmRad, proximityOf } from './proximity';
import { sectorFitPacked } from './sector-fit';
import { dot } from './sparse-vector';

// Bound once: under Jest's vm sandbox every lookup of a global such as Math is slow.
const { max, min, round } = Math;

/** Scores are rounded to this, so that sums in another order compare equal. */
export const SCORE_PRECISION = 1e9;

export interface PairFactors {
  /** First slot's needs against the second's capabilities, and the other way. */
  relevanceXY: number;
  relevanceYX: number;
  sharedTopics: number;
  sectorFit: number;
  kindComplementarity: number;
  zoneSpecialisation: number;
  proximity: number;
  scope: SuggestionScope;
  /** Some text fit: relevance either way or a shared topic. Proximity alone is no reason. */
  eligible: boolean;
  score: number;
}

/** Up to this many distinct places, proximity is cached per place pair (P² doubles). */
const MAX_CACHED_PLACES = 1024;

/** Returned by `score` for a pair that may never be suggested. */
export const INELIGIBLE = -1;

export class PairScorer {
  /** Weights divided by their sum, relevance once per direction. */
  readonly w: {
    relevance: number;
    sharedTopics: number;
    sectorFit: number;
    kindComplementarity: number;
    zoneSpecialisation: number;
    proximity: number;
  };
  readonly gain: number;

  constructor(
    private readonly store: OrgStore,
    config: MatchingConfig,
  ) {
    const weights = config.weights;
    const total =
      2 * weights.relevance +
      weights.sharedTopics +
      weights.sectorFit +
      weights.kindComplementarity +
      weights.zoneSpecialisation +
      weights.proximity;
    this.w = {
      relevance: weights.relevance / total,
      sharedTopics: weights.sharedTopics / total,
      sectorFit: weights.sectorFit / total,
      kindComplementarity: weights.kindComplementarity / total,
      zoneSpecialisation: weights.zoneSpecialisation / total,
      proximity: weights.proximity / total,
    };
    this.gain = config.relevanceGain;
  }

  /** The rounded score, or INELIGIBLE: the hot path, no allocation. */
  score(a: number, b: number): number {
    const raw = this.compute(a, b);
    return this.eligible ? round(raw * SCORE_PRECISION) / SCORE_PRECISION : INELIGIBLE;
  }

  factors(a: number, b: number): PairFactors {
    const raw = this.compute(a, b);
    return {
      relevanceXY: this.relXY,
      relevanceYX: this.relYX,
      sharedTopics: this.topicsValue,
      sectorFit: this.sectorValue,
      kindComplementarity: this.kindValue,
      zoneSpecialisation: this.zoneValue,
      proximity: this.proximityValue,
      scope: this.scopeValue,
      eligible: this.eligible,
      score: round(raw * SCORE_PRECISION) / SCORE_PRECISION,
    };
  }

  // The last pair computed.
  private relXY = 0;
  private relYX = 0;
  private topicsValue = 0;
  private sectorValue = 0;
  private kindValue = 0;
  private zoneValue = 0;
  private proximityValue = 0;
  private scopeValue: SuggestionScope = SuggestionScope.CROSS_ZONE;
  private eligible = false;

  /**
   * Every factor of the pair, left in the fields above, and the unrounded score. Symmetric to
   * the bit: each factor is (dot products merge both vectors in term order; the tables are
   * symmetric), and swapping the two relevance terms, the only ones that trade places, is
   * exact because addition of two floats commutes.
   */
  private compute(x: number, y: number): number {
    const s = this.store;
    const relXY = this.relevance(x, y);
    const relYX = this.relevance(y, x);
    const topics = this.topics(x, y);
    const zoneFit = this.zoneFit(x, y);
    const sector = sectorFitPacked(
      s.divisions,
      x,
      s.divisionCount[x] as number,
      y,
      s.divisionCount[y] as number,
    );
    const kind = kindComplementarityOfIndex(s.kind[x] as number, s.kind[y] as number);
    const scope = this.scope(x, y);
    const prox = this.proximityOf(x, y, scope);
    const w = this.w;
    this.relXY = relXY;
    this.relYX = relYX;
    this.topicsValue = topics;
    this.sectorValue = sector;
    this.kindValue = kind;
    this.zoneValue = zoneFit;
    this.proximityValue = prox;
    this.scopeValue = scope;
    this.eligible = relXY > 0 || relYX > 0 || topics > 0;
    return (
      w.relevance * relXY +
      w.relevance * relYX +
      w.sharedTopics * topics +
      w.sectorFit * sector +
      w.kindComplementarity * kind +
      w.zoneSpecialisation * zoneFit +
      w.proximity * prox
    );
  }

  scope(a: number, b: number): SuggestionScope {
    const s = this.store;
    if (s.complex[a] === s.complex[b]) return SuggestionScope.SAME_COMPLEX;
    if (s.cluster[a] === s.cluster[b]) return SuggestionScope.SAME_CLUSTER;
    if (s.zone[a] === s.zone[b]) return SuggestionScope.SAME_ZONE;
    return SuggestionScope.CROSS_ZONE;
  }

  /** Proximity of two slots; by place pair from a table, as places are few. */
  proximityOf(a: number, b: number, scope: SuggestionScope): number {
    if (scope === SuggestionScope.SAME_COMPLEX) return 1;
    const s = this.store;
    const pa = s.place[a] as number;
    const pb = s.place[b] as number;
    const places = s.placeCount;
    if (places <= MAX_CACHED_PLACES) {
      if (this.proximityCache.length < places * places) this.resizeProximityCache(places);
      const key = pa < pb ? pa * this.cacheStride + pb : pb * this.cacheStride + pa;
      const cached = this.proximityCache[key] as number;
      if (cached === cached) return cached;
      const value = this.proximityUncached(a, b, scope);
      this.proximityCache[key] = value;
      return value;
    }
    return this.proximityUncached(a, b, scope);
  }

  private proximityCache = new Float64Array(0);
  private cacheStride = 0;

  private resizeProximityCache(places: number): void {
    const stride = min(MAX_CACHED_PLACES, max(places, this.cacheStride * 2, 64));
    this.proximityCache = new Float64Array(stride * stride).fill(NaN);
    this.cacheStride = stride;
  }

  private proximityUncached(a: number, b: number, scope: SuggestionScope): number {
    const s = this.store;
    const km = distanceKmRad(
      s.lat[a] as number,
      s.lng[a] as number,
      s.cosLat[a] as number,
      s.lat[b] as number,
      s.lng[b] as number,
      s.cosLat[b] as number,
    );
    return proximityOf(scope, km);
  }

  /** min(1, gain × cosine) of a's needs against b's capabilities. */
  relevance(a: number, b: number): number {
    const need = this.store.need;
    const cap = this.store.capability;
    const cosine = dot(
      need.terms,
      need.weights,
      need.start[a] as number,
      need.length[a] as number,
      cap.terms,
      cap.weights,
      cap.start[b] as number,
      cap.length[b] as number,
    );
    return min(1, this.gain * cosine);
  }

  /** Cosine of the topic vectors. */
  private topics(a: number, b: number): number {
    const p = this.store.topics;
    const cosine = dot(
      p.terms,
      p.weights,
      p.start[a] as number,
      p.length[a] as number,
      p.terms,
      p.weights,
      p.start[b] as number,
      p.length[b] as number,
    );
    return min(1, cosine);
  }

  /** Of the concepts both name, the share in either zone's specialisation. */
  zoneFit(a: number, b: number): number {
    const s = this.store;
    const p = s.concepts;
    const zoneBits = (2 << (s.zone[a] as number)) | (2 << (s.zone[b] as number));
    let i = p.start[a] as number;
    let j = p.start[b] as number;
    const iEnd = i + (p.length[a] as number);
    const jEnd = j + (p.length[b] as number);
    let shared = 0;
    let fitting = 0;
    while (i < iEnd && j < jEnd) {
      const ta = p.terms[i] as number;
      const tb = p.terms[j] as number;
      if (ta === tb) {
        shared += 1;
        if (((s.termFlags[ta] as number) & zoneBits) !== 0) fitting += 1;
        i += 1;
        j += 1;
      } else if (ta < tb) i += 1;
      else j += 1;
    }
    return shared === 0 ? 0 : fitting / shared;
  }
}

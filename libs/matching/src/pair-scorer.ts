/**
 * The score of a pair of slots: each factor in [0, 1], weighted, divided by the weights'
 * sum. The hot path (`score`) returns only the number; `factors` returns every value for
 * explanations. Both compute from the pair in id order, so score(a, b) and score(b, a) are
 * the same float.
 */
import { SuggestionScope } from '@app/domain';

import { MatchingConfig } from './config';
import { kindComplementarityOfIndex } from './kind-complementarity';
import {
  CONTEXT_STRIDE,
  OrgStore,
  SPAN_CAPABILITY,
  SPAN_CONCEPTS,
  SPAN_NEED,
  SPAN_STRIDE,
  SPAN_TOPICS,
} from './org-store';
import { distanceKmRad, proximityOf } from './proximity';
import { sectorFitOfContext } from './sector-fit';
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

/** Offset of a vector's last entry from its first (0 for an empty one: no read out of bounds). */
function lastOffset(length: number): number {
  return length > 0 ? length - 1 : 0;
}

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
    this.compute(a, b);
    return this.lastFactors();
  }

  /** The factors of the pair `score` or `factors` computed last. */
  lastFactors(): PairFactors {
    const raw = this.raw;
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
  private raw = 0;

  /**
   * Every factor of the pair, left in the fields above, and the unrounded score. Symmetric to
   * the bit: each factor is (dot products merge both vectors in term order; the tables are
   * symmetric), and swapping the two relevance terms, the only ones that trade places, is
   * exact because addition of two floats commutes.
   *
   * Reads the second slot's data from two packed records (`spans`, `context`) and the rest
   * from small tables by place: the second slot is usually one the search has just met, and
   * each separate per-slot array it read was a cache miss of its own.
   */
  private compute(x: number, y: number): number {
    const s = this.store;
    const spans = s.spans;
    const sx = x * SPAN_STRIDE;
    const sy = y * SPAN_STRIDE;
    this.touch(x, sx);
    this.touch(y, sy);
    const relXY = this.relevanceAt(sx, sy);
    const relYX = this.relevanceAt(sy, sx);
    const topics = this.topicsAt(sx, sy);
    const context = s.context;
    const cx = x * CONTEXT_STRIDE;
    const cy = y * CONTEXT_STRIDE;
    const placeX = context[cx]!;
    const placeY = context[cy]!;
    const zoneFit = this.zoneFitAt(
      spans[sx + SPAN_CONCEPTS]!,
      spans[sx + SPAN_CONCEPTS + 1]!,
      spans[sy + SPAN_CONCEPTS]!,
      spans[sy + SPAN_CONCEPTS + 1]!,
      s.placeZone[placeX]!,
      s.placeZone[placeY]!,
    );
    const sector = sectorFitOfContext(context, cx, cy);
    const kind = kindComplementarityOfIndex(context[cx + 1]! & 0xff, context[cy + 1]! & 0xff);
    const scope = this.scopeOfPlaces(placeX, placeY);
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
    return (this.raw =
      w.relevance * relXY +
      w.relevance * relYX +
      w.sharedTopics * topics +
      w.sectorFit * sector +
      w.kindComplementarity * kind +
      w.zoneSpecialisation * zoneFit +
      w.proximity * prox);
  }

  /**
   * Loads the first and last entry of each of the slot's vectors and its context record, all
   * at once and independent of each other. The second slot's data is usually in no cache
   * (the search meets slots in no order), and the merges below would wait for each miss in
   * turn; issued together, the misses overlap. The sum is kept only so that the loads stay.
   */
  private touch(slot: number, at: number): void {
    const s = this.store;
    const spans = s.spans;
    const need = spans[at + SPAN_NEED]!;
    const needLast = need + lastOffset(spans[at + SPAN_NEED + 1]!);
    const cap = spans[at + SPAN_CAPABILITY]!;
    const capLast = cap + lastOffset(spans[at + SPAN_CAPABILITY + 1]!);
    const topics = spans[at + SPAN_TOPICS]!;
    const topicsLast = topics + lastOffset(spans[at + SPAN_TOPICS + 1]!);
    const concepts = spans[at + SPAN_CONCEPTS]!;
    this.touchedSum =
      (s.need.terms[need]! ^
        s.need.terms[needLast]! ^
        s.capability.terms[cap]! ^
        s.capability.terms[capLast]! ^
        s.topics.terms[topics]! ^
        s.topics.terms[topicsLast]! ^
        s.concepts.terms[concepts]! ^
        s.context[slot * CONTEXT_STRIDE]!) +
      s.need.weights[need]! +
      s.need.weights[needLast]! +
      s.capability.weights[cap]! +
      s.capability.weights[capLast]! +
      s.topics.weights[topics]! +
      s.topics.weights[topicsLast]!;
  }

  /** What `touch` loaded, summed: public only so that nothing treats it as dead. */
  touchedSum = 0;

  scope(a: number, b: number): SuggestionScope {
    const context = this.store.context;
    return this.scopeOfPlaces(context[a * CONTEXT_STRIDE]!, context[b * CONTEXT_STRIDE]!);
  }

  /** A place is one complex, cluster and zone: the scope of two slots is that of their places. */
  private scopeOfPlaces(pa: number, pb: number): SuggestionScope {
    const s = this.store;
    if (s.placeComplex[pa] === s.placeComplex[pb]) return SuggestionScope.SAME_COMPLEX;
    if (s.placeCluster[pa] === s.placeCluster[pb]) return SuggestionScope.SAME_CLUSTER;
    if (s.placeZone[pa] === s.placeZone[pb]) return SuggestionScope.SAME_ZONE;
    return SuggestionScope.CROSS_ZONE;
  }

  /** Proximity of two slots; by place pair from a table, as places are few. */
  proximityOf(a: number, b: number, scope: SuggestionScope): number {
    if (scope === SuggestionScope.SAME_COMPLEX) return 1;
    const s = this.store;
    const pa = s.context[a * CONTEXT_STRIDE]!;
    const pb = s.context[b * CONTEXT_STRIDE]!;
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
    return this.relevanceAt(a * SPAN_STRIDE, b * SPAN_STRIDE);
  }

  /** `relevance` of the slots whose `spans` records start at `ra` and `rb`. */
  private relevanceAt(ra: number, rb: number): number {
    const need = this.store.need;
    const cap = this.store.capability;
    const spans = this.store.spans;
    const cosine = dot(
      need.terms,
      need.weights,
      spans[ra + SPAN_NEED]!,
      spans[ra + SPAN_NEED + 1]!,
      cap.terms,
      cap.weights,
      spans[rb + SPAN_CAPABILITY]!,
      spans[rb + SPAN_CAPABILITY + 1]!,
    );
    return min(1, this.gain * cosine);
  }

  /** Cosine of the topic vectors of the slots whose `spans` records start at `ra` and `rb`. */
  private topicsAt(ra: number, rb: number): number {
    const p = this.store.topics;
    const spans = this.store.spans;
    const cosine = dot(
      p.terms,
      p.weights,
      spans[ra + SPAN_TOPICS]!,
      spans[ra + SPAN_TOPICS + 1]!,
      p.terms,
      p.weights,
      spans[rb + SPAN_TOPICS]!,
      spans[rb + SPAN_TOPICS + 1]!,
    );
    return min(1, cosine);
  }

  /** Of the concepts both name, the share in either zone's specialisation. */
  zoneFit(a: number, b: number): number {
    const s = this.store;
    const spans = s.spans;
    const ra = a * SPAN_STRIDE + SPAN_CONCEPTS;
    const rb = b * SPAN_STRIDE + SPAN_CONCEPTS;
    const context = s.context;
    return this.zoneFitAt(
      spans[ra]!,
      spans[ra + 1]!,
      spans[rb]!,
      spans[rb + 1]!,
      s.placeZone[context[a * CONTEXT_STRIDE]!]!,
      s.placeZone[context[b * CONTEXT_STRIDE]!]!,
    );
  }

  /** `zoneFit` of two concept vectors (start, length) in zones `zoneA` and `zoneB`. */
  private zoneFitAt(
    startA: number,
    lengthA: number,
    startB: number,
    lengthB: number,
    zoneA: number,
    zoneB: number,
  ): number {
    const terms = this.store.concepts.terms;
    const flags = this.store.termFlags;
    const zoneBits = (2 << zoneA) | (2 << zoneB);
    let i = startA;
    let j = startB;
    const iEnd = i + lengthA;
    const jEnd = j + lengthB;
    let shared = 0;
    let fitting = 0;
    while (i < iEnd && j < jEnd) {
      const ta = terms[i]!;
      const tb = terms[j]!;
      if (ta === tb) {
        shared += 1;
        if ((flags[ta]! & zoneBits) !== 0) fitting += 1;
        i += 1;
        j += 1;
      } else if (ta < tb) i += 1;
      else j += 1;
    }
    return shared === 0 ? 0 : fitting / shared;
  }
}

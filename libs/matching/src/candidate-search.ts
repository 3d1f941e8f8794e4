/**
 * Exact top-K partners of one organization without scoring all pairs.
 *
 * The text part of a score is three dot products (A's needs · B's capabilities, B's needs ·
 * A's capabilities, topics · topics), so it is accumulated along the posting lists of A's own
 * terms, and only organizations sharing a term are ever looked at. Lists are walked from the
 * shortest (rarest terms) on. What the lists not walked could still add to any organization
 * is bounded per field by min(Σ q·maxWeight, ‖q_unwalked‖₂) (vectors have unit length, so
 * Cauchy–Schwarz gives the second); sector, kind and proximity are computed exactly from
 * per-search tables, zone fit is bounded by 1.
 *
 * Rounds: (1) walk the lists of terms in at most `candidateMaxDocumentFraction` of the
 * organizations and fully score the best M = candidateMultiple·k by partial sum: that gives
 * a K-th best score, the floor; (2) walk further lists until an organization touched by none
 * of them provably stays below the floor; (3) fully score every touched organization whose
 * bound still reaches the floor, best bound first, raising the floor as better partners come.
 * Nothing skipped can reach the final top K, so the result equals scoring every pair — the
 * exactness test holds the engine to that.
 */

import { MatchingConfig } from './config';
import { InvertedIndex } from './inverted-index';
import { KIND_INDEX, kindComplementarityOfIndex } from './kind-complementarity';
import { CONTEXT_STRIDE, OrgStore, PLACE_CODE_OTHER } from './org-store';
import { INELIGIBLE, PairScorer } from './pair-scorer';
import { compareRanked, Ranked, TopList } from './ranking';
import { divisionRow } from './sector-fit';
import { SparsePool } from './sparse-pool';

// Bound once: under Jest's vm sandbox every lookup of a global such as Math is slow.
const { ceil, max, min, sqrt } = Math;

/** Slack for float differences between partial sums (Float32) and rounded scores. */
const EPSILON = 1e-4;
/** Walking stops once the unwalked lists could add at most this to any text part. */
const TIGHT_ENOUGH = 0.01;

const FIELDS = 3;
/** Organization kinds: `KIND_INDEX` numbers them 0 … KINDS − 1. */
const KINDS = Object.keys(KIND_INDEX).length;

export interface SearchIndexes {
  capability: InvertedIndex;
  need: InvertedIndex;
  topics: InvertedIndex;
}

export interface SearchStats {
  searches: number;
  postingsWalked: number;
  pairsScored: number;
}

interface Entry {
  index: InvertedIndex;
  field: number;
  term: number;
  /** A's weight of the term. */
  query: number;
  /** Its weight in the score: query × the field's coefficient. */
  coef: number;
  length: number;
}

export type Exclude = (aId: string, bId: string) => boolean;

export class CandidateSearch {
  /**
   * Partial text score by slot, all fields together (factor weights applied). Float32 keeps
   * it in cache at 100,000 slots; its rounding is far inside EPSILON. Zero means untouched,
   * and every touched slot is reset to zero after the search.
   */
  private acc = new Float32Array(0);
  private scored: Int32Array = new Int32Array(0);
  private epoch = 0;
  private touched: Int32Array = new Int32Array(1024);
  private touchedCount = 0;
  /** Proximity from the searching organization by place, valid where `placeMark` = epoch. */
  private proximityByPlace = new Float64Array(0);
  private placeMark: Int32Array = new Int32Array(0);
  /** Per place code and kind, the most context can add to a slot there (see `contextTable`). */
  private readonly placeBound = new Float64Array((PLACE_CODE_OTHER + 1) * KINDS);
  readonly stats: SearchStats = { searches: 0, postingsWalked: 0, pairsScored: 0 };

  constructor(
    private readonly store: OrgStore,
    private readonly scorer: PairScorer,
    private readonly config: MatchingConfig,
  ) {}

  /**
   * The best `k` partners of slot `a` scoring at least `minScore`, best first, ties on id.
   */
  search(
    a: number,
    indexes: SearchIndexes,
    k: number,
    minScore: number,
    exclude?: Exclude,
  ): Ranked[] {
    return this.guarded(() => this.run(a, indexes, k, minScore, exclude));
  }

  /**
   * The organizations whose own list `a` reaches: every b with score(a, b) ≥ max(ends[b],
   * minScore), best first (`ends` by slot: where each b's top K ends, 0 while it holds fewer
   * than K). A reverse search: each b has its own bar, so no floor prunes the walk; every list
   * of `a` is walked, which leaves each touched b's text part bounded by its partial sum and
   * every untouched b ineligible (no text in common). Only b whose bound reaches its own bar
   * is scored.
   */
  reaching(
    a: number,
    indexes: SearchIndexes,
    ends: Float64Array,
    minScore: number,
    exclude?: Exclude,
  ): Ranked[] {
    return this.guarded(() => this.reach(a, indexes, ends, minScore, exclude));
  }

  private guarded<T>(search: () => T): T {
    this.prepare();
    this.stats.searches += 1;
    try {
      return search();
    } finally {
      // The accumulator is shared by every search: it must be clean even if `exclude` threw.
      this.reset();
    }
  }

  private reach(
    a: number,
    indexes: SearchIndexes,
    ends: Float64Array,
    minScore: number,
    exclude?: Exclude,
  ): Ranked[] {
    const store = this.store;
    const w = this.scorer.w;
    for (const e of this.allEntries(a, indexes)) this.walk(e);
    const textCap = 2 * w.relevance + w.sharedTopics;
    const context = this.contextTable(a);
    const acc = this.acc;
    const out: Ranked[] = [];
    for (let i = 0; i < this.touchedCount; i += 1) {
      const b = this.touched[i]!;
      if (b === a) continue;
      const bar = max(ends[b] ?? 0, minScore);
      const text = min(textCap, acc[b]!);
      // Cheapest test first: most touched slots fail on their partial sum alone.
      if (text + context.max < bar - EPSILON) continue;
      const certain = text + context.of(b);
      if (certain + w.zoneSpecialisation * this.scorer.zoneFit(a, b) < bar - EPSILON) continue;
      const id = store.ids[b]!;
      if (exclude !== undefined && exclude(store.ids[a]!, id)) continue;
      this.stats.pairsScored += 1;
      const score = this.scorer.score(a, b);
      if (score !== INELIGIBLE && score >= bar)
        out.push({ slot: b, id, score, factors: undefined });
    }
    return out.sort(compareRanked);
  }

  private run(
    a: number,
    indexes: SearchIndexes,
    k: number,
    minScore: number,
    exclude?: Exclude,
  ): Ranked[] {
    const store = this.store;
    const w = this.scorer.w;
    const gain = this.scorer.gain;
    const coef = [w.relevance * gain, w.relevance * gain, w.sharedTopics];
    const cap = [w.relevance, w.relevance, w.sharedTopics];
    const entries = this.allEntries(a, indexes).sort(
      (x, y) => x.length - y.length || y.query - x.query || x.field - y.field || x.term - y.term,
    );

    // What the lists not walked may still add, per field: Σ q·maxWeight and Σ q².
    const linear = [0, 0, 0];
    const squares = [0, 0, 0];
    for (const e of entries) {
      linear[e.field]! += e.query * e.index.maxWeight[e.term]!;
      squares[e.field]! += e.query * e.query;
    }
    const unwalked = [0, 0, 0];
    const refresh = (): void => {
      for (let f = 0; f < FIELDS; f += 1) {
        unwalked[f] = max(0, min(linear[f]!, sqrt(max(0, squares[f]!))));
      }
    };
    const textCap = cap[0]! + cap[1]! + cap[2]!;
    /** What the lists not walked may add to any text part. */
    const rest = (): number =>
      min(cap[0]!, coef[0]! * unwalked[0]!) +
      min(cap[1]!, coef[1]! * unwalked[1]!) +
      min(cap[2]!, coef[2]! * unwalked[2]!);
    const context = this.contextTable(a);
    let next = 0;
    const walkNext = (): void => {
      const e = entries[next++]!;
      this.walk(e);
      linear[e.field]! -= e.query * e.index.maxWeight[e.term]!;
      squares[e.field]! -= e.query * e.query;
      if (next === entries.length) {
        linear.fill(0);
        squares.fill(0);
      }
    };

    // Round 1.
    const shortList = this.config.candidateMaxDocumentFraction * max(1, store.liveCount);
    while (next < entries.length && entries[next]!.length <= shortList) walkNext();
    refresh();
    const top = new TopList(k);
    const floor = (): number => max(minScore, top.floor) - EPSILON;
    const consider = (b: number): void => {
      this.scored[b] = this.epoch;
      const id = store.ids[b]!;
      if (exclude !== undefined && exclude(store.ids[a]!, id)) return;
      this.stats.pairsScored += 1;
      const score = this.scorer.score(a, b);
      if (score === INELIGIBLE || score < minScore) return;
      const entry: Ranked = { slot: b, id, score, factors: undefined };
      // Kept for the partners that enter the list: explaining them then scores nothing again.
      if (top.offer(entry)) entry.factors = this.scorer.lastFactors();
    };
    for (const b of this.best(ceil(this.config.candidateMultiple * k), a)) consider(b);
    // Round 2. Past the point where the untouched are safe, walking on still pays while
    // what the rest could add is large enough to let many touched slots through round 3.
    while (next < entries.length && (rest() + context.max >= floor() || rest() > TIGHT_ENOUGH)) {
      walkNext();
      refresh();
    }
    // Round 3.
    const acc = this.acc;
    const r = rest();
    const bar = floor();
    const candidates: { slot: number; bound: number }[] = [];
    // Cheapest test first: most touched slots fail on their partial sum alone.
    const needed = bar - context.max - r;
    const placeCode = store.placeCode;
    const kind = store.kind;
    for (let i = 0; i < this.touchedCount; i += 1) {
      const b = this.touched[i]!;
      // Touched slots are alive: a removed one's postings are zeroed or gone.
      if (acc[b]! < needed || b === a) continue;
      // The same test with the slot's own place and kind: most fail here without reading the
      // record (two byte arrays that stay in cache; the kind alone halves what gets past).
      if (acc[b]! + r + context.byPlace[placeCode[b]! * KINDS + kind[b]!]! < bar) continue;
      const text = min(textCap, acc[b]! + r);
      const certain = text + context.of(b);
      if (certain + w.zoneSpecialisation < bar || this.scored[b] === this.epoch) continue;
      const bound = certain + w.zoneSpecialisation * this.scorer.zoneFit(a, b);
      if (bound >= bar) candidates.push({ slot: b, bound });
    }
    candidates.sort((x, y) => y.bound - x.bound || x.slot - y.slot);
    for (const c of candidates) {
      if (c.bound < floor()) break;
      consider(c.slot);
    }
    return top.items;
  }

  get bytes(): number {
    return this.acc.byteLength + this.scored.byteLength + this.touched.byteLength;
  }

  private reset(): void {
    const acc = this.acc;
    for (let i = 0; i < this.touchedCount; i += 1) acc[this.touched[i]!] = 0;
    this.touchedCount = 0;
  }

  /**
   * Sector, kind and proximity of `a` with any slot, from tables built once per search; and
   * the most any slot could get from those and zone fit together.
   */
  private contextTable(a: number): {
    of: (b: number) => number;
    max: number;
    byPlace: Float64Array;
  } {
    const store = this.store;
    const w = this.scorer.w;
    const sector = divisionRow(store.divisionsOf(a));
    const kindA = store.kind[a]!;
    const kindRow = Array.from(
      { length: KINDS },
      (_, k) => w.kindComplementarity * kindComplementarityOfIndex(kindA, k),
    );
    const proximity = this.proximityByPlace;
    const mark = this.placeMark;
    const epoch = this.epoch;
    const record = store.context;
    const of = (b: number): number => {
      const at = b * CONTEXT_STRIDE;
      const place = record[at]!;
      const kindAndCount = record[at + 1]!;
      if (mark[place] !== epoch) {
        mark[place] = epoch;
        proximity[place] = this.scorer.proximityOf(a, b, this.scorer.scope(a, b));
      }
      const count = kindAndCount >>> 8;
      let fit = 0;
      for (let i = 0; i < count; i += 1) {
        const packed = record[at + 2 + (i >> 2)]!;
        const v = sector[(packed >>> (8 * (i & 3))) & 0xff]!;
        if (v > fit) fit = v;
      }
      return w.sectorFit * fit + kindRow[kindAndCount & 0xff]! + w.proximity * proximity[place]!;
    };
    let sectorMax = 0;
    for (const v of sector) if (v > sectorMax) sectorMax = v;
    const most =
      w.sectorFit * sectorMax + w.kindComplementarity + w.proximity + w.zoneSpecialisation;
    // `most` with each place's own proximity and the slot's kind: a bound read by place code
    // and kind, two bytes per slot. Proximity is by place, so filling `proximity` here changes
    // nothing `of` returns. A hair of slack keeps it above `of` + zone fit despite rounding.
    const byPlace = this.placeBound;
    const bound = (code: number, place: number): void => {
      for (let k = 0; k < KINDS; k += 1) byPlace[code * KINDS + k] = place + kindRow[k]! + 1e-9;
    };
    const coded = min(store.placeCount, PLACE_CODE_OTHER);
    for (let p = 0; p < coded; p += 1) {
      if (mark[p] !== epoch) {
        const b = store.placeSlot[p]!;
        mark[p] = epoch;
        proximity[p] = this.scorer.proximityOf(a, b, this.scorer.scope(a, b));
      }
      bound(p, w.sectorFit * sectorMax + w.proximity * proximity[p]! + w.zoneSpecialisation);
    }
    // Places from PLACE_CODE_OTHER on share a code: their bound is the most proximity gives.
    bound(PLACE_CODE_OTHER, w.sectorFit * sectorMax + w.proximity + w.zoneSpecialisation);
    return { of, max: most, byPlace };
  }

  /** A's terms in the three fields, each with its weight in the score (see `run`'s coef). */
  private allEntries(a: number, indexes: SearchIndexes): Entry[] {
    const store = this.store;
    const w = this.scorer.w;
    const relevance = w.relevance * this.scorer.gain;
    return [
      ...this.entries(store.need, a, indexes.capability, 0, relevance),
      ...this.entries(store.capability, a, indexes.need, 1, relevance),
      ...this.entries(store.topics, a, indexes.topics, 2, w.sharedTopics),
    ];
  }

  private entries(
    pool: SparsePool,
    a: number,
    index: InvertedIndex,
    field: number,
    factor: number,
  ): Entry[] {
    const out: Entry[] = [];
    const start = pool.start[a]!;
    const end = start + pool.length[a]!;
    for (let i = start; i < end; i += 1) {
      const term = pool.terms[i]!;
      const length = index.length(term);
      const query = pool.weights[i]!;
      if (length > 0) out.push({ index, field, term, query, coef: query * factor, length });
    }
    return out;
  }

  private walk(e: Entry): void {
    const { index, term, coef } = e;
    const acc = this.acc;
    if (term < index.offsets.length - 1) {
      const slots = index.slots;
      const weights = index.weights;
      const from = index.offsets[term]!;
      const end = index.offsets[term + 1]!;
      let touched = this.touched;
      let count = this.touchedCount;
      if (count + (end - from) > touched.length) touched = this.growTouched(count + end - from);
      if (index.hasZeroed) {
        for (let i = from; i < end; i += 1) {
          const weight = weights[i]!;
          // Zero: a posting of a replaced organization; it adds nothing and touches nothing.
          if (weight === 0) continue;
          const s = slots[i]!;
          const before = acc[s]!;
          if (before === 0) touched[count++] = s;
          acc[s] = before + coef * weight;
        }
      } else {
        // Every posting weighs (> 0), so a slot is new exactly where its sum was zero. Written
        // without a branch (the slot always stored, the count moved by the comparison): whether
        // a slot is new is a coin toss early in the walk, and a mispredicted branch per posting
        // cost a third of the walk (the hottest loop of a full rescore).
        for (let i = from; i < end; i += 1) {
          const s = slots[i]!;
          const before = acc[s]!;
          touched[count] = s;
          count += ((before === 0) as unknown as number) | 0;
          acc[s] = before + coef * weights[i]!;
        }
      }
      this.touchedCount = count;
      this.stats.postingsWalked += end - from;
    }
    const side = index.sideList(term);
    if (side === undefined) return;
    if (this.touchedCount + side.slots.length > this.touched.length) {
      this.growTouched(this.touchedCount + side.slots.length);
    }
    for (let i = 0; i < side.slots.length; i += 1) {
      const s = side.slots[i]!;
      const before = acc[s]!;
      if (before === 0) this.touched[this.touchedCount++] = s;
      acc[s] = before + coef * side.weights[i]!;
    }
    this.stats.postingsWalked += side.slots.length;
  }

  private growTouched(size: number): Int32Array {
    const grown = new Int32Array(max(size, this.touched.length * 2));
    grown.set(this.touched.subarray(0, this.touchedCount));
    this.touched = grown;
    return grown;
  }

  /** The `m` touched slots (not `a`) with the highest partial sums, ties on slot. */
  private best(m: number, a: number): number[] {
    const acc = this.acc;
    const heapValue = new Float64Array(m);
    const heapSlot = new Int32Array(m);
    let size = 0;
    const less = (i: number, j: number): boolean =>
      heapValue[i]! < heapValue[j]! ||
      (heapValue[i] === heapValue[j] && heapSlot[i]! > heapSlot[j]!);
    const swap = (i: number, j: number): void => {
      const v = heapValue[i]!;
      heapValue[i] = heapValue[j]!;
      heapValue[j] = v;
      const s = heapSlot[i]!;
      heapSlot[i] = heapSlot[j]!;
      heapSlot[j] = s;
    };
    for (let t = 0; t < this.touchedCount; t += 1) {
      const s = this.touched[t]!;
      if (s === a) continue;
      const v = acc[s]!;
      if (size < m) {
        heapValue[size] = v;
        heapSlot[size] = s;
        for (let i = size++; i > 0;) {
          const p = (i - 1) >> 1;
          if (!less(i, p)) break;
          swap(i, p);
          i = p;
        }
      } else if (v > heapValue[0]! || (v === heapValue[0] && s < heapSlot[0]!)) {
        heapValue[0] = v;
        heapSlot[0] = s;
        for (let i = 0; ;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let least = i;
          if (l < size && less(l, least)) least = l;
          if (r < size && less(r, least)) least = r;
          if (least === i) break;
          swap(i, least);
          i = least;
        }
      }
    }
    return Array.from(heapSlot.subarray(0, size));
  }

  private prepare(): void {
    const n = this.store.slotCount;
    if (this.acc.length < n) {
      const size = max(this.store.capacity, this.acc.length * 2);
      this.acc = new Float32Array(size);
      this.scored = grow(this.scored, size);
    }
    const places = this.store.placeCount;
    if (this.placeMark.length < places) {
      const size = max(places, this.placeMark.length * 2);
      this.proximityByPlace = new Float64Array(size);
      this.placeMark = grow(this.placeMark, size);
    }
    this.epoch += 1;
  }
}

function grow(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}

/**
 * The matching engine: organizations in, each one's best partners out, with reasons.
 *
 * A long-lived engine (a worker) is built once from every organization, then kept current
 * with `upsert` and `remove`, each cheap. IDF stays as the build computed it: an upserted
 * organization is weighed with the build's IDF (new terms count as rare), and the others
 * keep their vectors. That keeps an update to one organization from touching all of them;
 * the price is that IDF drifts from the corpus until the next full build (the nightly
 * rescore builds afresh), so scores after upserts can differ slightly from a fresh build's.
 */
import { MatchingConfig, MatchingConfigInput, resolveConfig } from './config';
import { CandidateSearch, Exclude, SearchStats } from './candidate-search';
import { breakdown, explain, matchedItems, sharedConcepts } from './explain';
import { InvertedIndex } from './inverted-index';
import { MatchProfile } from './match-profile';
import { OrgStore } from './org-store';
import { PairFactors, PairScorer } from './pair-scorer';
import { ProfileAnalyser } from './profile-analyser';
import { Ranked } from './ranking';
import { PairScore, Suggestion } from './suggestion';

export interface TopKOptions {
  /** Partners wanted; default the configuration's k. */
  k?: number;
  /** True for a pair that must never be suggested (rejected); called with (this id, partner id). */
  exclude?: Exclude;
  /** Only partners scoring at least this; default the configuration's minScore. */
  minScore?: number;
}

/** A partner and the pair's score, without the explanation. */
export interface RankedPartner {
  partnerId: string;
  score: number;
  /** The partner's slot in the engine that ranked it (see `slotOf`). */
  slot: number;
}

export interface EngineStats extends SearchStats {
  organizations: number;
  terms: number;
  /** Vector entries held (need, capability, topics, concepts, items). */
  vectorEntries: number;
  /** Entries left behind by upserts and removals; a rebuild drops them. */
  garbageEntries: number;
  /** Typed-array memory of vectors, indexes and per-organization data. */
  typedArrayBytes: number;
}

export class MatchingEngine {
  readonly config: MatchingConfig;
  private readonly store: OrgStore;
  private readonly scorer: PairScorer;
  private readonly searcher: CandidateSearch;
  private readonly capabilityIndex: InvertedIndex;
  private readonly needIndex: InvertedIndex;
  private readonly topicIndex: InvertedIndex;
  /** Where each slot's stored top K ends (see `setListEnd`); 0 where none is known. */
  private listEnds = new Float64Array(0);
  /** The partner each slot's stored top K ends with, where recorded (see `setListEnd`). */
  private listLasts: (string | undefined)[] = [];

  /**
   * @param analyser shared by the builds of one process, it analyses each profile version
   *   once (profiles carrying a `version`); the engine is the same with or without it
   */
  constructor(
    profiles: readonly MatchProfile[],
    config: MatchingConfigInput = {},
    analyser?: ProfileAnalyser,
  ) {
    this.config = resolveConfig(config);
    this.store = OrgStore.build(profiles, this.config, analyser);
    const s = this.store;
    const terms = s.dictionary.size;
    this.capabilityIndex = new InvertedIndex(s.capability, s.slotCount, s.alive, terms);
    this.needIndex = new InvertedIndex(s.need, s.slotCount, s.alive, terms);
    this.topicIndex = new InvertedIndex(s.topics, s.slotCount, s.alive, terms);
    this.scorer = new PairScorer(s, this.config);
    this.searcher = new CandidateSearch(s, this.scorer, this.config);
  }

  /** Ids of the organizations held, ascending. */
  ids(): string[] {
    return [...this.store.slotById.keys()].sort();
  }

  has(id: string): boolean {
    return this.store.slotById.has(id);
  }

  /**
   * The organization's slot: a small integer, the same until the organization is upserted or
   * removed, below `slotCapacity`. For callers that keep per-organization state in arrays
   * while they go through many lists (a full rescore): a lookup by id string is a hash and a
   * compare of 36 characters, which over a million partners was ≈ 1.5 CPU-s per worker.
   */
  slotOf(id: string): number | undefined {
    return this.store.slotById.get(id);
  }

  /** The id held in a slot (the engine's own string: looking it up again is cheap). */
  idAt(slot: number): string {
    const id = this.store.ids[slot];
    if (id === undefined || this.store.slotById.get(id) !== slot)
      throw new RangeError(`no organization in slot ${slot}`);
    return id;
  }

  /** Every slot is below this until the engine grows. */
  get slotCapacity(): number {
    return this.store.capacity;
  }

  /**
   * The best partners of `id`: score descending, then partner id ascending. Exactly what
   * scoring every pair with `score` and sorting would give, without doing that.
   */
  topK(id: string, options: TopKOptions = {}): Suggestion[] {
    const k = this.wanted(options);
    return k === 0 ? [] : this.find(id, k, options);
  }

  /**
   * The organizations whose own top K `id` now reaches: every partner whose score with `id`
   * is at least where the partner's stored list ends (`setListEnd`; a list with fewer than K
   * partners, or none recorded, ends at 0: any eligible partner reaches it), best first. After
   * a change of `id`, these are the lists it may have entered: no bound common to all of
   * them prunes the search, each partner is held to its own.
   */
  listsReachedBy(id: string, options: Omit<TopKOptions, 'k'> = {}): RankedPartner[] {
    const a = this.slot(id);
    this.ensureListEnds();
    const minScore = options.minScore ?? this.config.minScore;
    return this.searcher
      .reaching(a, this.indexes(), this.listEnds, minScore, options.exclude)
      .map((r) => ({ partnerId: r.id, score: r.score, slot: r.slot }));
  }

  /**
   * Records where the stored top K of `id` ends: its K-th partner's score, or 0 while it holds
   * fewer than K, and that K-th partner (`last`) where known. Kept across `upsert`; unknown
   * ids are ignored (the organization is gone).
   */
  setListEnd(id: string, end: number, last?: string): void {
    const slot = this.store.slotById.get(id);
    if (slot === undefined) return;
    if (!(end >= 0 && end <= 1)) throw new RangeError(`list end must be in [0, 1], got ${end}`);
    this.ensureListEnds();
    this.listEnds[slot] = end;
    this.listLasts[slot] = end > 0 ? last : undefined;
  }

  /**
   * Whether the stored top K of `id` holds `partner` whose pair scores `score`, by where the
   * list ends: above the end it does, below it does not, at the end itself it does up to the
   * K-th partner in id order (ties rank by id). Undefined where the end cannot tell: a list
   * with fewer than K partners or none recorded, or a tie with no K-th partner recorded.
   */
  storedListHolds(id: string, partner: string, score: number): boolean | undefined {
    const slot = this.store.slotById.get(id);
    const end = slot === undefined ? 0 : (this.listEnds[slot] ?? 0);
    if (end === 0) return undefined;
    if (score !== end) return score > end;
    const last = this.listLasts[slot!];
    return last === undefined ? undefined : partner <= last;
  }

  /** Where the stored top K of `id` ends, as last recorded with `setListEnd`; 0 if none was. */
  listEndOf(id: string): number {
    const slot = this.store.slotById.get(id);
    return slot === undefined ? 0 : (this.listEnds[slot] ?? 0);
  }

  /**
   * The partners `topK` would return, without their explanations (the costly part): for
   * checking who is in a list rather than showing it.
   */
  topKRanked(id: string, options: TopKOptions = {}): RankedPartner[] {
    const k = this.wanted(options);
    return k === 0 ? [] : this.rank(id, k, options);
  }

  /**
   * What `topK` returns, from the list `topKRanked` returned for the same `id` and options:
   * the explanations without searching again.
   */
  explainRanked(id: string, ranked: readonly RankedPartner[]): Suggestion[] {
    const a = this.slot(id);
    const limits = {
      sharedConcepts: this.config.sharedConceptsLimit,
      matchedItems: this.config.matchedItemsLimit,
    };
    const ids = this.store.ids;
    return ranked.map((r) => {
      // The slot a ranked partner carries, unless the engine has changed since.
      const b =
        ids[r.slot] === r.partnerId && this.store.alive[r.slot] === 1
          ? r.slot
          : this.slot(r.partnerId);
      return explain(this.store, this.scorer, a, b, limits, this.rankedFactors(a, b));
    });
  }

  /**
   * The score of any two organizations held, with its explanation (`explain: false` leaves
   * out the shared concepts and matched items, the costly part). Symmetric: the same score
   * from either side, relevance fields swapped.
   */
  score(aId: string, bId: string, options: { explain?: boolean } = {}): PairScore {
    const a = this.slot(aId);
    const b = this.slot(bId);
    if (a === b) throw new RangeError(`cannot score ${aId} with itself`);
    const f = this.scorer.factors(a, b);
    return {
      aId,
      partnerId: bId,
      eligible: f.eligible,
      score: f.score,
      relevanceAToB: f.relevanceXY,
      relevanceBToA: f.relevanceYX,
      scope: f.scope,
      breakdown: breakdown(f, this.scorer),
      sharedConcepts:
        options.explain === false
          ? []
          : sharedConcepts(this.store, a, b, this.config.sharedConceptsLimit),
      matchedItems:
        options.explain === false
          ? []
          : matchedItems(this.store, a, b, this.config.matchedItemsLimit),
    };
  }

  /** Adds or replaces an organization. */
  upsert(profile: MatchProfile): void {
    this.lastRanked = undefined;
    const old = this.store.slotById.get(profile.id);
    const slot = this.store.add(profile);
    this.ensureListEnds();
    if (old !== undefined) {
      // The stored list is the same list until it is computed again.
      this.listEnds[slot] = this.listEnds[old]!;
      this.listEnds[old] = 0;
      this.listLasts[slot] = this.listLasts[old];
      this.listLasts[old] = undefined;
      this.drop(old);
    }
    this.index(slot);
  }

  /** Forgets an organization; unknown ids are ignored (removal is idempotent). */
  remove(id: string): void {
    this.lastRanked = undefined;
    const slot = this.store.slotById.get(id);
    if (slot === undefined) return;
    if (slot < this.listEnds.length) this.listEnds[slot] = 0;
    this.listLasts[slot] = undefined;
    this.drop(slot);
  }

  /** Counters since the build, and sizes. */
  stats(): EngineStats {
    const s = this.store;
    const pools = [s.need, s.capability, s.topics, s.concepts, s.items];
    const indexes = [this.capabilityIndex, this.needIndex, this.topicIndex];
    return {
      ...this.searcher.stats,
      organizations: s.liveCount,
      terms: s.dictionary.size,
      vectorEntries: pools.reduce((sum, p) => sum + p.entries, 0),
      garbageEntries: pools.reduce((sum, p) => sum + p.garbage, 0),
      typedArrayBytes:
        s.bytes +
        indexes.reduce((sum, i) => sum + i.bytes, 0) +
        this.searcher.bytes +
        this.listEnds.byteLength,
    };
  }

  /** Room for a list end per slot (slots grow with upserts). */
  private ensureListEnds(): void {
    const needed = this.store.capacity;
    if (this.listEnds.length >= needed) return;
    const grown = new Float64Array(needed);
    grown.set(this.listEnds);
    this.listEnds = grown;
  }

  /** The k asked for, or the configuration's. */
  private wanted(options: TopKOptions): number {
    const k = options.k ?? this.config.k;
    if (!Number.isInteger(k) || k < 0)
      throw new RangeError(`k must be a non-negative integer, got ${k}`);
    return k;
  }

  private rank(id: string, k: number, options: TopKOptions): RankedPartner[] {
    const a = this.slot(id);
    const found = this.search(a, k, options);
    this.lastRanked = { slot: a, found };
    return found.map((r) => ({ partnerId: r.id, score: r.score, slot: r.slot }));
  }

  /**
   * The last list `rank` searched, with the factors of each partner: a full rescore explains
   * each list right after ranking it, and scoring every pair a second time for its
   * explanation cost ≈ 1 CPU-s per worker at 100,000. Forgotten on any change of the data.
   */
  private lastRanked: { slot: number; found: Ranked[] } | undefined;

  /** The factors of (a, b) as the last search of `a` found them, if it did. */
  private rankedFactors(a: number, b: number): PairFactors | undefined {
    const last = this.lastRanked;
    if (last?.slot !== a) return undefined;
    for (const r of last.found) if (r.slot === b) return r.factors;
    return undefined;
  }

  private find(id: string, k: number, options: TopKOptions): Suggestion[] {
    const a = this.slot(id);
    const limits = {
      sharedConcepts: this.config.sharedConceptsLimit,
      matchedItems: this.config.matchedItemsLimit,
    };
    return this.search(a, k, options).map((r) =>
      explain(this.store, this.scorer, a, r.slot, limits, r.factors),
    );
  }

  private search(a: number, k: number, options: TopKOptions) {
    const minScore = options.minScore ?? this.config.minScore;
    return this.searcher.search(a, this.indexes(), k, minScore, options.exclude);
  }

  private indexes() {
    return { capability: this.capabilityIndex, need: this.needIndex, topics: this.topicIndex };
  }

  private index(slot: number): void {
    const s = this.store;
    for (const [pool, index] of [
      [s.capability, this.capabilityIndex],
      [s.need, this.needIndex],
      [s.topics, this.topicIndex],
    ] as const) {
      const v = pool.vector(slot);
      index.add(slot, v.terms, v.weights);
    }
  }

  private drop(slot: number): void {
    const s = this.store;
    for (const [pool, index] of [
      [s.capability, this.capabilityIndex],
      [s.need, this.needIndex],
      [s.topics, this.topicIndex],
    ] as const) {
      index.remove(slot, pool.vector(slot).terms);
    }
    s.free(slot);
  }

  private slot(id: string): number {
    const slot = this.store.slotById.get(id);
    if (slot === undefined) throw new RangeError(`unknown organization ${id}`);
    return slot;
  }
}

/**
 * Everything the engine keeps per organization, in slots of typed arrays: vectors in pools,
 * places and kinds as numbers. Slots are in id order after a build (upserts append), and
 * profile texts are not kept: at 100,000 organizations they would be most of the memory.
 */
import { OrganizationKind, ZONE_CODES, ZONE_SPECIALISATION, ZoneCode } from '@app/domain';

import { CONCEPT_PREFIX, Token } from './analyze';
import { MatchingConfig } from './config';
import { KIND_INDEX } from './kind-complementarity';
import { MatchProfile } from './match-profile';
import { RawPool, RawSpan } from './raw-pool';
import { RawProfile, readProfile } from './raw-profile';
import { divisionsOf, MAX_DIVISIONS } from './sector-fit';
import { SparsePool } from './sparse-pool';
import { SparseVector, weighInto } from './sparse-vector';
import { TermDictionary } from './term-dictionary';
import { AnalysedProfile, ProfileAnalyser } from './profile-analyser';
import { TokenAccumulator } from './token-accumulator';

export { MAX_DIVISIONS };

/** Int32 entries per slot in `context`. */
export const CONTEXT_STRIDE = 4;

/**
 * Int32 entries per slot in `spans`: start and length of its need, capability, topic and
 * concept vectors, in that order (`SPAN_NEED` … `SPAN_CONCEPTS` are the offsets).
 */
export const SPAN_STRIDE = 8;
export const SPAN_NEED = 0;
export const SPAN_CAPABILITY = 2;
export const SPAN_TOPICS = 4;
export const SPAN_CONCEPTS = 6;

/**
 * Room left after a build for organizations added later, as a fraction: the first upserts
 * into a 100,000-organization engine must not copy every array to grow it.
 */
const UPSERT_HEADROOM = 0.05;
const { ceil, max, min } = Math;

/** `placeCode` of every place from this one on: places past the first 255 share it. */
export const PLACE_CODE_OTHER = 255;

/** Term flags: bit 0 marks a concept, bit 1 + z that it is in zone z's specialisation. */
export const CONCEPT_FLAG = 1;

const ZONE_INDEX = new Map<ZoneCode, number>(ZONE_CODES.map((z, i) => [z, i]));
const RAD = Math.PI / 180;

export type StoreSettings = Pick<
  MatchingConfig,
  | 'maxTermsPerVector'
  | 'maxTermsPerItem'
  | 'stopTermDocumentFraction'
  | 'stopConceptDocumentFraction'
  | 'stopTermMinDocuments'
>;

export class OrgStore {
  readonly ids: string[] = [];
  readonly slotById = new Map<string, number>();
  alive = new Uint8Array(16);
  kind = new Uint8Array(16);
  zone = new Uint8Array(16);
  cluster = new Int32Array(16);
  complex = new Int32Array(16);
  lat = new Float64Array(16);
  lng = new Float64Array(16);
  cosLat = new Float64Array(16);
  /** Slots with equal complex, cluster, zone and coordinates share a place: proximity is per place. */
  place = new Int32Array(16);
  /**
   * What candidate search reads of every slot it considers, packed in one cache line's
   * quarter: [place, kind | divisions << 8, divisions 0–3 as bytes, divisions 4–7 as bytes].
   * Touched slots come in random order, and four separate arrays cost four cache misses.
   */
  context = new Int32Array(16 * CONTEXT_STRIDE);
  /**
   * Where slot s's vectors are in the four organization pools, packed (see SPAN_STRIDE): a
   * pair is scored for a slot the search has not read yet, and one record is one cache miss
   * where the pools' eight `start`/`length` arrays are eight. The pools keep theirs too.
   */
  spans = new Int32Array(16 * SPAN_STRIDE);
  /**
   * Complex, cluster and zone of each place (the ids of `complex`, `cluster`, `zone`): a
   * pair's scope needs only its two places, and these arrays are small enough to stay cached.
   */
  placeComplex = new Int32Array(16);
  placeCluster = new Int32Array(16);
  placeZone = new Uint8Array(16);
  /** A slot at each place (the first seen; its coordinates stay readable after it is freed). */
  placeSlot = new Int32Array(16);
  /**
   * Slot s's place as one byte (PLACE_CODE_OTHER for places from PLACE_CODE_OTHER on): what
   * a search reads of every touched slot to bound it by place, 1 byte per slot that stays
   * in cache where the 16-byte `context` record would be a miss.
   */
  placeCode = new Uint8Array(16);
  /** KSIC divisions of slot s: `divisions[s·MAX_DIVISIONS …]`, `divisionCount[s]` of them. */
  divisions = new Uint8Array(16 * MAX_DIVISIONS);
  divisionCount = new Uint8Array(16);
  readonly need: SparsePool;
  readonly capability: SparsePool;
  readonly topics: SparsePool;
  /**
   * Concepts named anywhere, weighted by rarity, without the vectors' stop rule (a sector
   * concept common in the corpus still says which zone a pair fits) but without those most
   * organizations name (joint research, prototyping): zone fit and explanations use these.
   */
  readonly concepts: SparsePool;
  /** Items of slot s: `itemFirst[s]`, then its needs, then its capabilities. */
  itemFirst = new Int32Array(16);
  needCount = new Int32Array(16);
  capabilityCount = new Int32Array(16);
  readonly itemIds: string[] = [];
  readonly items: SparsePool;
  termFlags = new Uint8Array(16);
  private flagged = 0;
  private readonly names = new Map<string, number>();
  private readonly placeIds = new Map<string, number>();
  private readonly acc: TokenAccumulator;
  /** Where an organization's summed raw vector waits to be weighed. */
  private readonly scratch = new RawPool();

  /** Document frequency above which a concept is left out of `concepts`. */
  private readonly conceptStopAbove: number;

  private constructor(
    readonly dictionary: TermDictionary,
    private readonly settings: StoreSettings,
    slots: number,
  ) {
    const n = dictionary.weighting.corpusSize;
    this.conceptStopAbove = max(
      settings.stopConceptDocumentFraction * n,
      settings.stopTermMinDocuments,
    );
    this.need = new SparsePool(slots, slots * settings.maxTermsPerVector);
    this.capability = new SparsePool(slots, slots * settings.maxTermsPerVector);
    this.topics = new SparsePool(slots, slots * 12);
    this.concepts = new SparsePool(slots, slots * 12);
    this.items = new SparsePool(slots * 4, slots * 4 * settings.maxTermsPerItem);
    this.acc = new TokenAccumulator((token) => this.dictionary.intern(token));
    this.ensureSlots(slots);
    this.refreshFlags();
  }

  /** Slots used, dead ones included. */
  get slotCount(): number {
    return this.ids.length;
  }

  get liveCount(): number {
    return this.slotById.size;
  }

  /** Slots the per-slot arrays have room for, before they must grow. */
  get capacity(): number {
    return this.alive.length;
  }

  /** Bytes held in typed arrays (vectors and per-slot data), for capacity planning. */
  get bytes(): number {
    const pools = [this.need, this.capability, this.topics, this.concepts, this.items];
    const perSlot = [
      this.alive,
      this.kind,
      this.zone,
      this.cluster,
      this.complex,
      this.lat,
      this.lng,
      this.cosLat,
      this.place,
      this.context,
      this.spans,
      this.placeComplex,
      this.placeCluster,
      this.placeZone,
      this.placeSlot,
      this.placeCode,
      this.divisions,
      this.divisionCount,
      this.itemFirst,
      this.needCount,
      this.capabilityCount,
      this.termFlags,
    ];
    return (
      pools.reduce((sum, p) => sum + p.bytes, 0) +
      perSlot.reduce((sum, a) => sum + a.byteLength, 0) +
      this.dictionary.bytes
    );
  }

  /**
   * @param analyser where profiles are analysed; one shared by several builds analyses each
   *   profile version once (a fresh one by default)
   */
  static build(
    profiles: readonly MatchProfile[],
    settings: StoreSettings,
    analyser = new ProfileAnalyser(),
  ): OrgStore {
    const sorted = [...profiles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const profile of sorted) checkProfile(profile);
    for (let i = 1; i < sorted.length; i += 1) {
      if (sorted[i]!.id === sorted[i - 1]!.id) {
        throw new RangeError(`duplicate organization id ${sorted[i]!.id}`);
      }
    }
    // Pass 1: every profile's raw vectors (the analyser's token ids), and document frequencies.
    const analysed = sorted.map((p) => analyser.analyse(p));
    const { tokens, df, used } = documentFrequencies(analysed, analyser.tokens);
    // Pass 2: final ids in token order for the tokens this corpus uses, IDF, weighed vectors.
    const n = sorted.length;
    const { dictionary, remap } = TermDictionary.build(tokens, df, {
      corpusSize: n,
      stopAbove: max(settings.stopTermDocumentFraction * n, settings.stopTermMinDocuments),
    });
    const { pool, raws } = gather(analysed, used, remap);
    const store = new OrgStore(dictionary, settings, n + ceil(n * UPSERT_HEADROOM));
    sorted.forEach((profile, i) => {
      store.fill(store.newSlot(profile.id), profile, raws[i]!, pool);
    });
    for (const p of [store.need, store.capability, store.topics, store.concepts, store.items])
      p.trim(UPSERT_HEADROOM);
    return store;
  }

  /** Reads a profile into a new slot (a replaced organization's old slot is freed first). */
  add(profile: MatchProfile): number {
    checkProfile(profile);
    const pool = new RawPool();
    const raw = readProfile(profile, this.acc, (token) => this.dictionary.intern(token), pool);
    this.refreshFlags();
    const slot = this.newSlot(profile.id);
    this.fill(slot, profile, raw, pool);
    return slot;
  }

  free(slot: number): void {
    const id = this.ids[slot] as string;
    if (this.slotById.get(id) === slot) this.slotById.delete(id);
    this.alive[slot] = 0;
    this.need.clear(slot);
    this.capability.clear(slot);
    this.topics.clear(slot);
    this.concepts.clear(slot);
    const first = this.itemFirst[slot] as number;
    const count = (this.needCount[slot] as number) + (this.capabilityCount[slot] as number);
    for (let i = first; i < first + count; i += 1) this.items.clear(i);
    this.needCount[slot] = 0;
    this.capabilityCount[slot] = 0;
    this.recordSpans(slot);
  }

  /** Slot s's divisions, as a view (no copy). */
  divisionsOf(slot: number): Uint8Array {
    const from = slot * MAX_DIVISIONS;
    return this.divisions.subarray(from, from + (this.divisionCount[slot] as number));
  }

  /** The concept id of a concept term (its text without `c:`), kept once made. */
  conceptId(term: number): string {
    let id = this.conceptIds[term];
    if (id === undefined) {
      id = this.dictionary.text(term).slice(CONCEPT_PREFIX.length);
      this.conceptIds[term] = id;
    }
    return id;
  }

  private readonly conceptIds: (string | undefined)[] = [];

  /** Distinct places so far: the size a per-place table needs. */
  get placeCount(): number {
    return this.placeIds.size;
  }

  private newSlot(id: string): number {
    const slot = this.ids.length;
    this.ensureSlots(slot + 1);
    this.ids.push(id);
    this.slotById.set(id, slot);
    this.alive[slot] = 1;
    return slot;
  }

  private fill(slot: number, profile: MatchProfile, raw: RawProfile, pool: RawPool): void {
    this.kind[slot] = KIND_INDEX[profile.kind];
    this.zone[slot] = ZONE_INDEX.get(profile.zone)!;
    this.cluster[slot] = this.intern(`cluster:${profile.cluster}`);
    this.complex[slot] = this.intern(`complex:${profile.complex}`);
    this.lat[slot] = profile.lat * RAD;
    this.lng[slot] = profile.lng * RAD;
    this.cosLat[slot] = Math.cos(profile.lat * RAD);
    const placeKey = `${profile.complex}\u0000${profile.cluster}\u0000${profile.zone}\u0000${profile.lat}\u0000${profile.lng}`;
    let place = this.placeIds.get(placeKey);
    if (place === undefined) {
      place = this.placeIds.size;
      this.placeIds.set(placeKey, place);
      this.ensurePlaces(place + 1);
      this.placeComplex[place] = this.complex[slot]!;
      this.placeCluster[place] = this.cluster[slot]!;
      this.placeZone[place] = this.zone[slot]!;
      this.placeSlot[place] = slot;
    }
    this.place[slot] = place;
    this.placeCode[slot] = min(place, PLACE_CODE_OTHER);
    const divisions = divisionsOf(profile.ksicCodes).subarray(0, MAX_DIVISIONS);
    this.divisions.set(divisions, slot * MAX_DIVISIONS);
    this.divisionCount[slot] = divisions.length;
    const record = slot * CONTEXT_STRIDE;
    this.context[record] = place;
    this.context[record + 1] = this.kind[slot]! | (divisions.length << 8);
    let low = 0;
    let high = 0;
    divisions.forEach((d, i) => {
      if (i < 4) low |= d << (8 * i);
      else high |= d << (8 * (i - 4));
    });
    this.context[record + 2] = low;
    this.context[record + 3] = high;

    const idf = this.dictionary.idfTable;
    const { maxTermsPerVector, maxTermsPerItem } = this.settings;
    const { terms, weights } = pool;
    this.itemFirst[slot] = this.itemIds.length;
    this.needCount[slot] = raw.needItems.length;
    this.capabilityCount[slot] = raw.capabilityItems.length;
    for (const item of [...raw.needItems, ...raw.capabilityItems]) {
      const { start, length } = item.raw;
      weighInto(
        this.items,
        this.itemIds.length,
        terms,
        weights,
        start,
        length,
        idf,
        maxTermsPerItem,
      );
      this.itemIds.push(item.id);
    }
    // Organization vectors sum their items' raw weights, then weigh once.
    for (const item of raw.needItems) this.acc.addSpan(pool, item.raw);
    this.weighSum(this.need, slot, idf, maxTermsPerVector);
    for (const item of raw.capabilityItems) this.acc.addSpan(pool, item.raw);
    this.acc.addSpan(pool, raw.extra);
    this.weighSum(this.capability, slot, idf, maxTermsPerVector);
    const topics = raw.topics;
    weighInto(
      this.topics,
      slot,
      terms,
      weights,
      topics.start,
      topics.length,
      idf,
      maxTermsPerVector,
      true,
    );
    this.concepts.put(
      slot,
      this.conceptList(terms.subarray(topics.start, topics.start + topics.length)),
    );
    this.recordSpans(slot);
  }

  /** Copies slot's pool positions into `spans`, after its vectors were put or cleared. */
  private recordSpans(slot: number): void {
    const at = slot * SPAN_STRIDE;
    const pools = [this.need, this.capability, this.topics, this.concepts];
    for (let i = 0; i < pools.length; i += 1) {
      this.spans[at + 2 * i] = pools[i]!.start[slot]!;
      this.spans[at + 2 * i + 1] = pools[i]!.length[slot]!;
    }
  }

  private ensurePlaces(count: number): void {
    if (count <= this.placeZone.length) return;
    const size = Math.max(count, this.placeZone.length * 2);
    this.placeComplex = grow(this.placeComplex, size);
    this.placeCluster = grow(this.placeCluster, size);
    this.placeZone = grow(this.placeZone, size);
    this.placeSlot = grow(this.placeSlot, size);
  }

  /** Weighs what the accumulator holds into `target` at `slot`. */
  private weighSum(target: SparsePool, slot: number, idf: Float64Array, maxTerms: number): void {
    const scratch = this.scratch;
    const span = this.acc.takeInto(scratch);
    weighInto(target, slot, scratch.terms, scratch.weights, span.start, span.length, idf, maxTerms);
    scratch.used = 0;
  }

  private conceptList(topics: Int32Array): SparseVector {
    const dictionary = this.dictionary;
    const terms = [...topics]
      .filter(
        (t) =>
          (this.termFlags[t]! & CONCEPT_FLAG) !== 0 && dictionary.df(t) <= this.conceptStopAbove,
      )
      .sort((a, b) => a - b);
    return {
      terms: Int32Array.from(terms),
      weights: Float32Array.from(terms, (t) => dictionary.rarityOf(dictionary.df(t))),
    };
  }

  private intern(name: string): number {
    let index = this.names.get(name);
    if (index === undefined) {
      index = this.names.size;
      this.names.set(name, index);
    }
    return index;
  }

  /** Flags for terms the dictionary gained since the last call. */
  private refreshFlags(): void {
    const size = this.dictionary.size;
    if (this.termFlags.length < size)
      this.termFlags = grow(this.termFlags, Math.max(size, this.termFlags.length * 2));
    for (let t = this.flagged; t < size; t += 1)
      this.termFlags[t] = flagsOf(this.dictionary.text(t));
    this.flagged = size;
  }

  private ensureSlots(count: number): void {
    if (count <= this.alive.length) return;
    const size = Math.max(count, this.alive.length * 2);
    this.alive = grow(this.alive, size);
    this.kind = grow(this.kind, size);
    this.zone = grow(this.zone, size);
    this.cluster = grow(this.cluster, size);
    this.complex = grow(this.complex, size);
    this.lat = grow(this.lat, size);
    this.lng = grow(this.lng, size);
    this.cosLat = grow(this.cosLat, size);
    this.divisions = grow(this.divisions, size * MAX_DIVISIONS);
    this.divisionCount = grow(this.divisionCount, size);
    this.place = grow(this.place, size);
    this.context = grow(this.context, size * CONTEXT_STRIDE);
    this.spans = grow(this.spans, size * SPAN_STRIDE);
    this.placeCode = grow(this.placeCode, size);
    this.itemFirst = grow(this.itemFirst, size);
    this.needCount = grow(this.needCount, size);
    this.capabilityCount = grow(this.capabilityCount, size);
  }
}

/** What the engine cannot do without; checked before anything changes. */
function checkProfile(profile: MatchProfile): void {
  const name = typeof profile?.id === 'string' && profile.id !== '' ? profile.id : undefined;
  if (name === undefined) throw new RangeError('an organization needs a non-empty string id');
  if (KIND_INDEX[profile.kind as OrganizationKind] === undefined) {
    throw new RangeError(`${name}: unknown kind ${String(profile.kind)}`);
  }
  if (!ZONE_INDEX.has(profile.zone))
    throw new RangeError(`${name}: unknown zone ${String(profile.zone)}`);
  if (!Number.isFinite(profile.lat) || !Number.isFinite(profile.lng)) {
    throw new RangeError(`${name}: latitude and longitude must be numbers`);
  }
  for (const list of [profile.ksicCodes, profile.keywords, profile.capabilities, profile.needs]) {
    if (!Array.isArray(list))
      throw new RangeError(`${name}: ksicCodes, keywords, capabilities and needs must be arrays`);
  }
}

type Typed = Uint8Array | Int32Array | Float64Array;

function grow<T extends Typed>(array: T, size: number): T {
  const out = new (array.constructor as new (n: number) => T)(size);
  out.set(array as never);
  return out;
}

let specialisationFlags: Map<string, number> | undefined;

function flagsOf(text: string): number {
  if (!text.startsWith(CONCEPT_PREFIX)) return 0;
  if (specialisationFlags === undefined) {
    specialisationFlags = new Map();
    ZONE_CODES.forEach((zone, z) => {
      for (const id of ZONE_SPECIALISATION[zone] ?? []) {
        const map = specialisationFlags as Map<string, number>;
        map.set(id, (map.get(id) ?? 0) | (2 << z));
      }
    });
  }
  return CONCEPT_FLAG | (specialisationFlags.get(text.slice(CONCEPT_PREFIX.length)) ?? 0);
}

/**
 * In how many organizations each token occurs (needs, offers or topics: every entry of an
 * analysis is in one of them), for the tokens that occur at all: `tokens[i]` has `df[i]`, and
 * `used[t]` is i for the analyser's token t (-1 where unused).
 */
function documentFrequencies(
  analysed: readonly AnalysedProfile[],
  analyserTokens: readonly Token[],
): { tokens: Token[]; df: Int32Array; used: Int32Array } {
  const size = analyserTokens.length;
  const counts = new Int32Array(size);
  const seenIn = new Int32Array(size).fill(-1);
  analysed.forEach((a, doc) => {
    const terms = a.block.terms;
    for (let i = a.offset, end = a.offset + a.length; i < end; i += 1) {
      const t = terms[i]!;
      if (seenIn[t] !== doc) {
        seenIn[t] = doc;
        counts[t] = counts[t]! + 1;
      }
    }
  });
  const used = new Int32Array(size).fill(-1);
  const tokens: Token[] = [];
  const df: number[] = [];
  for (let t = 0; t < size; t += 1) {
    if (counts[t] === 0) continue;
    used[t] = tokens.length;
    tokens.push(analyserTokens[t]!);
    df.push(counts[t]!);
  }
  return { tokens, df: Int32Array.from(df), used };
}

/** The analyses in one raw pool, with final term ids (`remap` of `used` of the analyser's). */
function gather(
  analysed: readonly AnalysedProfile[],
  used: Int32Array,
  remap: Int32Array,
): { pool: RawPool; raws: RawProfile[] } {
  const final = Int32Array.from(used, (i) => (i < 0 ? -1 : remap[i]!));
  const total = analysed.reduce((sum, a) => sum + a.length, 0);
  const pool = new RawPool(Math.max(1, total));
  const outTerms = pool.terms;
  const outWeights = pool.weights;
  const raws = analysed.map((a) => {
    const base = pool.reserve(a.length);
    const { terms, weights } = a.block;
    const end = a.offset + a.length;
    for (let i = a.offset, o = base; i < end; i += 1, o += 1) outTerms[o] = final[terms[i]!]!;
    outWeights.set(weights.subarray(a.offset, end), base);
    const at = (span: RawSpan): RawSpan => ({ start: base + span.start, length: span.length });
    return {
      needItems: a.needItems.map((item) => ({ id: item.id, raw: at(item.raw) })),
      capabilityItems: a.capabilityItems.map((item) => ({ id: item.id, raw: at(item.raw) })),
      extra: at(a.extra),
      topics: at(a.topics),
    };
  });
  return { pool, raws };
}

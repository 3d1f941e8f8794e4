/**
 * Text analysis of whole profiles, kept per organization version. Analysis is most of an
 * engine build (at 100,000 organizations about 10 of 13 s), and a worker builds an engine for
 * every full rescore while few organizations change between two: an analyser shared by those
 * builds analyses each version of a profile once. What it keeps is exactly what a build reads
 * (raw term vectors, token ids of its own interner), so a build from kept analyses is the
 * same engine, bit for bit, as one from the texts.
 */
import { Token } from './analyze';
import { MatchProfile } from './match-profile';
import { RawPool, RawSpan } from './raw-pool';
import { RawItem, readProfile } from './raw-profile';
import { TokenAccumulator } from './token-accumulator';
import { TokenInterner } from './token-interner';

/** Entries of many analyses: term (token ids of the analyser's `tokens`) and weight. */
export interface EntryBlock {
  terms: Int32Array;
  weights: Float32Array;
}

/** A profile's raw term vectors: its entries are `block`'s from `offset`, spans relative to it. */
export interface AnalysedProfile {
  block: EntryBlock;
  offset: number;
  length: number;
  needItems: RawItem[];
  capabilityItems: RawItem[];
  extra: RawSpan;
  topics: RawSpan;
}

/** Entries per block of kept analyses (8 MiB of terms and weights). */
const BLOCK = 1 << 20;

export class ProfileAnalyser {
  /** Every token seen, by id; it only grows (a vocabulary's worth, not a corpus's). */
  private readonly interner = new TokenInterner();
  private readonly idOf = (token: Token): number => this.interner.intern(token);
  private readonly acc = new TokenAccumulator(this.idOf);
  private readonly scratch = new RawPool(4096);
  private readonly kept = new Map<string, { version: number; analysed: AnalysedProfile }>();
  /** Where kept entries go; a block lives while any analysis in it is kept. */
  private block: EntryBlock = { terms: new Int32Array(0), weights: new Float32Array(0) };
  private blockUsed = 0;
  /**
   * Entries written into blocks since they were last packed, and entries of the analyses
   * kept: a replaced version's entries stay in their block while others there are kept, so
   * months of changes would hold ever more memory; blocks are packed again when less than
   * half of what was written is still kept.
   */
  private written = 0;
  private live = 0;

  get tokens(): readonly (string | number)[] {
    return this.interner.tokens;
  }

  /** Organizations whose analysis is kept. */
  get size(): number {
    return this.kept.size;
  }

  /** Whether `version` of organization `id` is analysed already (its texts need not be read). */
  has(id: string, version: number): boolean {
    return this.kept.get(id)?.version === version;
  }

  /**
   * The profile's analysis: kept from an earlier call when its `version` is set and the same,
   * else made (and kept, when it has a version). A profile read without its texts
   * (`textsOmitted`) must be one whose analysis is kept.
   */
  analyse(profile: MatchProfile): AnalysedProfile {
    const { id, version } = profile;
    if (version !== undefined) {
      const hit = this.kept.get(id);
      if (hit?.version === version) return hit.analysed;
    }
    if (profile.textsOmitted) {
      throw new RangeError(`${id}: version ${version} read without its texts is not analysed`);
    }
    const pool = this.scratch;
    pool.used = 0;
    const raw = readProfile(profile, this.acc, this.idOf, pool);
    const analysed: AnalysedProfile = {
      ...raw,
      ...this.keep(pool.terms, pool.weights, 0, pool.used),
    };
    if (version !== undefined) {
      this.live += analysed.length - (this.kept.get(id)?.analysed.length ?? 0);
      this.kept.set(id, { version, analysed });
    }
    return analysed;
  }

  /** Entries written into blocks since they were last packed, and those still kept. */
  get footprint(): { written: number; live: number } {
    return { written: this.written, live: this.live };
  }

  /**
   * Copies entries into the current block. A typed array per profile would be 200,000
   * backing stores at 100,000 organizations, and V8 collects garbage early and often for
   * each one's external memory.
   */
  private keep(
    terms: Int32Array,
    weights: Float32Array,
    from: number,
    length: number,
  ): { block: EntryBlock; offset: number; length: number } {
    if (this.blockUsed + length > this.block.terms.length) {
      const size = Math.max(length, BLOCK);
      this.block = { terms: new Int32Array(size), weights: new Float32Array(size) };
      this.blockUsed = 0;
    }
    const { block } = this;
    const offset = this.blockUsed;
    this.blockUsed += length;
    this.written += length;
    block.terms.set(terms.subarray(from, from + length), offset);
    block.weights.set(weights.subarray(from, from + length), offset);
    return { block, offset, length };
  }

  /** Copies every kept analysis into fresh blocks; the old ones go with their last reader. */
  private pack(): void {
    this.block = { terms: new Int32Array(0), weights: new Float32Array(0) };
    this.blockUsed = 0;
    this.written = 0;
    for (const { analysed } of this.kept.values()) {
      const { block, offset } = this.keep(
        analysed.block.terms,
        analysed.block.weights,
        analysed.offset,
        analysed.length,
      );
      analysed.block = block;
      analysed.offset = offset;
    }
  }

  /** Forgets the organizations not in `ids` (deleted since), after a build of all of them. */
  retainOnly(ids: ReadonlySet<string>): void {
    for (const [id, { analysed }] of this.kept) {
      if (ids.has(id)) continue;
      this.kept.delete(id);
      this.live -= analysed.length;
    }
    if (this.written > 2 * this.live + BLOCK) this.pack();
  }
}

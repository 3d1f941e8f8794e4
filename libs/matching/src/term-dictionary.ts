/**
 * Token ↔ term id, with IDF. Ids follow sorted token text at build, so two engines built from
 * the same organizations in any order number terms alike, sum dot products in the same order
 * and give bit-identical scores.
 */
import { Token, tokenText } from './analyze';
import { TokenInterner } from './token-interner';

// Bound once: under Jest's vm sandbox every lookup of a global such as Math is slow.
const { log, max } = Math;

export interface TermWeighting {
  /** Organizations in the corpus the dictionary was built from. */
  corpusSize: number;
  /** Document frequency above which a term is a stop term for vectors (Infinity: none). */
  stopAbove: number;
}

export class TermDictionary {
  private readonly interner = new TokenInterner();
  private dfs: Int32Array;
  private idfs: Float64Array;

  private constructor(
    capacity: number,
    readonly weighting: TermWeighting,
  ) {
    this.dfs = new Int32Array(max(16, capacity));
    this.idfs = new Float64Array(max(16, capacity));
  }

  /** ln((N + 1) / (df + 0.5)): near 0 for a term everyone uses, positive for any other. */
  rarityOf(df: number): number {
    return log((this.weighting.corpusSize + 1) / (df + 0.5));
  }

  /**
   * From provisional tokens (any order) and their document frequencies. Returns the
   * dictionary and, per provisional index, the final term id.
   */
  static build(
    tokens: readonly Token[],
    df: Int32Array,
    weighting: TermWeighting,
  ): { dictionary: TermDictionary; remap: Int32Array } {
    const texts = tokens.map(tokenText);
    // Bigram tokens are numbers; their text sorts them among the words.
    const order = texts.map((_, i) => i);
    order.sort((a, b) => {
      const ta = texts[a] as string;
      const tb = texts[b] as string;
      return ta < tb ? -1 : ta > tb ? 1 : 0;
    });
    const dictionary = new TermDictionary(tokens.length, weighting);
    const remap = new Int32Array(tokens.length);
    for (const provisional of order) {
      const id = dictionary.push(tokens[provisional] as Token, df[provisional] as number);
      remap[provisional] = id;
    }
    return { dictionary, remap };
  }

  get size(): number {
    return this.interner.size;
  }

  id(token: Token): number | undefined {
    return this.interner.get(token);
  }

  text(id: number): string {
    return tokenText(this.interner.tokens[id] as Token);
  }

  get bytes(): number {
    return this.dfs.byteLength + this.idfs.byteLength;
  }

  /** IDF for vectors: 0 for a stop term. */
  idf(id: number): number {
    return this.idfs[id] as number;
  }

  /** Build-time document frequency (1 for a term first seen later). */
  df(id: number): number {
    return this.dfs[id] as number;
  }

  /** The IDF array itself, for hot loops. */
  get idfTable(): Float64Array {
    return this.idfs;
  }

  private push(token: Token, df: number): number {
    const id = this.interner.intern(token);
    if (id >= this.idfs.length) {
      const size = this.idfs.length * 2;
      const idfs = new Float64Array(size);
      idfs.set(this.idfs);
      this.idfs = idfs;
      const dfs = new Int32Array(size);
      dfs.set(this.dfs);
      this.dfs = dfs;
    }
    this.dfs[id] = df;
    this.idfs[id] = df > this.weighting.stopAbove ? 0 : this.rarityOf(df);
    return id;
  }

  /**
   * The id of a token, adding it when new. IDF stays frozen at the build: one organization
   * more does not reweigh everyone else's vectors. A new token counts as seen once.
   */
  intern(token: Token): number {
    const known = this.interner.get(token);
    return known !== undefined ? known : this.push(token, 1);
  }
}

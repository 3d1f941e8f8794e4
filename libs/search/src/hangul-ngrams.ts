/**
 * Why this exists: Meilisearch 1.21 segments Korean with a morphological dictionary
 * (lindera, ko-dic), which finds 조선 inside 조선해양공학과 and 전지 inside 이차전지 — but not a
 * part of a compound the dictionary knows as one word: 조합 is not found in 협동조합, nor 센서
 * in 바이오센서, nor 수처리 in 선박평형수처리장치 (segmented 평형수/처리). Indexing every
 * 2- and 3-syllable substring of each Hangul run as a low-ranked field gives those queries a
 * match, the way DESIGN.md's Hangul bigrams do for the matching engine.
 */

const HANGUL_RUN = /[\uAC00-\uD7A3]+/g;
const SIZES = [2, 3] as const;

/**
 * A long description yields hundreds of n-grams; past this many a document gains recall only
 * at the cost of index size and noise, so the texts given first (names, titles) are kept.
 */
export const MAX_NGRAMS = 2000;

/**
 * The distinct 2- and 3-syllable substrings of each Hangul run longer than the n-gram, in
 * order of first appearance. A run no longer than n is already a whole token of its field.
 */
export function hangulNgrams(texts: Iterable<string>, max = MAX_NGRAMS): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.normalize('NFKC').matchAll(HANGUL_RUN)) {
      for (const size of SIZES) {
        if (run.length <= size) continue;
        for (let i = 0; i + size <= run.length; i++) {
          out.add(run.slice(i, i + size));
          if (out.size >= max) return [...out];
        }
      }
    }
  }
  return [...out];
}

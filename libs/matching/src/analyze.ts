/**
 * Text → weighted tokens. Korean writes compounds without spaces (조선해양공학 contains 조선),
 * so a Hangul run yields its stem as a whole word and its character bigrams; Latin text
 * yields words; and every vocabulary term found yields its concept (`c:<id>`), which is
 * what lets an English need meet a Korean capability.
 */
import { matchConceptsNormalized } from './concept-matcher';

// Bound once: under Jest's vm sandbox every lookup of a global such as Math is slow.
const { floor } = Math;

/**
 * A token: a string, or a Hangul syllable pair as a number. Bigrams are most of the tokens,
 * and a number needs no string built and hashed for each of them.
 */
export type Token = string | number;

/** Token weights: the raw evidence a text gives for each token, before IDF. */
export type TokenWeights = Map<Token, number>;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const HANGUL_SYLLABLES = 11172;

function bigramKey(text: string, at: number): number {
  return (
    (text.charCodeAt(at) - HANGUL_FIRST) * HANGUL_SYLLABLES +
    (text.charCodeAt(at + 1) - HANGUL_FIRST)
  );
}

/** The text of a token, for display and for ordering the vocabulary. */
export function tokenText(token: Token): string {
  if (typeof token === 'string') return token;
  return String.fromCharCode(
    HANGUL_FIRST + floor(token / HANGUL_SYLLABLES),
    HANGUL_FIRST + (token % HANGUL_SYLLABLES),
  );
}

export const CONCEPT_PREFIX = 'c:';
export const KEYWORD_PREFIX = 'k:';

const conceptTokens = new Map<string, string>();

/** `c:<id>`, one string per concept: a map lookup hashes it once, not on every use. */
export function conceptToken(id: string): string {
  let token = conceptTokens.get(id);
  if (token === undefined) {
    token = CONCEPT_PREFIX + id;
    conceptTokens.set(id, token);
  }
  return token;
}

/**
 * A concept is the strongest evidence (an author named the idea), a whole word next, and a
 * bigram least: bigrams exist for recall inside compounds and are noisy on their own.
 */
export const TOKEN_WEIGHT = { concept: 2, word: 1, bigram: 0.5 } as const;

const LATIN_WORD = /[a-z0-9]+/g;
const HAS_LETTER = /[a-z]/;

/**
 * Verb endings and multi-syllable particles, longest first among those ending alike (the
 * first that fits wins). Stripped before anything else: every description ends its
 * sentences in 습니다, and those bigrams would otherwise be shared by every pair.
 */
const HANGUL_ENDINGS = [
  '하였습니다',
  '되었습니다',
  '있습니다',
  '드립니다',
  '습니다',
  '합니다',
  '입니다',
  '됩니다',
  '하였으며',
  '으로서',
  '으로써',
  '으로의',
  '에서는',
  '에서의',
  '하고자',
  '했으며',
  '하였고',
  '하며',
  '하고',
  '하는',
  '하여',
  '해서',
  '으로',
  '에서',
  '에게',
  '까지',
  '부터',
  '과의',
  '와의',
  '에는',
  '이며',
  '이나',
  '이고',
  '에도',
] as const;

/**
 * One-syllable particles that seldom end a noun. The whole word drops them (용접자동화를 is
 * the keyword 용접자동화) but the bigrams still cover the full run, since some nouns do end
 * in them (연구성과 keeps 성과).
 */
const HANGUL_PARTICLES = new Set(['을', '를', '은', '는', '의', '에', '와', '과']);

/** Whole Hangul runs that are grammar or filler, never topic. */
const HANGUL_STOP = new Set([
  '및',
  '등',
  '위한',
  '위해',
  '통해',
  '대한',
  '관련',
  '있는',
  '있습니다',
  '합니다',
  '있으며',
  '함께',
  '또는',
  '그리고',
  '이를',
  '이러한',
  '가능합니다',
  '바탕으로',
  '최근',
  '당사는',
  '당사',
  '우리',
  '저희',
]);

const LATIN_STOP = new Set(
  (
    'a an and are as at be been but by can could do does for from has have in into is it its ' +
    'of on or our over so such than that the their them they this those to up was we were ' +
    'what when which while who will with within without would you your also more most new ' +
    'other some any all each per via us based using use used able well'
  ).split(' '),
);

/** Words kept as they are though they end in s: singular forms or unchanged plurals. */
const KEEP_S = /(ss|us|is|ics|ous|ies)$/;

const MAYBE_PLURAL = /[a-z]s\b/;

/** Naive English singular: enough for "materials" to meet "material", nothing cleverer. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !KEEP_S.test(word)) return word.slice(0, -1);
  return word;
}

/** Endings by their last syllable, so a run is checked against a handful, not all. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const ending of HANGUL_ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  const list = ENDINGS_BY_LAST.get(last);
  if (list === undefined) ENDINGS_BY_LAST.set(last, [ending]);
  else list.push(ending);
}

const PARTICLE_CODES = new Set([...HANGUL_PARTICLES].map((p) => p.charCodeAt(0)));

/** End of the run [from, to) once a verb ending is cut off (to itself when there is none). */
function stemEnd(text: string, from: number, to: number): number {
  const endings = ENDINGS_BY_LAST.get(text.charCodeAt(to - 1));
  if (endings === undefined) return to;
  for (const ending of endings) {
    if (to - from - ending.length >= 2 && text.startsWith(ending, to - ending.length)) {
      return to - ending.length;
    }
  }
  return to;
}

/** Where tokens go: a map in tests and explanations, an accumulator of term ids in a build. */
export type TokenSink = (token: Token, weight: number) => void;

function isHangul(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

function addHangul(lower: string, weight: number, add: TokenSink): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isHangul(lower.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < n && isHangul(lower.charCodeAt(j))) j += 1;
    addHangulRun(lower, i, j, weight, add);
    i = j;
  }
}

function addHangulRun(
  text: string,
  from: number,
  to: number,
  weight: number,
  add: TokenSink,
): void {
  if (to - from <= 5 && HANGUL_STOP.has(text.slice(from, to))) return;
  const end = stemEnd(text, from, to);
  const wordEnd = end - from > 2 && PARTICLE_CODES.has(text.charCodeAt(end - 1)) ? end - 1 : end;
  if (wordEnd - from < 2) return;
  if (wordEnd !== to && wordEnd - from <= 5 && HANGUL_STOP.has(text.slice(from, wordEnd))) return;
  if (wordEnd - from === 2) {
    // A two-syllable word is its own bigram: one token, so 조선 meets 조선해양공학.
    add(bigramKey(text, from), TOKEN_WEIGHT.word * weight);
  } else {
    const word = text.slice(from, wordEnd);
    if (HANGUL_STOP.has(word)) return;
    add(word, TOKEN_WEIGHT.word * weight);
  }
  if (end - from === 2) return;
  for (let k = from; k + 2 <= end; k += 1) add(bigramKey(text, k), TOKEN_WEIGHT.bigram * weight);
}

function addLatin(lower: string, weight: number, add: TokenSink): void {
  for (const [word] of lower.matchAll(LATIN_WORD)) {
    if (word.length < 2 || !HAS_LETTER.test(word) || LATIN_STOP.has(word)) continue;
    add(singular(word), TOKEN_WEIGHT.word * weight);
  }
}

/** English plurals rewritten to singular, so "cathode materials" finds "cathode material". */
function singularised(nfkc: string): string {
  if (!MAYBE_PLURAL.test(nfkc)) return nfkc;
  return nfkc.replace(/\b[a-z]{3,}\b/g, (word) => singular(word));
}

/**
 * Feeds the tokens of `text`, each scaled by `weight`, to `add`, and returns the concept ids
 * it found. Concepts count once per text: repeating a term is no stronger a claim.
 */
export function analyzeText(text: string, weight: number, add: TokenSink): string[] {
  if (text.length === 0) return [];
  if (text.length <= SHORT_TEXT) return analyzeShort(text, weight, add);
  return analyzeLong(text, weight, add);
}

/** Keywords and titles: short, and repeated across organizations, so their tokens are kept. */
const SHORT_TEXT = 40;
const SHORT_CACHE_LIMIT = 50_000;
const shortCache = new Map<string, { tokens: Token[]; weights: number[]; concepts: string[] }>();

function analyzeShort(text: string, weight: number, add: TokenSink): string[] {
  let cached = shortCache.get(text);
  if (cached === undefined) {
    const tokens: Token[] = [];
    const weights: number[] = [];
    const concepts = analyzeLong(text, 1, (token, w) => {
      tokens.push(token);
      weights.push(w);
    });
    cached = { tokens, weights, concepts };
    if (shortCache.size >= SHORT_CACHE_LIMIT) shortCache.clear();
    shortCache.set(text, cached);
  }
  if (weight > 0) {
    for (let i = 0; i < cached.tokens.length; i += 1) {
      add(cached.tokens[i] as Token, (cached.weights[i] as number) * weight);
    }
  }
  return cached.concepts;
}

function analyzeLong(text: string, weight: number, add: TokenSink): string[] {
  const nfkc = text.normalize('NFKC');
  const lower = nfkc.toLowerCase();
  const concepts = conceptsOfNormalized(nfkc, lower);
  if (!(weight > 0)) return concepts;
  addHangul(lower, weight, add);
  addLatin(lower, weight, add);
  for (const id of concepts) add(conceptToken(id), TOKEN_WEIGHT.concept * weight);
  return concepts;
}

/** The tokens of one text with their weights (tests and explanations; a build streams). */
export function analyze(text: string, weight = 1): TokenWeights {
  const out: TokenWeights = new Map();
  analyzeText(text, weight, (token, w) => out.set(token, (out.get(token) ?? 0) + w));
  return out;
}

function conceptsOfNormalized(nfkc: string, lower?: string): string[] {
  const found = matchConceptsNormalized(nfkc, lower);
  const plain = singularised(nfkc);
  if (plain === nfkc) return found;
  const seen = new Set(found);
  for (const id of matchConceptsNormalized(plain)) {
    if (seen.has(id)) continue;
    seen.add(id);
    found.push(id);
  }
  return found;
}

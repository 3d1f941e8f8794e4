import { STORED_CONCEPTS, STORED_ITEMS } from '@app/domain';
import { ENGINE_VERSION, FACTORS, MatchedItem, SCORE_PRECISION, Suggestion } from '@app/matching';

/** A suggestion row of the pair (a, b), a < b, encoded as one COPY text line. */
export interface PairRow {
  a: string;
  b: string;
  line: string;
}

const RELEVANCE_A_TO_B = FACTORS.indexOf('relevanceAToB');
const RELEVANCE_B_TO_A = FACTORS.indexOf('relevanceBToA');
const FACTOR_AT = new Map<string, number>(FACTORS.map((f, i) => [f, i]));
/** What COPY's text format reads as an escape or a separator. */
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED = /[\\\t\n\r]/g;

/** Code-point order: the same on every machine, and far cheaper than `localeCompare`. */
export const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A suggestion seen from `subjectId`, as the row of its unordered pair (a < b). Either side
 * may find the pair (it can be in both top-K lists, scored by different workers), so the row
 * is oriented to (a, b) and put in one canonical order: whoever writes it writes the same.
 *
 * A full rescore writes over a million rows, so the line is built as text in one pass: the
 * breakdown's JSON is exactly `JSON.stringify(encodeBreakdown(…))` of the oriented
 * explanation (the unit test holds it to that) without the objects in between.
 */
export function toPairRow(subjectId: string, s: Suggestion): PairRow {
  const subjectIsA = subjectId < s.partnerId;
  // Scratch arrays reused row after row: two million rows would allocate four million.
  const values = VALUES.fill('0');
  const weights = WEIGHTS.fill(0);
  const breakdown = s.breakdown;
  for (let i = 0; i < breakdown.length; i += 1) {
    const f = breakdown[i]!;
    // The engine lists factors in FACTORS order; a Map lookup only if one does not.
    let at = FACTORS[i] === f.factor ? i : FACTOR_AT.get(f.factor)!;
    if (!subjectIsA && at === RELEVANCE_A_TO_B) at = RELEVANCE_B_TO_A;
    else if (!subjectIsA && at === RELEVANCE_B_TO_A) at = RELEVANCE_A_TO_B;
    values[at] = decimal(f.value, STORED_SCALE);
    weights[at] = f.weight;
  }
  const items = orientedItems(s.matchedItems, subjectIsA);
  let m = '';
  for (let i = 0; i < items.length && i < STORED_ITEMS; i += 1) {
    const item = items[i]!;
    if (i > 0) m += ',';
    m += `[${JSON.stringify(item.needId)},${JSON.stringify(item.capabilityId)},${item.direction === 'A_NEEDS_B' ? 0 : 1},${decimal(item.similarity, STORED_SCALE)}]`;
  }
  const concepts = s.sharedConcepts;
  const c = JSON.stringify(
    concepts.length > STORED_CONCEPTS ? concepts.slice(0, STORED_CONCEPTS) : concepts,
  );
  // Only the strings inside may hold what COPY must have escaped; numbers never do.
  const json = `{"v":[${values.join(',')}],"w":[${weightsText(weights)}],"c":${copyText(c)},"m":[${copyText(m)}]}`;
  const a = subjectIsA ? subjectId : s.partnerId;
  const b = subjectIsA ? s.partnerId : subjectId;
  const relevanceAToB = subjectIsA ? s.relevanceAToB : s.relevanceBToA;
  const relevanceBToA = subjectIsA ? s.relevanceBToA : s.relevanceAToB;
  return {
    a,
    b,
    line: `${a}\t${b}\t${decimal(s.score, SCORE_PRECISION)}\t${relevanceAToB}\t${relevanceBToA}\t${copyText(s.scope)}\t${json}\t${ENGINE_VERSION_TEXT}\n`,
  };
}

const VALUES = new Array<string>(FACTORS.length);
const WEIGHTS = new Array<number>(FACTORS.length);
const ENGINE_VERSION_TEXT = copyText(ENGINE_VERSION);

/** Stored explanation numbers are kept to 4 decimals (`roundStored`). */
const STORED_SCALE = 1e4;

/**
 * `String(Math.round(x * scale) / scale)` for x ≥ 0, from integers: a float's shortest
 * decimal costs far more than an integer's, and a full rescore writes ~20 per row. Equal
 * because the double nearest k / scale prints as that decimal, trailing zeros dropped.
 */
export function decimal(x: number, scale: number): string {
  const n = Math.round(x * scale);
  // Beyond small integers, or below 1e-6 (printed with an exponent): the plain way.
  if (!(n >= 0 && n <= 0x3fffffff) || (n > 0 && n * 1e6 < scale)) return String(n / scale);
  const whole = Math.floor(n / scale);
  let fraction = n - whole * scale;
  if (fraction === 0) return String(whole);
  let digits = String(scale).length - 1;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits -= 1;
  }
  return `${whole}.${String(fraction).padStart(digits, '0')}`;
}

/** The weights are the engine's, the same on every row: formatted once per weight set. */
let lastWeights: number[] = [];
let lastWeightsText = '';
function weightsText(weights: number[]): string {
  if (weights.length !== lastWeights.length || weights.some((w, i) => w !== lastWeights[i])) {
    lastWeights = [...weights];
    lastWeightsText = weights.map((w) => decimal(w, STORED_SCALE)).join(',');
  }
  return lastWeightsText;
}

/** Matched items from A's side, best first; ties broken by content, not by who found them. */
function orientedItems(items: readonly MatchedItem[], subjectIsA: boolean): MatchedItem[] {
  const oriented = subjectIsA
    ? [...items]
    : items.map((m) => ({
        ...m,
        direction: m.direction === 'A_NEEDS_B' ? ('B_NEEDS_A' as const) : ('A_NEEDS_B' as const),
      }));
  return oriented.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      compare(x.direction, y.direction) ||
      compare(x.needId, y.needId) ||
      compare(x.capabilityId, y.capabilityId),
  );
}

/** COPY text format: tab-separated columns, with backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, escapeChar) : value;
}

function escapeChar(c: string): string {
  return c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r';
}

import { STORED_CONCEPTS, STORED_ITEMS } from '@app/domain';
import { ENGINE_VERSION, FACTORS, MatchedItem, SCORE_PRECISION, Suggestion } from '@app/matching';
import { CopyTextWriter } from './copy-text-writer';

/** A suggestion row of the pair (a, b), a < b, encoded as one COPY text line (UTF-8). */
export interface PairRow {
  a: string;
  b: string;
  line: Uint8Array;
}

const RELEVANCE_A_TO_B = FACTORS.indexOf('relevanceAToB');
const RELEVANCE_B_TO_A = FACTORS.indexOf('relevanceBToA');
const FACTOR_AT = new Map<string, number>(FACTORS.map((f, i) => [f, i]));

/** Code-point order: the same on every machine, and far cheaper than `localeCompare`. */
export const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Stored explanation numbers are kept to 4 decimals (`roundStored`). */
const STORED_SCALE = 1e4;
/** Bytes of a row beyond its strings: seven numbers of at most 25 and punctuation. */
const FIXED_BYTES = 1024;

const writer = new CopyTextWriter();
// Scratch reused row after row: two million rows would allocate as many arrays.
const values = new Float64Array(FACTORS.length);
const weights = new Float64Array(FACTORS.length);
let order = new Int32Array(16);

/**
 * A suggestion seen from `subjectId`, as the row of its unordered pair (a < b). Either side
 * may find the pair (it can be in both top-K lists, scored by different workers), so the row
 * is oriented to (a, b) and put in one canonical order: whoever writes it writes the same.
 *
 * The breakdown's JSON is exactly `JSON.stringify(encodeBreakdown(…))` of the oriented
 * explanation (the unit test holds it to that), written without the objects in between.
 */
export function toPairRow(subjectId: string, s: Suggestion): PairRow {
  const subjectIsA = subjectId < s.partnerId;
  const a = subjectIsA ? subjectId : s.partnerId;
  const b = subjectIsA ? s.partnerId : subjectId;
  values.fill(0);
  weights.fill(0);
  const breakdown = s.breakdown;
  for (let i = 0; i < breakdown.length; i += 1) {
    const f = breakdown[i]!;
    // The engine lists factors in FACTORS order; a Map lookup only if one does not.
    let at = FACTORS[i] === f.factor ? i : FACTOR_AT.get(f.factor)!;
    if (!subjectIsA && at === RELEVANCE_A_TO_B) at = RELEVANCE_B_TO_A;
    else if (!subjectIsA && at === RELEVANCE_B_TO_A) at = RELEVANCE_A_TO_B;
    values[at] = f.value;
    weights[at] = f.weight;
  }
  const items = s.matchedItems;
  const itemCount = orderItems(items, subjectIsA);
  const concepts = s.sharedConcepts;
  const conceptCount = Math.min(concepts.length, STORED_CONCEPTS);

  let strings = a.length + b.length + s.scope.length + ENGINE_VERSION.length;
  for (let i = 0; i < conceptCount; i += 1) strings += concepts[i]!.length + 3;
  for (let i = 0; i < itemCount; i += 1) {
    const item = items[order[i]!]!;
    strings += item.needId.length + item.capabilityId.length + 6;
  }
  const w = writer;
  w.begin(CopyTextWriter.bound(strings) + FIXED_BYTES);
  w.text(a);
  w.tab();
  w.text(b);
  w.tab();
  w.decimal(s.score, SCORE_PRECISION);
  w.tab();
  // Relevances are stored to the score's precision: a double's shortest decimal (`String`)
  // cost ≈ 1 µs each, the most expensive field of a row.
  w.decimal(subjectIsA ? s.relevanceAToB : s.relevanceBToA, SCORE_PRECISION);
  w.tab();
  w.decimal(subjectIsA ? s.relevanceBToA : s.relevanceAToB, SCORE_PRECISION);
  w.tab();
  w.text(s.scope);
  w.tab();
  w.ascii('{"v":[');
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) w.byte(COMMA);
    w.decimal(values[i]!, STORED_SCALE);
  }
  w.ascii('],"w":[');
  w.bytes(weightsText());
  w.ascii('],"c":[');
  for (let i = 0; i < conceptCount; i += 1) {
    if (i > 0) w.byte(COMMA);
    w.json(concepts[i]!);
  }
  w.ascii('],"m":[');
  for (let i = 0; i < itemCount; i += 1) {
    const item = items[order[i]!]!;
    if (i > 0) w.byte(COMMA);
    w.byte(OPEN);
    w.json(item.needId);
    w.byte(COMMA);
    w.json(item.capabilityId);
    w.ascii(orientedDirection(item, subjectIsA) === 0 ? ',0,' : ',1,');
    w.decimal(item.similarity, STORED_SCALE);
    w.byte(CLOSE);
  }
  w.ascii(']}');
  w.tab();
  w.text(ENGINE_VERSION);
  w.byte(NEWLINE);
  return { a, b, line: w.end() };
}

const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const NEWLINE = 0x0a;

/** 0 when the item's need is A's (the pair's first organization), 1 when it is B's. */
function orientedDirection(item: MatchedItem, subjectIsA: boolean): 0 | 1 {
  return (item.direction === 'A_NEEDS_B') === subjectIsA ? 0 : 1;
}

/**
 * Puts the indexes of the first STORED_ITEMS matched items, seen from A's side, into `order`:
 * best first, ties broken by content, not by who found them. Returns how many.
 */
function orderItems(items: readonly MatchedItem[], subjectIsA: boolean): number {
  const n = items.length;
  if (n > order.length) order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  const before = (x: MatchedItem, y: MatchedItem): boolean => {
    if (x.similarity !== y.similarity) return x.similarity > y.similarity;
    const dx = orientedDirection(x, subjectIsA);
    const dy = orientedDirection(y, subjectIsA);
    if (dx !== dy) return dx < dy;
    return (compare(x.needId, y.needId) || compare(x.capabilityId, y.capabilityId)) < 0;
  };
  // Selection of the first few: the engine gives a handful, most often in this order already.
  const taken = Math.min(n, STORED_ITEMS);
  for (let k = 0; k < taken; k += 1) {
    let best = k;
    for (let m = k + 1; m < n; m += 1)
      if (before(items[order[m]!]!, items[order[best]!]!)) best = m;
    const t = order[k]!;
    order[k] = order[best]!;
    order[best] = t;
  }
  return taken;
}

/** The weights are the engine's, the same on every row: encoded once per weight set. */
const lastWeights = new Float64Array(FACTORS.length).fill(NaN);
let lastWeightsText = new Uint8Array(0);
function weightsText(): Uint8Array {
  let same = true;
  for (let i = 0; i < weights.length; i += 1) if (weights[i] !== lastWeights[i]) same = false;
  if (!same) {
    lastWeights.set(weights);
    const text = Array.from(weights, (x) => String(Math.round(x * STORED_SCALE) / STORED_SCALE));
    lastWeightsText = new TextEncoder().encode(text.join(','));
  }
  return lastWeightsText;
}

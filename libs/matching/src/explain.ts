/**
 * Why a pair scores as it does: each factor's share, the concepts both sides name (rarest
 * first), and which need of one side meets which capability of the other.
 */
import { FactorContribution, MatchedItem, MatchDirection, Suggestion } from './suggestion';
import { OrgStore } from './org-store';
import { PairFactors, PairScorer } from './pair-scorer';
import { SparsePool } from './sparse-pool';

// Bound once: under Jest's vm sandbox every lookup of a global such as Math is slow.
const { max, min, round } = Math;

const SIMILARITY_PRECISION = 1e6;

export function breakdown(f: PairFactors, scorer: PairScorer): FactorContribution[] {
  const w = scorer.w;
  return [
    row('relevanceAToB', f.relevanceXY, w.relevance),
    row('relevanceBToA', f.relevanceYX, w.relevance),
    row('sharedTopics', f.sharedTopics, w.sharedTopics),
    row('sectorFit', f.sectorFit, w.sectorFit),
    row('kindComplementarity', f.kindComplementarity, w.kindComplementarity),
    row('zoneSpecialisation', f.zoneSpecialisation, w.zoneSpecialisation),
    row('proximity', f.proximity, w.proximity),
  ];
}

function row(factor: FactorContribution['factor'], value: number, weight: number) {
  return { factor, value, weight, contribution: value * weight };
}

// Scratch for one explanation at a time (explanations are synchronous): no arrays of small
// objects are built and sorted for the few entries that make it into the result.
let foundTerms = new Int32Array(64);
let foundWeights = new Float64Array(64);

/** Concepts both name, rarest first (a rare shared concept says more). */
export function sharedConcepts(store: OrgStore, a: number, b: number, limit: number): string[] {
  const p = store.concepts;
  let i = p.start[a]!;
  let j = p.start[b]!;
  const iEnd = i + p.length[a]!;
  const jEnd = j + p.length[b]!;
  if (foundTerms.length < iEnd - i) {
    foundTerms = new Int32Array(iEnd - i);
    foundWeights = new Float64Array(iEnd - i);
  }
  let n = 0;
  while (i < iEnd && j < jEnd) {
    const ta = p.terms[i]!;
    const tb = p.terms[j]!;
    if (ta === tb) {
      foundTerms[n] = ta;
      foundWeights[n] = p.weights[i]!;
      n += 1;
      i += 1;
      j += 1;
    } else if (ta < tb) i += 1;
    else j += 1;
  }
  // The first `limit` by weight descending, then id: a selection, as n is small and limit smaller.
  const out: string[] = [];
  const taken = n <= limit ? n : limit;
  for (let k = 0; k < taken; k += 1) {
    let best = k;
    for (let m = k + 1; m < n; m += 1) {
      const dw = foundWeights[m]! - foundWeights[best]!;
      if (
        dw > 0 ||
        (dw === 0 && store.conceptId(foundTerms[m]!) < store.conceptId(foundTerms[best]!))
      )
        best = m;
    }
    swap(foundTerms, foundWeights, k, best);
    out.push(store.conceptId(foundTerms[k]!));
  }
  return out;
}

function swap(terms: Int32Array, weights: Float64Array, x: number, y: number): void {
  const t = terms[x]!;
  terms[x] = terms[y]!;
  terms[y] = t;
  const w = weights[x]!;
  weights[x] = weights[y]!;
  weights[y] = w;
}

/**
 * Item weights by term, zero elsewhere: one need's vector spread out, so its dot product
 * with each capability is a plain sum over the capability's terms instead of a merge. The
 * sum takes the same products in the same (ascending term) order and adds exact zeros for
 * terms the need lacks, so it is the same float as `dot`.
 */
let spread = new Float64Array(1024);

function spreadItem(p: SparsePool, item: number, termCount: number): void {
  if (spread.length < termCount) spread = new Float64Array(max(termCount, spread.length * 2));
  const end = p.start[item]! + p.length[item]!;
  for (let i = p.start[item]!; i < end; i += 1) spread[p.terms[i]!] = p.weights[i]!;
}

function clearItem(p: SparsePool, item: number): void {
  const end = p.start[item]! + p.length[item]!;
  for (let i = p.start[item]!; i < end; i += 1) spread[p.terms[i]!] = 0;
}

function similarityToSpread(p: SparsePool, item: number): number {
  const end = p.start[item]! + p.length[item]!;
  let sum = 0;
  for (let i = p.start[item]!; i < end; i += 1) sum += spread[p.terms[i]!]! * p.weights[i]!;
  return sum;
}

// Best answers of one explanation: need item, capability item, direction (0: A needs B),
// rounded similarity.
let answerNeed = new Int32Array(16);
let answerCap = new Int32Array(16);
let answerDirection = new Uint8Array(16);
let answerSimilarity = new Float64Array(16);
let answers = 0;

const DIRECTIONS: readonly MatchDirection[] = ['A_NEEDS_B', 'B_NEEDS_A'];

/** For each need of `needer`, the capability of `offerer` that answers it best. */
function bestAnswers(store: OrgStore, needer: number, offerer: number, direction: number): void {
  const p = store.items;
  const termCount = store.dictionary.size;
  const needFirst = store.itemFirst[needer]!;
  const needEnd = needFirst + store.needCount[needer]!;
  const capFirst = store.itemFirst[offerer]! + store.needCount[offerer]!;
  const capEnd = capFirst + store.capabilityCount[offerer]!;
  if (capEnd === capFirst) return;
  for (let n = needFirst; n < needEnd; n += 1) {
    let best = -1;
    let bestSim = 0;
    spreadItem(p, n, termCount);
    for (let c = capFirst; c < capEnd; c += 1) {
      const sim = similarityToSpread(p, c);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    clearItem(p, n);
    if (best < 0) continue;
    if (answers === answerNeed.length) growAnswers();
    answerNeed[answers] = n;
    answerCap[answers] = best;
    answerDirection[answers] = direction;
    answerSimilarity[answers] =
      round(min(1, bestSim) * SIMILARITY_PRECISION) / SIMILARITY_PRECISION;
    answers += 1;
  }
}

function growAnswers(): void {
  const size = answerNeed.length * 2;
  const need = new Int32Array(size);
  need.set(answerNeed);
  answerNeed = need;
  const cap = new Int32Array(size);
  cap.set(answerCap);
  answerCap = cap;
  const direction = new Uint8Array(size);
  direction.set(answerDirection);
  answerDirection = direction;
  const similarity = new Float64Array(size);
  similarity.set(answerSimilarity);
  answerSimilarity = similarity;
}

/** Answer x before answer y: similarity descending, then need id, then capability id. */
function answerBefore(ids: readonly string[], x: number, y: number): boolean {
  const ds = answerSimilarity[x]! - answerSimilarity[y]!;
  if (ds !== 0) return ds > 0;
  const nx = ids[answerNeed[x]!]!;
  const ny = ids[answerNeed[y]!]!;
  if (nx !== ny) return nx < ny;
  return ids[answerCap[x]!]! < ids[answerCap[y]!]!;
}

export function matchedItems(store: OrgStore, a: number, b: number, limit: number): MatchedItem[] {
  if (limit === 0) return [];
  answers = 0;
  bestAnswers(store, a, b, 0);
  bestAnswers(store, b, a, 1);
  const ids = store.itemIds;
  const out: MatchedItem[] = [];
  const taken = answers <= limit ? answers : limit;
  // The first `limit` in order, by selection: answers are a handful.
  for (let k = 0; k < taken; k += 1) {
    let best = k;
    for (let m = k + 1; m < answers; m += 1) if (answerBefore(ids, m, best)) best = m;
    swapAnswers(k, best);
    out.push({
      needId: ids[answerNeed[k]!]!,
      capabilityId: ids[answerCap[k]!]!,
      direction: DIRECTIONS[answerDirection[k]!]!,
      similarity: answerSimilarity[k]!,
    });
  }
  return out;
}

function swapAnswers(x: number, y: number): void {
  if (x === y) return;
  const n = answerNeed[x]!;
  answerNeed[x] = answerNeed[y]!;
  answerNeed[y] = n;
  const c = answerCap[x]!;
  answerCap[x] = answerCap[y]!;
  answerCap[y] = c;
  const d = answerDirection[x]!;
  answerDirection[x] = answerDirection[y]!;
  answerDirection[y] = d;
  const s = answerSimilarity[x]!;
  answerSimilarity[x] = answerSimilarity[y]!;
  answerSimilarity[y] = s;
}

export function explain(
  store: OrgStore,
  scorer: PairScorer,
  a: number,
  b: number,
  limits: { sharedConcepts: number; matchedItems: number },
  /** The pair's factors where the caller has them from its search (the same as computed). */
  known?: PairFactors,
): Suggestion {
  const f = known ?? scorer.factors(a, b);
  return {
    partnerId: store.ids[b]!,
    score: f.score,
    relevanceAToB: f.relevanceXY,
    relevanceBToA: f.relevanceYX,
    scope: f.scope,
    breakdown: breakdown(f, scorer),
    sharedConcepts: sharedConcepts(store, a, b, limits.sharedConcepts),
    matchedItems: matchedItems(store, a, b, limits.matchedItems),
  };
}

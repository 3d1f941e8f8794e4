/**
 * Why a pair scores as it does: each factor's share, the concepts both sides name (rarest
 * first), and which need of one side meets which capability of the other.
 */
import { CONCEPT_PREFIX } from './analyze';
import { FactorContribution, MatchedItem, MatchDirection, Suggestion } from './suggestion';
import { OrgStore } from './org-store';
import { PairFactors, PairScorer } from './pair-scorer';
import { dot } from './sparse-vector';

// Bound once: under Jest's vm sandbox every lookup of a global such as Math is slow.
const { min, round } = Math;

const SIMILARITY_PRECISION = 1e6;

export function breakdown(f: PairFactors, scorer: PairScorer): FactorContribution[] {
  const w = scorer.w;
  const rows: [FactorContribution['factor'], number, number][] = [
    ['relevanceAToB', f.relevanceXY, w.relevance],
    ['relevanceBToA', f.relevanceYX, w.relevance],
    ['sharedTopics', f.sharedTopics, w.sharedTopics],
    ['sectorFit', f.sectorFit, w.sectorFit],
    ['kindComplementarity', f.kindComplementarity, w.kindComplementarity],
    ['zoneSpecialisation', f.zoneSpecialisation, w.zoneSpecialisation],
    ['proximity', f.proximity, w.proximity],
  ];
  return rows.map(([factor, value, weight]) => ({
    factor,
    value,
    weight,
    contribution: value * weight,
  }));
}

/** Concepts both name, rarest first (a rare shared concept says more). */
export function sharedConcepts(store: OrgStore, a: number, b: number, limit: number): string[] {
  const p = store.concepts;
  const found: { id: string; weight: number }[] = [];
  let i = p.start[a]!;
  let j = p.start[b]!;
  const iEnd = i + p.length[a]!;
  const jEnd = j + p.length[b]!;
  while (i < iEnd && j < jEnd) {
    const ta = p.terms[i]!;
    const tb = p.terms[j]!;
    if (ta === tb) {
      const id = store.dictionary.text(ta).slice(CONCEPT_PREFIX.length);
      found.push({ id, weight: p.weights[i]! });
      i += 1;
      j += 1;
    } else if (ta < tb) i += 1;
    else j += 1;
  }
  found.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return found.slice(0, limit).map((c) => c.id);
}

function itemSimilarity(store: OrgStore, x: number, y: number): number {
  const p = store.items;
  return dot(
    p.terms,
    p.weights,
    p.start[x]!,
    p.length[x]!,
    p.terms,
    p.weights,
    p.start[y]!,
    p.length[y]!,
  );
}

/** For each need of `needer`, the capability of `offerer` that answers it best. */
function bestAnswers(
  store: OrgStore,
  needer: number,
  offerer: number,
  direction: MatchDirection,
): MatchedItem[] {
  const out: MatchedItem[] = [];
  const needFirst = store.itemFirst[needer]!;
  const capFirst = store.itemFirst[offerer]! + store.needCount[offerer]!;
  const capCount = store.capabilityCount[offerer]!;
  for (let n = needFirst; n < needFirst + store.needCount[needer]!; n += 1) {
    let best = -1;
    let bestSim = 0;
    for (let c = capFirst; c < capFirst + capCount; c += 1) {
      const sim = itemSimilarity(store, n, c);
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    if (best < 0) continue;
    out.push({
      needId: store.itemIds[n]!,
      capabilityId: store.itemIds[best]!,
      direction,
      similarity: round(min(1, bestSim) * SIMILARITY_PRECISION) / SIMILARITY_PRECISION,
    });
  }
  return out;
}

export function matchedItems(store: OrgStore, a: number, b: number, limit: number): MatchedItem[] {
  if (limit === 0) return [];
  const all = [...bestAnswers(store, a, b, 'A_NEEDS_B'), ...bestAnswers(store, b, a, 'B_NEEDS_A')];
  all.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      (x.needId < y.needId ? -1 : x.needId > y.needId ? 1 : 0) ||
      (x.capabilityId < y.capabilityId ? -1 : x.capabilityId > y.capabilityId ? 1 : 0),
  );
  return all.slice(0, limit);
}

export function explain(
  store: OrgStore,
  scorer: PairScorer,
  a: number,
  b: number,
  limits: { sharedConcepts: number; matchedItems: number },
): Suggestion {
  const f = scorer.factors(a, b);
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

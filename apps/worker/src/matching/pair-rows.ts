import { encodeBreakdown, SuggestionBreakdown } from '@app/domain';
import { ENGINE_VERSION, FACTORS, MatchFactor, Suggestion } from '@app/matching';
import type { PairRow } from './suggestion.writer';

const flipFactor = (f: MatchFactor): MatchFactor =>
  f === 'relevanceAToB' ? 'relevanceBToA' : f === 'relevanceBToA' ? 'relevanceAToB' : f;

/** Code-point order: the same on every machine, and far cheaper than `localeCompare`. */
const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A suggestion seen from `subjectId`, as the row of its unordered pair (a < b). Either side
 * may find the pair (it can be in both top-K lists, scored by different workers), so the row
 * is oriented to (a, b) and put in one canonical order: whoever writes it writes the same.
 */
export function toPairRow(subjectId: string, s: Suggestion): PairRow {
  const subjectIsA = subjectId < s.partnerId;
  const breakdown: SuggestionBreakdown = {
    factors: s.breakdown
      .map((f) => ({
        factor: subjectIsA ? f.factor : flipFactor(f.factor),
        value: f.value,
        weight: f.weight,
        contribution: f.contribution,
      }))
      .sort(
        (x, y) =>
          FACTORS.indexOf(x.factor as MatchFactor) - FACTORS.indexOf(y.factor as MatchFactor),
      ),
    sharedConcepts: s.sharedConcepts,
    matchedItems: s.matchedItems
      .map((m) => ({
        needId: m.needId,
        capabilityId: m.capabilityId,
        direction: subjectIsA
          ? m.direction
          : m.direction === 'A_NEEDS_B'
            ? ('B_NEEDS_A' as const)
            : ('A_NEEDS_B' as const),
        similarity: m.similarity,
      }))
      .sort(
        (x, y) =>
          y.similarity - x.similarity ||
          compare(x.direction, y.direction) ||
          compare(x.needId, y.needId) ||
          compare(x.capabilityId, y.capabilityId),
      ),
  };
  return {
    a: subjectIsA ? subjectId : s.partnerId,
    b: subjectIsA ? s.partnerId : subjectId,
    score: s.score,
    relevanceAToB: subjectIsA ? s.relevanceAToB : s.relevanceBToA,
    relevanceBToA: subjectIsA ? s.relevanceBToA : s.relevanceAToB,
    scope: s.scope,
    breakdown: encodeBreakdown(breakdown),
    engineVersion: ENGINE_VERSION,
  };
}

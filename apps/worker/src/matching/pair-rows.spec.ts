import { SuggestionScope } from '@app/domain';
import { Suggestion } from '@app/matching';
import { toPairRow } from './pair-rows';

const fromA: Suggestion = {
  partnerId: 'b',
  score: 0.5,
  relevanceAToB: 0.7,
  relevanceBToA: 0.2,
  scope: SuggestionScope.SAME_ZONE,
  breakdown: [
    { factor: 'relevanceAToB', value: 0.7, weight: 0.3, contribution: 0.21 },
    { factor: 'relevanceBToA', value: 0.2, weight: 0.3, contribution: 0.06 },
    { factor: 'proximity', value: 0.5, weight: 0.4, contribution: 0.2 },
  ],
  sharedConcepts: ['welding'],
  matchedItems: [
    { needId: 'n1', capabilityId: 'c1', direction: 'A_NEEDS_B', similarity: 0.9 },
    { needId: 'n2', capabilityId: 'c2', direction: 'B_NEEDS_A', similarity: 0.4 },
  ],
};

/** The same pair as the engine reports it from b's side. */
const fromB: Suggestion = {
  ...fromA,
  partnerId: 'a',
  relevanceAToB: 0.2,
  relevanceBToA: 0.7,
  breakdown: [
    { factor: 'relevanceAToB', value: 0.2, weight: 0.3, contribution: 0.06 },
    { factor: 'relevanceBToA', value: 0.7, weight: 0.3, contribution: 0.21 },
    { factor: 'proximity', value: 0.5, weight: 0.4, contribution: 0.2 },
  ],
  matchedItems: [
    { needId: 'n2', capabilityId: 'c2', direction: 'A_NEEDS_B', similarity: 0.4 },
    { needId: 'n1', capabilityId: 'c1', direction: 'B_NEEDS_A', similarity: 0.9 },
  ],
};

describe('toPairRow', () => {
  it('writes the same row whichever side found the pair', () => {
    expect(toPairRow('b', fromB)).toEqual(toPairRow('a', fromA));
    expect(toPairRow('a', fromA)).toMatchObject({
      a: 'a',
      b: 'b',
      relevanceAToB: 0.7,
      relevanceBToA: 0.2,
    });
  });
});

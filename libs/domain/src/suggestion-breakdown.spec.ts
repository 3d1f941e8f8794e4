import {
  BREAKDOWN_FACTORS,
  decodeBreakdown,
  encodeBreakdown,
  SuggestionBreakdown,
} from './suggestion-breakdown';

describe('suggestion breakdown storage', () => {
  const b: SuggestionBreakdown = {
    factors: [
      { factor: 'relevanceAToB', value: 0.123456, weight: 0.3, contribution: 0.0370368 },
      { factor: 'proximity', value: 1, weight: 0.1, contribution: 0.1 },
    ],
    sharedConcepts: ['a', 'b', 'c', 'd', 'e', 'f'],
    matchedItems: [
      { needId: 'n1', capabilityId: 'c1', direction: 'A_NEEDS_B', similarity: 0.98765 },
      { needId: 'n2', capabilityId: 'c2', direction: 'B_NEEDS_A', similarity: 0.5 },
      { needId: 'n3', capabilityId: 'c3', direction: 'B_NEEDS_A', similarity: 0.4 },
      { needId: 'n4', capabilityId: 'c4', direction: 'B_NEEDS_A', similarity: 0.3 },
    ],
  };

  it('round-trips to 4 decimals, keeping the most telling concepts and items', () => {
    const back = decodeBreakdown(JSON.parse(JSON.stringify(encodeBreakdown(b))));
    expect(back.factors.filter((f) => f.weight > 0)).toEqual([
      { factor: 'relevanceAToB', value: 0.1235, weight: 0.3, contribution: 0.1235 * 0.3 },
      { factor: 'proximity', value: 1, weight: 0.1, contribution: 0.1 },
    ]);
    expect(back.factors.map((f) => f.factor)).toEqual([...BREAKDOWN_FACTORS]);
    expect(back.sharedConcepts).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(back.matchedItems.map((m) => [m.needId, m.direction, m.similarity])).toEqual([
      ['n1', 'A_NEEDS_B', 0.9877],
      ['n2', 'B_NEEDS_A', 0.5],
      ['n3', 'B_NEEDS_A', 0.4],
    ]);
  });

  it('reads rows written before the factor arrays', () => {
    const old = { f: { relevanceAToB: [0.5, 0.25], proximity: [1, 0.1] }, c: ['x'], m: [] };
    expect(decodeBreakdown(old as never).factors).toEqual([
      { factor: 'relevanceAToB', value: 0.5, weight: 0.25, contribution: 0.125 },
      { factor: 'proximity', value: 1, weight: 0.1, contribution: 0.1 },
    ]);
  });

  it('refuses a factor it cannot store', () => {
    expect(() =>
      encodeBreakdown({
        ...b,
        factors: [{ factor: 'luck', value: 1, weight: 1, contribution: 1 }],
      }),
    ).toThrow(/unknown factor luck/);
  });

  it('reads an empty or missing breakdown as empty', () => {
    expect(decodeBreakdown(null)).toEqual({ factors: [], sharedConcepts: [], matchedItems: [] });
  });
});

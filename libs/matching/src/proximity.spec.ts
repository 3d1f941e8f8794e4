import { SuggestionScope } from '@app/domain';

import { distanceKm, proximity, scopeOf } from './proximity';
import { PLACES } from './testing/profile-builder';

describe('proximity', () => {
  const { DAEBUL, MOKPO_SAPJIN, GWANGJU_CHEOMDAN, OCHANG } = PLACES;

  it('names the scope of a pair', () => {
    expect(scopeOf(DAEBUL, DAEBUL)).toBe(SuggestionScope.SAME_COMPLEX);
    expect(scopeOf(DAEBUL, MOKPO_SAPJIN)).toBe(SuggestionScope.SAME_CLUSTER);
    expect(scopeOf(DAEBUL, GWANGJU_CHEOMDAN)).toBe(SuggestionScope.SAME_ZONE);
    expect(scopeOf(DAEBUL, OCHANG)).toBe(SuggestionScope.CROSS_ZONE);
  });

  it('ranks same complex > same cluster > same zone > across zones', () => {
    const values = [DAEBUL, MOKPO_SAPJIN, GWANGJU_CHEOMDAN, OCHANG].map((p) =>
      proximity(DAEBUL, p),
    );
    expect(values[0]).toBe(1);
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeLessThan(values[i - 1]!);
    for (const v of values) expect(v).toBeGreaterThan(0);
  });

  it('measures great-circle distance, symmetrically', () => {
    expect(distanceKm(DAEBUL, MOKPO_SAPJIN)).toBeGreaterThan(6);
    expect(distanceKm(DAEBUL, MOKPO_SAPJIN)).toBeLessThan(10);
    expect(distanceKm(DAEBUL, OCHANG)).toBeCloseTo(distanceKm(OCHANG, DAEBUL), 12);
    expect(proximity(DAEBUL, OCHANG)).toBe(proximity(OCHANG, DAEBUL));
  });
});

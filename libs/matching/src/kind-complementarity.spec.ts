import { OrganizationKind } from '@app/domain';

import { kindComplementarity } from './kind-complementarity';

const { FIRM, UNIVERSITY, INSTITUTE } = OrganizationKind;

describe('kindComplementarity', () => {
  it('puts industry–academia and industry–research first, then academia–research, then peers', () => {
    expect(kindComplementarity(FIRM, UNIVERSITY)).toBe(1);
    expect(kindComplementarity(FIRM, INSTITUTE)).toBe(1);
    expect(kindComplementarity(UNIVERSITY, INSTITUTE)).toBe(0.6);
    expect(kindComplementarity(FIRM, FIRM)).toBe(0.4);
    expect(kindComplementarity(UNIVERSITY, UNIVERSITY)).toBe(0.3);
    expect(kindComplementarity(INSTITUTE, INSTITUTE)).toBe(0.3);
  });

  it('is symmetric', () => {
    for (const a of [FIRM, UNIVERSITY, INSTITUTE]) {
      for (const b of [FIRM, UNIVERSITY, INSTITUTE]) {
        expect(kindComplementarity(a, b)).toBe(kindComplementarity(b, a));
      }
    }
  });
});

import { ZoneCode } from '@app/domain';

import { zoneSpecialisationFit } from './zone-fit';

describe('zoneSpecialisationFit', () => {
  it('is the share of shared concepts in either zone’s specialisation', () => {
    expect(
      zoneSpecialisationFit(['shipbuilding', 'quality-management'], ZoneCode.HONAM, ZoneCode.JEJU),
    ).toBe(0.5);
    expect(zoneSpecialisationFit(['biotechnology'], ZoneCode.HONAM, ZoneCode.JEJU)).toBe(1);
    expect(zoneSpecialisationFit(['biotechnology'], ZoneCode.HONAM, ZoneCode.CAPITAL)).toBe(0);
  });

  it('is 0 without shared concepts', () => {
    expect(zoneSpecialisationFit([], ZoneCode.HONAM, ZoneCode.HONAM)).toBe(0);
  });
});

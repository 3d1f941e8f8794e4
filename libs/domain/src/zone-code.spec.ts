import { ZoneCode } from './enums';
import { BadUserInputError } from './errors';
import { parseZoneCode } from './zone-code';

describe('parseZoneCode', () => {
  it('accepts known codes in any case', () => {
    expect(parseZoneCode('HONAM')).toBe(ZoneCode.HONAM);
    expect(parseZoneCode(' jeju ')).toBe(ZoneCode.JEJU);
  });

  it('names the valid codes when the code is unknown', () => {
    expect(() => parseZoneCode('ATLANTIS')).toThrow(BadUserInputError);
    expect(() => parseZoneCode('ATLANTIS')).toThrow(
      /CAPITAL, CHUNGCHEONG, DAEGYEONG, DONGNAM, HONAM, GANGWON, JEJU/,
    );
  });
});

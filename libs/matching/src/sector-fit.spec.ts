import { divisionRow, divisionsOf, sectorFit } from './sector-fit';

describe('sectorFit', () => {
  it('is 1 in the same division, 0.6 between value-chain neighbours, else 0', () => {
    expect(sectorFit(['31114'], ['3112'])).toBe(1);
    expect(sectorFit(['24'], ['25'])).toBe(0.6);
    expect(sectorFit(['10301'], ['31114'])).toBe(0);
  });

  it('takes the best pair of codes and ignores invalid ones', () => {
    expect(sectorFit(['10301', '24111'], ['56', '25'])).toBe(0.6);
    expect(sectorFit(['abc', '00'], ['25'])).toBe(0);
    expect(sectorFit([], ['25'])).toBe(0);
  });

  it('reads divisions once each, ascending, and rows agree with pairs', () => {
    expect([...divisionsOf(['29', '2511', '29222', 'x'])]).toEqual([25, 29]);
    const row = divisionRow(divisionsOf(['24']));
    expect(row[24]).toBe(1);
    expect(row[25]).toBe(0.6);
    expect(row[10]).toBe(0);
  });
});

import { distanceMeters } from './geo-distance';

describe('distanceMeters', () => {
  it('is 0 for one point and symmetric', () => {
    const a = { lat: 35.1, lng: 129.0 };
    const b = { lat: 37.5665, lng: 126.978 };
    expect(distanceMeters(a, a)).toBe(0);
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
  });

  it('measures Seoul to Busan at about 325 km', () => {
    const seoul = { lat: 37.5665, lng: 126.978 };
    const busan = { lat: 35.1796, lng: 129.0756 };
    expect(distanceMeters(seoul, busan) / 1000).toBeGreaterThan(320);
    expect(distanceMeters(seoul, busan) / 1000).toBeLessThan(330);
  });
});

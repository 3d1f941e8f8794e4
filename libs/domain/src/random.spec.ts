import { deriveSeed, mulberry32, SeededRandom } from './random';

describe('mulberry32', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('matches the reference mulberry32 stream (demo data depends on it never changing)', () => {
    const next = mulberry32(1);
    expect(Array.from({ length: 3 }, () => Math.round(next() * 1e9))).toEqual([
      627073941, 2735721, 527447040,
    ]);
  });

  it('stays in [0, 1) with a roughly uniform mean', () => {
    const next = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 20000; i += 1) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 1);
  });
});

describe('deriveSeed', () => {
  it('is stable and separates its inputs', () => {
    expect(deriveSeed(1, 'names')).toBe(deriveSeed(1, 'names'));
    expect(deriveSeed(1, 'names')).not.toBe(deriveSeed(2, 'names'));
    expect(deriveSeed(1, 'names')).not.toBe(deriveSeed(1, 'texts'));
    expect(deriveSeed('12', 3)).not.toBe(deriveSeed('1', 23));
  });
});

describe('SeededRandom', () => {
  it('draws integers within bounds, inclusive', () => {
    const r = new SeededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i += 1) seen.add(r.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
    expect(() => r.int(5, 2)).toThrow(RangeError);
  });

  it('picks, samples without repeats and shuffles deterministically', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const r1 = new SeededRandom(9);
    const r2 = new SeededRandom(9);
    expect(r1.pick(items)).toBe(r2.pick(items));
    const s = r1.sample(items, 3);
    expect(new Set(s).size).toBe(3);
    expect(r2.sample(items, 3)).toEqual(s);
    expect(r1.sample(items, 10)).toHaveLength(5);
    expect(r1.shuffle(items.slice()).sort()).toEqual(items);
    expect(() => r1.pick([])).toThrow(RangeError);
  });

  it('respects weights', () => {
    const r = new SeededRandom(11);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10000; i += 1) counts[r.weightedIndex([1, 0, 3])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
    expect(() => r.weightedIndex([0, 0])).toThrow(RangeError);
  });

  it('hits a probability within tolerance', () => {
    const r = new SeededRandom(5);
    let hits = 0;
    for (let i = 0; i < 10000; i += 1) if (r.chance(0.3)) hits += 1;
    expect(hits / 10000).toBeGreaterThan(0.28);
    expect(hits / 10000).toBeLessThan(0.32);
  });
});

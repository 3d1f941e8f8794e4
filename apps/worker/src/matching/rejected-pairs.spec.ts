import { RejectedPairs } from './rejected-pairs';

describe('RejectedPairs', () => {
  it('excludes a pair from either side once added, and nothing before', () => {
    const rejected = new RejectedPairs();
    expect(rejected.excluder).toBeUndefined();
    rejected.add([{ a: 'a', b: 'b' }]);
    const exclude = rejected.excluder!;
    expect(exclude('a', 'b')).toBe(true);
    expect(exclude('b', 'a')).toBe(true);
    expect(exclude('a', 'c')).toBe(false);
    // Pairs added later count for an excluder taken before: searches see what is known now.
    rejected.add([
      { a: 'c', b: 'd' },
      { a: 'a', b: 'b' },
    ]);
    expect(exclude('d', 'c')).toBe(true);
    expect(rejected.excluder).toBe(exclude);
  });
});

import { compareRanked, TopList } from './ranking';

describe('TopList', () => {
  it('keeps the best k by score, then id, and reports the floor', () => {
    const top = new TopList(3);
    expect(top.floor).toBe(-Infinity);
    for (const [id, score] of [
      ['d', 0.5],
      ['a', 0.9],
      ['c', 0.5],
      ['b', 0.5],
      ['e', 0.1],
    ] as const) {
      top.offer({ slot: 0, id, score });
    }
    expect(top.items.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(top.floor).toBe(0.5);
    expect(compareRanked({ id: 'x', score: 1 }, { id: 'a', score: 0.5 })).toBeLessThan(0);
  });
});

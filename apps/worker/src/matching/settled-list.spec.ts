import { compareRanked } from '@app/matching';
import { Scored, settledList } from './settled-list';

const K = 3;

function topK(scores: Map<string, number>, k = K): Scored[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort(compareRanked)
    .slice(0, k);
}

/** settledList for a list whose every candidate's score is known, before and after a change. */
function settle(
  before: Map<string, number>,
  after: Map<string, number>,
  kept: (id: string) => boolean = () => true,
) {
  const old = topK(before);
  const end = old.length < K ? 0 : old[K - 1]!.score;
  const changed = [...after.keys()].filter((id) => after.get(id) !== before.get(id));
  const reaching = (id: string) => {
    const score = after.get(id);
    return score !== undefined && score >= end ? score : undefined;
  };
  return settledList(old, end, K, changed, reaching, kept);
}

describe('settledList', () => {
  const before = new Map([
    ['a', 0.9],
    ['b', 0.8],
    ['c', 0.7],
    ['d', 0.6],
    ['e', 0.5],
  ]);

  it('keeps the list where a changed partner still scores above its end', () => {
    const after = new Map(before).set('b', 0.95);
    expect(settle(before, after)).toEqual(topK(after));
    expect(settle(before, after)!.map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });

  it('lets a changed organization in and pushes the last partner out', () => {
    const after = new Map(before).set('e', 0.75);
    expect(settle(before, after)!.map((p) => p.id)).toEqual(['a', 'b', 'e']);
  });

  it('leaves to the search a list a changed partner left or sits at the end of', () => {
    expect(settle(before, new Map(before).set('a', 0.1))).toBeUndefined();
    // At the end itself: d, left out by id before, could rank before it now.
    expect(settle(before, new Map(before).set('a', 0.7))).toBeUndefined();
  });

  it('leaves to the search a short list, and one with a partner no longer kept', () => {
    const short = new Map([
      ['a', 0.9],
      ['b', 0.8],
    ]);
    expect(settle(short, new Map(short).set('b', 0.85))).toBeUndefined();
    expect(settle(before, new Map(before).set('b', 0.95), (id) => id !== 'c')).toBeUndefined();
  });

  it('equals the top K of every score whenever it answers (random lists, ties included)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let answered = 0;
    for (let round = 0; round < 2000; round += 1) {
      // Scores on a coarse grid, so ties with the end are common.
      const grid = () => Math.round(random() * 10) / 10 || 0.1;
      const before = new Map(Array.from({ length: 8 }, (_, i) => [`o${i}`, grid()]));
      const after = new Map(before);
      for (let c = 0; c < 1 + Math.floor(random() * 3); c += 1)
        after.set(`o${Math.floor(random() * 8)}`, grid());
      const settled = settle(before, after);
      if (settled === undefined) continue;
      answered += 1;
      expect(settled).toEqual(topK(after));
    }
    expect(answered).toBeGreaterThan(500);
  });
});

/**
 * The engine's top K must be exactly what scoring every pair would give: candidate search
 * prunes only what a bound proves cannot enter. Checked against a brute-force reference on
 * 3,000 realistic organizations, using the engine's own `score` for every pair.
 */
import { generateOrganizations } from '../../database/src/seed/demo/generate-organizations';
import referenceData from '../../database/src/seed/reference-data.json';
import { MatchingEngine } from './engine';
import { compareRanked } from './ranking';
import { ComplexLike, demoProfiles } from './testing/demo-profiles';

const COUNT = 3000;
const K = 10;

describe('MatchingEngine top K on 3,000 generated organizations', () => {
  const complexes = referenceData.complexes as ComplexLike[];
  const profiles = demoProfiles(
    generateOrganizations({
      count: COUNT,
      seed: 2010,
      complexes: referenceData.complexes as never,
    }),
    complexes,
  );
  const engine = new MatchingEngine(profiles);
  const ids = engine.ids();

  it('equals the all-pairs reference for every organization', () => {
    const lists = new Map<string, { id: string; score: number }[]>(ids.map((id) => [id, []]));
    for (let i = 0; i < ids.length; i += 1) {
      const a = ids[i]!;
      for (let j = i + 1; j < ids.length; j += 1) {
        const b = ids[j]!;
        const pair = engine.score(a, b, { explain: false });
        if (!pair.eligible || pair.score < engine.config.minScore) continue;
        lists.get(a)!.push({ id: b, score: pair.score });
        lists.get(b)!.push({ id: a, score: pair.score });
      }
    }
    const mismatches: string[] = [];
    for (const id of ids) {
      const expected = lists
        .get(id)!
        .sort(compareRanked)
        .slice(0, K)
        .map((r) => `${r.id}:${r.score}`);
      const actual = engine.topK(id, { k: K }).map((s) => `${s.partnerId}:${s.score}`);
      if (expected.join() !== actual.join()) mismatches.push(id);
    }
    expect(mismatches).toEqual([]);
    // The point of the index: far fewer pairs scored than all of them.
    expect(engine.stats().pairsScored).toBeLessThan((COUNT * (COUNT - 1)) / 2 / 10);
  });
});

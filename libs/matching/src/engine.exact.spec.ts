/**
 * The engine's top K must be exactly what scoring every pair would give: candidate search
 * prunes only what a bound proves cannot enter. Checked against a brute-force reference on
 * 3,000 realistic organizations, using the engine's own `score` for every pair.
 */
import { generateOrganizations } from '@app/database/seed/demo/generate-organizations';
import referenceData from '@app/database/seed/reference-data.json';
import { MatchingConfigInput } from './config';
import { MatchingEngine } from './engine';
import { compareRanked } from './ranking';
import { ComplexLike, demoProfiles } from './testing/demo-profiles';

const COUNT = 3000;
const K = 10;

const CONFIGS: [string, MatchingConfigInput][] = [
  ['the default configuration', {}],
  [
    // Context outweighing text, a tiny first round and a score floor: the bounds must still
    // prove every skipped pair out.
    'context-heavy weights, a minimum score and a short first round',
    {
      weights: { proximity: 4, kindComplementarity: 3, sectorFit: 2 },
      candidateMultiple: 1,
      candidateMaxDocumentFraction: 0.002,
      minScore: 0.25,
    },
  ],
];

describe('MatchingEngine top K on 3,000 generated organizations', () => {
  const profiles = demoProfiles(
    generateOrganizations({
      count: COUNT,
      seed: 2010,
      complexes: referenceData.complexes as never,
    }),
    referenceData.complexes as ComplexLike[],
  );

  it.each(CONFIGS)('equals the all-pairs reference with %s', (_name, config) => {
    const engine = new MatchingEngine(profiles, config);
    const ids = engine.ids();
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

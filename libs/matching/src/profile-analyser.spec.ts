import { generateOrganizations } from '@app/database/seed/demo/generate-organizations';
import referenceData from '@app/database/seed/reference-data.json';
import { MatchingEngine } from './engine';
import { MatchProfile } from './match-profile';
import { ProfileAnalyser } from './profile-analyser';
import { ComplexLike, demoProfiles } from './testing/demo-profiles';

function generated(count: number, seed: number): MatchProfile[] {
  const orgs = generateOrganizations({ count, seed, complexes: referenceData.complexes as never });
  return demoProfiles(orgs, referenceData.complexes as ComplexLike[]).map((p) => ({
    ...p,
    version: 1,
  }));
}

/** Every list with its scores and explanations, and the dictionary's size: the whole answer. */
function answers(engine: MatchingEngine): string {
  const lists = engine.ids().map((id) => [id, engine.topK(id)]);
  return JSON.stringify({ terms: engine.stats().terms, lists });
}

/** The profile as a worker reads it when the analyser holds its version: no texts. */
function withoutTexts(p: MatchProfile): MatchProfile {
  return {
    ...p,
    keywords: [],
    description: undefined,
    capabilities: [],
    needs: [],
    textsOmitted: true,
  };
}

describe('ProfileAnalyser shared by engine builds', () => {
  const profiles = generated(400, 21);
  const fresh = answers(new MatchingEngine(profiles));

  it('gives the same engine, bit for bit, when every analysis is reused', () => {
    const analyser = new ProfileAnalyser();
    expect(answers(new MatchingEngine(profiles, {}, analyser))).toBe(fresh);
    expect(analyser.size).toBe(400);
    // The second build reads no texts at all.
    expect(answers(new MatchingEngine(profiles.map(withoutTexts), {}, analyser))).toBe(fresh);
  });

  it('analyses a changed version again and forgets what it no longer needs', () => {
    const analyser = new ProfileAnalyser();
    new MatchingEngine(profiles, {}, analyser);
    const [first, second, ...rest] = profiles;
    const changed: MatchProfile = {
      ...first!,
      version: 2,
      capabilities: [
        { id: 'new-cap', title: '선박 블록 용접 자동화', description: '', keywords: ['용접'] },
      ],
    };
    const next = [changed, ...rest.map(withoutTexts)];
    expect(analyser.has(changed.id, 2)).toBe(false);
    const reused = answers(new MatchingEngine(next, {}, analyser));
    expect(reused).toBe(answers(new MatchingEngine([changed, ...rest])));
    expect(analyser.has(changed.id, 2)).toBe(true);
    // The second organization left the corpus: its analysis goes when asked to.
    analyser.retainOnly(new Set(next.map((p) => p.id)));
    expect(analyser.has(second!.id, 1)).toBe(false);
    expect(analyser.size).toBe(399);
  });

  it('refuses a profile read without texts whose version it does not hold', () => {
    const analyser = new ProfileAnalyser();
    new MatchingEngine(profiles, {}, analyser);
    const stale = { ...withoutTexts(profiles[0]!), version: 7 };
    expect(() => new MatchingEngine([stale], {}, analyser)).toThrow(/read without its texts/);
  });

  it('does not keep profiles that carry no version', () => {
    const analyser = new ProfileAnalyser();
    const unversioned = profiles.map(({ version: _version, ...p }) => p);
    expect(answers(new MatchingEngine(unversioned, {}, analyser))).toBe(fresh);
    expect(analyser.size).toBe(0);
  });

  it('packs its blocks again when changed versions leave most of what it wrote unused', () => {
    const analyser = new ProfileAnalyser();
    let current = profiles;
    let packs = 0;
    let before = 0;
    for (let version = 1; version <= 40; version += 1) {
      // Every organization changes (same texts, new version): all analysed again.
      current = current.map((p) => ({ ...p, version }));
      new MatchingEngine(current, {}, analyser);
      analyser.retainOnly(new Set(current.map((p) => p.id)));
      const { written, live } = analyser.footprint;
      expect(written).toBeLessThanOrEqual(2 * live + (1 << 20));
      if (written < before) packs += 1;
      before = written;
    }
    expect(packs).toBeGreaterThan(0);
    // 40 × 400 analyses were written; blocks were packed on the way, and still answer the same.
    expect(answers(new MatchingEngine(current.map(withoutTexts), {}, analyser))).toBe(fresh);
  });
});

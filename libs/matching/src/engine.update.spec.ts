import { OrganizationKind } from '@app/domain';

import { generateOrganizations } from '@app/database/seed/demo/generate-organizations';
import referenceData from '@app/database/seed/reference-data.json';
import { MatchingEngine } from './engine';
import { MatchProfile } from './match-profile';
import { compareRanked } from './ranking';
import { ComplexLike, demoProfiles } from './testing/demo-profiles';
import { profile } from './testing/profile-builder';

function generated(count: number, seed: number): MatchProfile[] {
  const orgs = generateOrganizations({ count, seed, complexes: referenceData.complexes as never });
  return demoProfiles(orgs, referenceData.complexes as ComplexLike[]);
}

const welder = profile({
  id: 'welder',
  needs: [{ title: '선박 블록 용접 자동화', keywords: ['용접 자동화'] }],
});
const lab = profile({
  id: 'lab',
  kind: OrganizationKind.UNIVERSITY,
  place: 'MOKPO_SAPJIN',
  capabilities: [{ title: '용접 자동화 로봇 연구', keywords: ['용접 자동화', '용접 로봇'] }],
});
const painter = profile({
  id: 'painter',
  capabilities: [{ title: '선박 도장 자동화', keywords: ['도장'] }],
});

describe('MatchingEngine updates', () => {
  it('takes in a new organization and forgets a removed one', () => {
    const engine = new MatchingEngine([welder, painter]);
    expect(engine.topK('welder').map((s) => s.partnerId)).not.toContain('lab');
    engine.upsert(lab);
    expect(engine.has('lab')).toBe(true);
    expect(engine.topK('welder')[0]?.partnerId).toBe('lab');
    expect(engine.topK('lab')[0]?.partnerId).toBe('welder');
    engine.remove('lab');
    engine.remove('lab');
    expect(engine.has('lab')).toBe(false);
    expect(engine.ids()).toEqual(['painter', 'welder']);
    expect(engine.topK('welder').map((s) => s.partnerId)).not.toContain('lab');
    expect(() => engine.topK('lab')).toThrow(RangeError);
  });

  it('replaces a changed organization: its old texts no longer count', () => {
    const engine = new MatchingEngine([welder, lab, painter]);
    expect(engine.topK('welder')[0]?.partnerId).toBe('lab');
    engine.upsert({
      ...lab,
      capabilities: [{ ...lab.capabilities[0]!, title: '김치 발효', keywords: ['발효'] }],
    });
    expect(engine.topK('welder').map((s) => s.partnerId)).not.toContain('lab');
    expect(engine.stats().organizations).toBe(3);
  });

  it('gives the same answers after re-upserting an unchanged organization', () => {
    const profiles = generated(300, 3);
    const engine = new MatchingEngine(profiles);
    const ids = engine.ids();
    const before = ids.map((id) => engine.topK(id, { k: 5 }));
    for (const p of profiles.slice(0, 40)) engine.upsert(p);
    expect(ids.map((id) => engine.topK(id, { k: 5 }))).toEqual(before);
  });

  it('stays exact after upserts and removals', () => {
    const profiles = generated(1200, 11);
    const engine = new MatchingEngine(profiles.slice(0, 1000));
    for (const p of profiles.slice(1000)) engine.upsert(p);
    for (const p of profiles.slice(0, 60)) {
      engine.upsert({ ...p, needs: p.needs.slice(1), keywords: [...p.keywords, '용접 자동화'] });
    }
    for (const p of profiles.slice(60, 120)) engine.remove(p.id);
    const ids = engine.ids();
    expect(ids).toHaveLength(1140);
    for (const a of ids.filter((_, i) => i % 20 === 0)) {
      const reference = ids
        .filter((b) => b !== a)
        .map((b) => ({ id: b, pair: engine.score(a, b, { explain: false }) }))
        .filter((r) => r.pair.eligible)
        .map((r) => ({ id: r.id, score: r.pair.score }))
        .sort(compareRanked)
        .slice(0, 10);
      const top = engine.topK(a, { k: 10 });
      expect(top.map((s) => [s.partnerId, s.score])).toEqual(reference.map((r) => [r.id, r.score]));
    }
  });

  it('finds exactly the lists an organization reaches, each held to its own end', () => {
    const profiles = generated(1500, 17);
    const k = 8;
    const engine = new MatchingEngine(profiles);
    const ids = engine.ids();
    const ends = new Map<string, number>();
    for (const id of ids) {
      const list = engine.topKRanked(id, { k });
      // Some lists left unrecorded (end 0: every eligible partner reaches them).
      if (id.endsWith('7')) continue;
      ends.set(id, list.length < k ? 0 : list[k - 1]!.score);
      engine.setListEnd(id, ends.get(id)!);
    }
    // A changed organization keeps its recorded end; a removed one no longer counts.
    for (const p of profiles.slice(0, 30)) {
      engine.upsert({ ...p, keywords: [...p.keywords, '용접 자동화', '스마트 팩토리'] });
    }
    engine.remove(profiles[40]!.id);
    const live = engine.ids();
    const rejected = new Set([`${live[3]}|${live[9]}`]);
    const exclude = (a: string, b: string) => rejected.has(`${a}|${b}`);
    let reached = 0;
    for (const a of live.filter((_, i) => i % 25 === 3)) {
      const reference = live
        .filter((b) => b !== a && !exclude(a, b))
        .map((b) => ({ id: b, pair: engine.score(a, b, { explain: false }) }))
        .filter((r) => r.pair.eligible && r.pair.score >= (ends.get(r.id) ?? 0))
        .map((r) => ({ id: r.id, score: r.pair.score }))
        .sort(compareRanked);
      const found = engine.listsReachedBy(a, { exclude });
      expect(found.map((s) => [s.partnerId, s.score])).toEqual(
        reference.map((r) => [r.id, r.score]),
      );
      reached += found.length;
    }
    // The check means something: lists are reached, and not every partner reaches them.
    expect(reached).toBeGreaterThan(20);
    expect(engine.listsReachedBy(live[3]!, { minScore: 1 })).toEqual([]);
    expect(() => engine.setListEnd(live[0]!, 1.5)).toThrow(RangeError);
    // Recorded ends read back: kept across an upsert, 0 where none was recorded or it is gone.
    for (const id of live) expect(engine.listEndOf(id)).toBe(ends.get(id) ?? 0);
    expect(engine.listEndOf(profiles[40]!.id)).toBe(0);
    expect(engine.listEndOf('nobody')).toBe(0);
  });

  it("a full list's recorded end says who is in it; at the end itself, its K-th partner does", () => {
    // What the incremental rescore relies on to settle a pushed-out pair without a search.
    const engine = new MatchingEngine(generated(800, 23));
    const k = 6;
    const ids = engine.ids();
    let decided = 0;
    let ties = 0;
    for (const [i, y] of ids.entries()) {
      if (i % 20 !== 0) continue;
      const list = engine.topKRanked(y, { k });
      const end = list.length < k ? 0 : list[k - 1]!.score;
      // Every other list records its end without its K-th partner (as rows written before it was).
      engine.setListEnd(y, end, i % 40 === 0 ? list[k - 1]?.partnerId : undefined);
      const members = new Set(list.map((s) => s.partnerId));
      for (const p of ids) {
        if (p === y) continue;
        const pair = engine.score(y, p, { explain: false });
        if (!pair.eligible) continue;
        const holds = engine.storedListHolds(y, p, pair.score);
        if (end === 0 || (pair.score === end && i % 40 !== 0)) {
          expect(holds).toBeUndefined();
          continue;
        }
        expect(holds).toBe(members.has(p));
        decided += 1;
        if (pair.score === end) ties += 1;
      }
    }
    expect(decided).toBeGreaterThan(1000);
    expect(ties).toBeGreaterThan(0);
  });

  it('tells two partners tied at the end apart by id, and forgets the end partner on removal', () => {
    const engine = new MatchingEngine([welder, lab, { ...lab, id: 'lab2' }], { k: 1 });
    const [first] = engine.topKRanked('welder');
    expect(first!.partnerId).toBe('lab');
    engine.setListEnd('welder', first!.score, 'lab');
    expect(engine.storedListHolds('welder', 'lab', first!.score)).toBe(true);
    expect(engine.storedListHolds('welder', 'lab2', first!.score)).toBe(false);
    engine.upsert(welder);
    expect(engine.storedListHolds('welder', 'lab2', first!.score)).toBe(false);
    engine.remove('welder');
    engine.upsert(welder);
    expect(engine.storedListHolds('welder', 'lab', first!.score)).toBeUndefined();
  });
});

describe('MatchingEngine input checks', () => {
  it('refuses a bad profile without changing anything', () => {
    const engine = new MatchingEngine([welder, lab]);
    const before = engine.topK('welder');
    expect(() => engine.upsert({ ...lab, zone: 'ATLANTIS' as never })).toThrow(/unknown zone/);
    expect(() => engine.upsert({ ...lab, lat: Number.NaN })).toThrow(/latitude/);
    expect(() => engine.upsert({ ...lab, kind: 'CLUB' as never })).toThrow(/unknown kind/);
    expect(engine.ids()).toEqual(['lab', 'welder']);
    expect(engine.topK('welder')).toEqual(before);
    expect(() => new MatchingEngine([{ ...lab, id: '' }])).toThrow(/non-empty string id/);
  });

  it('explains a ranked list as topK would have', () => {
    const engine = new MatchingEngine(generated(300, 6));
    for (const id of engine.ids().slice(0, 60)) {
      expect(engine.explainRanked(id, engine.topKRanked(id))).toEqual(engine.topK(id));
      const floor = { minScore: 0.3 };
      expect(engine.explainRanked(id, engine.topKRanked(id, floor))).toEqual(
        engine.topK(id, floor),
      );
    }
  });

  it('explains a ranked list by id once a partner has moved to another slot', () => {
    const engine = new MatchingEngine([welder, lab, painter]);
    const ranked = engine.topKRanked('welder');
    const moved = ranked.find((r) => r.partnerId === 'lab')!;
    engine.upsert(lab);
    expect(engine.slotOf('lab')).not.toBe(moved.slot);
    expect(() => engine.idAt(moved.slot)).toThrow(/no organization in slot/);
    const fresh = engine.topK('welder');
    expect(engine.explainRanked('welder', ranked).find((s) => s.partnerId === 'lab')).toEqual(
      fresh.find((s) => s.partnerId === 'lab'),
    );
  });
});

import { OrganizationKind, SuggestionScope } from '@app/domain';

import { generateOrganizations } from '@app/database/seed/demo/generate-organizations';
import referenceData from '@app/database/seed/reference-data.json';
import { MatchingEngine } from './engine';
import { ENGINE_VERSION } from './engine-version';
import { FACTORS } from './factors';
import { MatchProfile } from './match-profile';
import { ComplexLike, demoProfiles } from './testing/demo-profiles';
import { profile } from './testing/profile-builder';

const { FIRM, UNIVERSITY, INSTITUTE } = OrganizationKind;

/** A firm at 대불 that needs its ship-block welding automated. */
const weldingFirm = profile({
  id: 'firm-daebul-welding',
  place: 'DAEBUL',
  ksicCodes: ['31114'],
  keywords: ['선박 블록'],
  capabilities: [
    { title: '선박 블록 제작', description: '대형 선박 블록을 제작해 조선소에 납품합니다.' },
  ],
  needs: [
    {
      id: 'need-welding',
      title: '선박 블록 용접 자동화',
      description: '곡블록 용접 공정을 자동화할 용접 로봇 기술과 공동 연구 파트너를 찾습니다.',
      keywords: ['용접 자동화', '용접 로봇'],
    },
  ],
});

/** A 조선해양공학 lab at 목포 offering exactly that. */
const shipLab = profile({
  id: 'lab-mokpo-naval',
  kind: UNIVERSITY,
  place: 'MOKPO_SAPJIN',
  ksicCodes: ['85302'],
  capabilities: [
    {
      id: 'cap-welding-robot',
      title: '조선해양공학과 선박 용접 로봇 연구',
      description:
        '선박 용접 로봇과 용접 자동화 기술을 연구하며 곡블록 자동 용접 실증 경험이 있습니다.',
      keywords: ['용접 자동화', '선박 용접 로봇'],
    },
  ],
});

/** A food firm in the very same complex: close, but nothing to do with welding. */
const foodFirm = profile({
  id: 'firm-daebul-food',
  place: 'DAEBUL',
  ksicCodes: ['10301'],
  capabilities: [
    { title: '김치 제조', description: '해썹 인증 설비에서 김치와 젓갈을 생산합니다.' },
  ],
  needs: [{ title: '저염 김치 발효 기술', description: '저염 발효 미생물 기술이 필요합니다.' }],
});

/** A battery materials firm that writes in English, and a Korean lab on cathodes. */
const batteryFirm = profile({
  id: 'firm-ochang-battery',
  place: 'OCHANG',
  ksicCodes: ['28202'],
  needs: [
    {
      id: 'need-cathode',
      title: 'Secondary battery cathode materials',
      description: 'We look for a partner to develop high-nickel cathode materials for our cells.',
    },
  ],
});
const cathodeLab = profile({
  id: 'lab-cathode',
  kind: INSTITUTE,
  place: 'ULSAN_ONSAN',
  ksicCodes: ['70113'],
  capabilities: [
    {
      id: 'cap-cathode',
      title: '이차전지 양극재 합성',
      description: '하이니켈 양극재 합성과 전기화학 평가 장비를 갖추고 있습니다.',
      keywords: ['이차전지', '양극재'],
    },
  ],
});

const handMade = [weldingFirm, shipLab, foodFirm, batteryFirm, cathodeLab];

function generated(count: number, seed: number): MatchProfile[] {
  const complexes = referenceData.complexes as ComplexLike[];
  const orgs = generateOrganizations({ count, seed, complexes: referenceData.complexes as never });
  return demoProfiles(orgs, complexes);
}

describe('MatchingEngine', () => {
  it('exports the engine version stored with suggestions', () => {
    expect(ENGINE_VERSION).toBe('match-1');
  });

  describe('hand-made cases', () => {
    const engine = new MatchingEngine(handMade);

    it('ranks a 조선해양공학 welding lab first for a 대불 welding-automation need', () => {
      const top = engine.topK(weldingFirm.id);
      expect(top[0]?.partnerId).toBe(shipLab.id);
      const [best] = top;
      expect(best!.relevanceAToB).toBeGreaterThan(0.3);
      expect(best!.scope).toBe(SuggestionScope.SAME_CLUSTER);
      expect(best!.sharedConcepts).toContain('welding-automation');
      expect(best!.matchedItems[0]).toEqual({
        needId: 'need-welding',
        capabilityId: 'cap-welding-robot',
        direction: 'A_NEEDS_B',
        similarity: expect.any(Number),
      });
    });

    it('never suggests a pair whose texts share nothing, however close', () => {
      const pair = engine.score(weldingFirm.id, foodFirm.id);
      expect(pair.scope).toBe(SuggestionScope.SAME_COMPLEX);
      expect(pair.eligible).toBe(false);
      expect(engine.topK(weldingFirm.id).map((s) => s.partnerId)).not.toContain(foodFirm.id);
      expect(engine.score(weldingFirm.id, shipLab.id).score).toBeGreaterThan(pair.score);
    });

    it('meets an English need with a Korean capability through the vocabulary', () => {
      const top = engine.topK(batteryFirm.id);
      expect(top[0]?.partnerId).toBe(cathodeLab.id);
      expect(top[0]!.relevanceAToB).toBeGreaterThan(0.15);
      expect(top[0]!.sharedConcepts).toEqual(
        expect.arrayContaining(['secondary-battery', 'cathode-material']),
      );
      expect(top[0]!.matchedItems).toContainEqual(
        expect.objectContaining({ needId: 'need-cathode', capabilityId: 'cap-cathode' }),
      );
      // And the other way round: the lab finds the firm, B_NEEDS_A.
      const back = engine.topK(cathodeLab.id);
      expect(back[0]?.partnerId).toBe(batteryFirm.id);
      expect(back[0]!.relevanceBToA).toBe(top[0]!.relevanceAToB);
      expect(back[0]!.matchedItems[0]?.direction).toBe('B_NEEDS_A');
    });

    it('ranks a firm–university pair above a firm–firm pair at equal text fit', () => {
      const offer = {
        title: '사출 금형 설계 해석',
        description: '사출 금형 설계와 성형 해석으로 불량을 줄입니다.',
        keywords: ['금형 설계', '사출 성형'],
      };
      const kinds = new MatchingEngine([
        profile({
          id: 'needer',
          ksicCodes: ['29294'],
          needs: [{ title: '사출 금형 설계 개선', keywords: ['금형 설계'] }],
        }),
        profile({ id: 'offer-firm', kind: FIRM, ksicCodes: ['72129'], capabilities: [offer] }),
        profile({ id: 'offer-uni', kind: UNIVERSITY, ksicCodes: ['72129'], capabilities: [offer] }),
      ]);
      const firm = kinds.score('needer', 'offer-firm');
      const uni = kinds.score('needer', 'offer-uni');
      expect(uni.relevanceAToB).toBe(firm.relevanceAToB);
      expect(uni.score).toBeGreaterThan(firm.score);
      expect(kinds.topK('needer').map((s) => s.partnerId)).toEqual(['offer-uni', 'offer-firm']);
    });

    it('never suggests an excluded (rejected) pair', () => {
      const rejected = (a: string, b: string) =>
        [a, b].includes(weldingFirm.id) && [a, b].includes(shipLab.id);
      expect(
        engine.topK(weldingFirm.id, { exclude: rejected }).map((s) => s.partnerId),
      ).not.toContain(shipLab.id);
      expect(engine.topK(shipLab.id, { exclude: rejected }).map((s) => s.partnerId)).not.toContain(
        weldingFirm.id,
      );
    });

    it('refuses unknown ids and scoring an organization with itself', () => {
      expect(() => engine.topK('nobody')).toThrow(RangeError);
      expect(() => engine.score(shipLab.id, shipLab.id)).toThrow(RangeError);
      expect(() => new MatchingEngine([shipLab, shipLab])).toThrow(/duplicate/);
    });
  });

  describe('on a realistic corpus', () => {
    const profiles = [...handMade, ...generated(400, 7)];
    const engine = new MatchingEngine(profiles);
    const ids = engine.ids();

    it('still puts the welding lab above the food firm', () => {
      const partners = engine.topK(weldingFirm.id, { k: 50 }).map((s) => s.partnerId);
      expect(partners).toContain(shipLab.id);
      const food = partners.indexOf(foodFirm.id);
      expect(food === -1 || food > partners.indexOf(shipLab.id)).toBe(true);
    });

    it('is symmetric: the same score from both sides, relevance swapped', () => {
      for (let i = 0; i < 200; i += 1) {
        const a = ids[(i * 37) % ids.length]!;
        const b = ids[(i * 101 + 3) % ids.length]!;
        if (a === b) continue;
        const ab = engine.score(a, b);
        const ba = engine.score(b, a);
        expect(ba.score).toBe(ab.score);
        expect(ba.eligible).toBe(ab.eligible);
        expect(ba.relevanceAToB).toBe(ab.relevanceBToA);
        expect(ba.relevanceBToA).toBe(ab.relevanceAToB);
        expect(ba.scope).toBe(ab.scope);
      }
    });

    it('keeps every factor in [0, 1] and sums contributions to the score', () => {
      for (const id of ids.slice(0, 60)) {
        for (const s of engine.topK(id, { k: 5 })) {
          expect(s.breakdown.map((b) => b.factor)).toEqual([...FACTORS]);
          for (const b of s.breakdown) {
            expect(b.value).toBeGreaterThanOrEqual(0);
            expect(b.value).toBeLessThanOrEqual(1);
            expect(b.contribution).toBeCloseTo(b.value * b.weight, 12);
          }
          const weights = s.breakdown.reduce((sum, b) => sum + b.weight, 0);
          expect(weights).toBeCloseTo(1, 12);
          const total = s.breakdown.reduce((sum, b) => sum + b.contribution, 0);
          expect(Math.abs(total - s.score)).toBeLessThan(1e-9);
          expect(s.score).toBeGreaterThan(0);
          expect(s.score).toBeLessThanOrEqual(1);
        }
      }
    });

    it('orders partners by score, then partner id, and returns at most k', () => {
      for (const id of ids.slice(0, 40)) {
        const top = engine.topK(id, { k: 7 });
        expect(top.length).toBeLessThanOrEqual(7);
        for (let i = 1; i < top.length; i += 1) {
          const [p, q] = [top[i - 1]!, top[i]!];
          expect(p.score > q.score || (p.score === q.score && p.partnerId < q.partnerId)).toBe(
            true,
          );
        }
        expect(top.map((s) => s.partnerId)).not.toContain(id);
      }
    });

    it('is deterministic: shuffled input gives identical output', () => {
      const shuffled = [...profiles].reverse();
      for (let i = 0; i < shuffled.length; i += 7) {
        const j = (i * 13) % shuffled.length;
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const other = new MatchingEngine(shuffled);
      expect(other.ids()).toEqual(ids);
      for (const id of ids) expect(other.topK(id)).toEqual(engine.topK(id));
    });

    it('drops an excluded partner and lets the next one in', () => {
      for (const id of ids.slice(10, 30)) {
        const wider = engine.topK(id, { k: 6 });
        if (wider.length === 0) continue;
        const rejected = wider[0]!.partnerId;
        const exclude = (a: string, b: string) => a === id && b === rejected;
        const top = engine.topK(id, { k: 5, exclude });
        expect(top.map((s) => s.partnerId)).toEqual(wider.slice(1).map((s) => s.partnerId));
      }
    });

    it('ranks partners without explanations as topK does', () => {
      const id = weldingFirm.id;
      const all = engine.topK(id, { k: 10_000 });
      const ranked = engine.topKRanked(id, { k: 7 });
      expect(ranked.map(({ partnerId, score }) => ({ partnerId, score }))).toEqual(
        all.slice(0, 7).map((s) => ({ partnerId: s.partnerId, score: s.score })),
      );
      // Each carries its partner's slot, which names the partner back.
      for (const r of ranked) {
        expect(engine.slotOf(r.partnerId)).toBe(r.slot);
        expect(engine.idAt(r.slot)).toBe(r.partnerId);
      }
    });

    it('explains a ranked list with the factors its search found, the same as scoring afresh', () => {
      for (const id of ids.slice(0, 40)) {
        // Another search in between: what the first one kept must not be taken for its own.
        const ranked = engine.topKRanked(id);
        engine.topKRanked(ids[41]!);
        const before = engine.explainRanked(id, ranked);
        expect(engine.explainRanked(id, engine.topKRanked(id))).toEqual(before);
        for (const s of before) {
          const fresh = engine.score(id, s.partnerId);
          expect(s.score).toBe(fresh.score);
          expect(s.relevanceAToB).toBe(fresh.relevanceAToB);
          expect(s.breakdown).toEqual(fresh.breakdown);
          expect(s.matchedItems).toEqual(fresh.matchedItems);
        }
      }
    });
  });
});

import {
  ComplexRole,
  ComplexType,
  ReferenceSource,
  ZONE_CODES,
  ZoneCode,
  type Bilingual,
  type ComplexRecord,
} from '@app/domain';
import { REFERENCE_DATA } from './reference-data';

const { sources, zones, clusters, complexes } = REFERENCE_DATA;

const inZone = (zone: ZoneCode): ComplexRecord[] => complexes.filter((c) => c.zone === zone);
const withRole = (rows: ComplexRecord[], role: ComplexRole): ComplexRecord[] =>
  rows.filter((c) => c.role === role);
const countBy = (
  rows: ComplexRecord[],
  key: (c: ComplexRecord) => string,
): Record<string, number> =>
  rows.reduce<Record<string, number>>(
    (acc, c) => ({ ...acc, [key(c)]: (acc[key(c)] ?? 0) + 1 }),
    {},
  );
const complex = (code: string): ComplexRecord | undefined => complexes.find((c) => c.code === code);
const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);
const isBilingual = (b: Bilingual): boolean =>
  typeof b.ko === 'string' &&
  typeof b.en === 'string' &&
  b.ko.trim().length > 0 &&
  b.en.trim().length > 0 &&
  /[\uac00-\ud7a3]/.test(b.ko) &&
  /^[\x20-\x7e]+$/.test(b.en);

describe('reference data (2010 cluster plan)', () => {
  describe('sources', () => {
    it('cites the 2010 plan, the 2010–2012 press and the public records used to fill in', () => {
      const text = sources.join('\n');
      expect(text).toContain('Ministry of Knowledge Economy');
      expect(text).toContain('2010-02-17');
      expect(text).toMatch(/press reports 2010–2012/i);
      expect(text).toMatch(/public records of real industrial complexes/i);
    });
  });

  describe('zones', () => {
    it('lists the 7 zones of the 5+2 plan, in order', () => {
      expect(zones.map((z) => z.code)).toEqual([...ZONE_CODES]);
    });

    it.each([
      [ZoneCode.CAPITAL, '수도권', ['서울특별시', '인천광역시', '경기도']],
      [ZoneCode.CHUNGCHEONG, '충청권', ['대전광역시', '충청북도', '충청남도']],
      [ZoneCode.DAEGYEONG, '대경권', ['대구광역시', '경상북도']],
      [ZoneCode.DONGNAM, '동남권', ['부산광역시', '울산광역시', '경상남도']],
      [ZoneCode.HONAM, '호남권', ['광주광역시', '전라북도', '전라남도']],
      [ZoneCode.GANGWON, '강원권', ['강원도']],
      [ZoneCode.JEJU, '제주권', ['제주특별자치도']],
    ])('%s is %s with its regions, bilingual', (code, nameKo, regionsKo) => {
      const zone = zones.find((z) => z.code === code)!;
      expect(zone.nameKo).toBe(nameKo);
      expect(zone.nameEn).toMatch(/Region$/);
      expect(zone.regions.map((r) => r.ko)).toEqual(regionsKo);
      expect(zone.regions.every(isBilingual)).toBe(true);
    });

    it.each([
      [ZoneCode.CAPITAL, ['parts and materials', 'information technology']],
      [ZoneCode.CHUNGCHEONG, ['IT hub']],
      [ZoneCode.DAEGYEONG, ['electrical and electronics', 'machinery']],
      [ZoneCode.DONGNAM, ['automotive', 'shipbuilding', 'aerospace']],
      [ZoneCode.HONAM, ['shipbuilding', 'machine parts', 'photonics', 'green industry']],
      [ZoneCode.GANGWON, ['medical']],
      [ZoneCode.JEJU, ['bio']],
    ])("%s carries the plan's specialisations, bilingual", (code, words) => {
      const zone = zones.find((z) => z.code === code)!;
      expect(zone.specialisations.length).toBeGreaterThan(0);
      expect(zone.specialisations.every(isBilingual)).toBe(true);
      const en = zone.specialisations.map((s) => s.en).join(' | ');
      for (const word of words) expect(en).toContain(word);
    });
  });

  describe('totals', () => {
    it('has exactly 193 complexes: 25 hubs and 168 linked', () => {
      expect(complexes).toHaveLength(193);
      expect(withRole(complexes, ComplexRole.HUB)).toHaveLength(25);
      expect(withRole(complexes, ComplexRole.LINKED)).toHaveLength(168);
    });

    it('has 25 clusters, one per hub', () => {
      expect(clusters).toHaveLength(25);
      expect(clusters.map((c) => c.hub).sort()).toEqual(
        withRole(complexes, ComplexRole.HUB)
          .map((c) => c.code)
          .sort(),
      );
    });
  });

  describe('hubs per zone', () => {
    it.each([
      [ZoneCode.CAPITAL, ['SEOUL_DIGITAL', 'BANWOL_SIHWA', 'NAMDONG', 'BUPYEONG', 'JUAN']],
      [ZoneCode.CHUNGCHEONG, ['CHEONAN', 'ASAN', 'CHEONGJU', 'OCHANG', 'CHUNGJU']],
      [ZoneCode.DAEGYEONG, ['GUMI', 'SEONGSEO', 'GYEONGSAN_JILLYANG']],
      [ZoneCode.DONGNAM, ['ULSAN_ONSAN', 'NOKSAN', 'CHANGWON', 'YANGSAN_EOGOK', 'SACHEON']],
      [ZoneCode.GANGWON, ['WONJU']],
      [ZoneCode.JEJU, ['JEJU_HIGHTECH']],
    ])('%s has the press-reported hubs %j', (zone, codes) => {
      expect(
        withRole(inZone(zone), ComplexRole.HUB)
          .map((c) => c.code)
          .sort(),
      ).toEqual([...codes].sort());
    });

    it('HONAM has 광주첨단, 대불, 군산, 익산 and one more real complex, justified in its note', () => {
      const hubs = withRole(inZone(ZoneCode.HONAM), ComplexRole.HUB);
      expect(hubs).toHaveLength(5);
      const named = ['GWANGJU_CHEOMDAN', 'DAEBUL', 'GUNSAN', 'IKSAN'];
      expect(hubs.map((h) => h.code)).toEqual(expect.arrayContaining(named));
      const fifth = hubs.find((h) => !named.includes(h.code))!;
      expect([ComplexType.NATIONAL, ComplexType.GENERAL]).toContain(fifth.type);
      expect(fifth.source).toBe(ReferenceSource.FILLED);
      expect(fifth.note).toMatch(/5th 호남권 hub/);
    });

    it('the asan hub is the national complex the plan names', () => {
      expect(complex('ASAN')?.type).toBe(ComplexType.NATIONAL);
    });

    it('marks exactly the hubs the plan names as PLAN', () => {
      const plan = complexes.filter((c) => c.source === ReferenceSource.PLAN);
      expect(plan.map((c) => c.code).sort()).toEqual(
        ['SEOUL_DIGITAL', 'BANWOL_SIHWA', 'ASAN', 'OCHANG', 'GUMI', 'ULSAN_ONSAN', 'DAEBUL'].sort(),
      );
      expect(plan.every((c) => c.role === ComplexRole.HUB)).toBe(true);
      expect(plan.map((c) => c.zone)).toEqual(
        expect.arrayContaining([
          ZoneCode.CAPITAL,
          ZoneCode.CHUNGCHEONG,
          ZoneCode.DAEGYEONG,
          ZoneCode.DONGNAM,
          ZoneCode.HONAM,
        ]),
      );
    });
  });

  describe('linked complexes per zone', () => {
    it.each([
      [ZoneCode.CAPITAL, 14, { GENERAL: 13, NATIONAL: 1 }],
      [ZoneCode.CHUNGCHEONG, 41, { GENERAL: 10, AGRO: 31 }],
      [ZoneCode.DAEGYEONG, 20, { NATIONAL: 1, GENERAL: 9, AGRO: 10 }],
      [ZoneCode.DONGNAM, 43, null],
      [ZoneCode.HONAM, 31, null],
      [ZoneCode.GANGWON, 16, null],
      [ZoneCode.JEJU, 3, null],
    ])('%s has %i linked complexes', (zone, total, types) => {
      const linked = withRole(inZone(zone), ComplexRole.LINKED);
      expect(linked).toHaveLength(total);
      if (types) expect(countBy(linked, (c) => c.type)).toEqual(types);
    });

    it('HONAM and JEJU together have the 34 linked complexes the press reports', () => {
      const honamJeju = [...inZone(ZoneCode.HONAM), ...inZone(ZoneCode.JEJU)];
      expect(withRole(honamJeju, ComplexRole.LINKED)).toHaveLength(34);
    });

    it('includes the 수도권 linked complexes the press names', () => {
      for (const code of [
        'ONSU',
        'INCHEON_MACHINERY',
        'INCHEON_SEOBU',
        'BANWOL_PLATING',
        'HWASEONG_BALAN',
      ]) {
        expect(complex(code)).toMatchObject({ zone: ZoneCode.CAPITAL, role: ComplexRole.LINKED });
      }
    });
  });

  describe('clusters', () => {
    it('each cluster is coded after its hub, which is a hub complex of the same zone', () => {
      for (const cluster of clusters) {
        expect(cluster.code).toBe(cluster.hub);
        expect(complex(cluster.hub)).toMatchObject({
          role: ComplexRole.HUB,
          zone: cluster.zone,
          cluster: cluster.code,
        });
        expect(cluster.nameKo.length).toBeGreaterThan(0);
        expect(cluster.nameEn.length).toBeGreaterThan(0);
      }
    });

    it('every complex belongs to a cluster of its own zone; every hub to its own cluster', () => {
      for (const c of complexes) {
        const cluster = clusters.find((k) => k.code === c.cluster);
        expect({ code: c.code, zone: cluster?.zone }).toEqual({ code: c.code, zone: c.zone });
        if (c.role === ComplexRole.HUB) expect(c.cluster).toBe(c.code);
      }
    });

    it('every cluster has at least one linked complex', () => {
      const linkedPerCluster = countBy(withRole(complexes, ComplexRole.LINKED), (c) => c.cluster);
      expect(clusters.filter((k) => !linkedPerCluster[k.code]).map((k) => k.code)).toEqual([]);
    });

    it('clusters are listed zone by zone, complexes zone by zone and cluster by cluster, hub first', () => {
      const zoneIndex = (z: ZoneCode) => ZONE_CODES.indexOf(z);
      const clusterZones = clusters.map((k) => zoneIndex(k.zone));
      expect(clusterZones).toEqual([...clusterZones].sort((a, b) => a - b));
      const blocks: string[] = [];
      complexes.forEach((c, i) => {
        if (i === 0 || complexes[i - 1].cluster !== c.cluster) {
          blocks.push(c.cluster);
          expect({ first: c.code, role: c.role }).toEqual({
            first: c.cluster,
            role: ComplexRole.HUB,
          });
        }
      });
      expect(blocks).toEqual(clusters.map((k) => k.code));
    });
  });

  describe('rows', () => {
    it('codes are ASCII, upper snake case, unique', () => {
      const codes = [...complexes.map((c) => c.code), ...clusters.map((k) => k.code)];
      for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]{1,39}$/);
      expect(duplicates(complexes.map((c) => c.code))).toEqual([]);
      expect(duplicates(clusters.map((k) => k.code))).toEqual([]);
    });

    it('names are unique and bilingual', () => {
      expect(duplicates(complexes.map((c) => c.nameKo))).toEqual([]);
      expect(duplicates(complexes.map((c) => c.nameEn))).toEqual([]);
      for (const c of complexes) {
        expect([c.code, isBilingual({ ko: c.nameKo, en: c.nameEn })]).toEqual([c.code, true]);
        expect([c.code, isBilingual({ ko: c.cityKo, en: c.cityEn })]).toEqual([c.code, true]);
        expect(c.nameEn).toMatch(/Complex|Valley|Park/);
      }
    });

    it('every row has a valid type, role and zone, and says where it comes from', () => {
      for (const c of complexes) {
        expect(Object.values(ComplexType)).toContain(c.type);
        expect(Object.values(ComplexRole)).toContain(c.role);
        expect(ZONE_CODES).toContain(c.zone);
        expect([ReferenceSource.PLAN, ReferenceSource.FILLED]).toContain(c.source);
        expect([c.code, (c.note ?? '').trim().length > 0]).toEqual([c.code, true]);
      }
    });

    it('agro-industrial complexes are all linked, never hubs', () => {
      expect(
        withRole(complexes, ComplexRole.HUB).filter((c) => c.type === ComplexType.AGRO),
      ).toEqual([]);
    });

    it('has 1 to 4 bilingual main industries per complex', () => {
      for (const c of complexes) {
        expect([c.code, c.mainIndustries.length >= 1 && c.mainIndustries.length <= 4]).toEqual([
          c.code,
          true,
        ]);
        expect([c.code, c.mainIndustries.every(isBilingual)]).toEqual([c.code, true]);
        expect(duplicates(c.mainIndustries.map((i) => i.en))).toEqual([]);
      }
    });

    it('coordinates lie in South Korea, with at most 4 decimals, never shared', () => {
      for (const c of complexes) {
        expect([c.code, c.latitude >= 33 && c.latitude <= 38.7]).toEqual([c.code, true]);
        expect([c.code, c.longitude >= 124.5 && c.longitude <= 131]).toEqual([c.code, true]);
        for (const v of [c.latitude, c.longitude]) {
          expect([c.code, Math.round(v * 1e4) / 1e4 === v]).toEqual([c.code, true]);
        }
      }
      expect(duplicates(complexes.map((c) => `${c.latitude},${c.longitude}`))).toEqual([]);
    });

    // Rough boxes around each zone's regions: a coordinate outside its zone is a typo.
    const boxes: Record<ZoneCode, [number, number, number, number]> = {
      [ZoneCode.CAPITAL]: [36.9, 38.3, 126.3, 127.9],
      [ZoneCode.CHUNGCHEONG]: [35.95, 37.25, 125.9, 128.3],
      [ZoneCode.DAEGYEONG]: [35.55, 37.1, 127.8, 129.6],
      [ZoneCode.DONGNAM]: [34.6, 35.9, 127.55, 129.5],
      [ZoneCode.HONAM]: [34.0, 36.2, 125.9, 127.95],
      [ZoneCode.GANGWON]: [37.0, 38.65, 127.0, 129.4],
      [ZoneCode.JEJU]: [33.1, 33.6, 126.1, 127.0],
    };
    it('coordinates lie inside their own zone', () => {
      for (const c of complexes) {
        const [latMin, latMax, lngMin, lngMax] = boxes[c.zone];
        const inside =
          c.latitude >= latMin &&
          c.latitude <= latMax &&
          c.longitude >= lngMin &&
          c.longitude <= lngMax;
        expect([c.code, inside]).toEqual([c.code, true]);
      }
    });
  });
});

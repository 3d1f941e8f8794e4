import {
  NeedVisibility,
  OrganizationKind,
  OrganizationSize,
  validateOrganizationInput,
  ZONE_CODES,
} from '@app/domain';
import { isValidBusinessNumber } from '@app/domain/business-number';
import { isValidKsicCode, ksicDivision } from '@app/domain/ksic';
import { conceptById, conceptsInText } from '@app/domain/vocabulary';
import referenceData from '../reference-data.json';
import {
  DEMO_LIMITS,
  DemoComplex,
  DemoOrganization,
  generateOrganizations,
  generateOrganizationsIter,
} from './generate-organizations';
import { INSTITUTES, SECTOR_PROFILES, UNIVERSITIES } from './organization-catalog';

const COMPLEXES = (referenceData as unknown as { complexes: DemoComplex[] }).complexes.map((c) => ({
  code: c.code,
  zone: c.zone,
  nameKo: c.nameKo,
  cityKo: c.cityKo,
  cityEn: c.cityEn,
  mainIndustries: c.mainIndustries,
  role: c.role,
}));
const ZONE_OF = new Map(COMPLEXES.map((c) => [c.code, c.zone]));

const chars = (s: string) => [...s].length;
const hasHangul = (s: string) => /[가-힣]/.test(s);

function allStrings(org: DemoOrganization): string[] {
  return [
    org.nameKo,
    org.nameEn,
    org.description,
    ...org.keywords,
    ...[...org.capabilities, ...org.needs].flatMap((i) => [i.title, i.description, ...i.keywords]),
  ];
}

describe('generateOrganizations', () => {
  const sample = generateOrganizations({ count: 3000, seed: 2010, complexes: COMPLEXES });

  it('uses the 193 complexes of the reference data', () => {
    expect(COMPLEXES).toHaveLength(193);
  });

  it('is deterministic: same seed, same output; another seed, another output', () => {
    const a = generateOrganizations({ count: 400, seed: 42, complexes: COMPLEXES });
    const b = generateOrganizations({ count: 400, seed: 42, complexes: COMPLEXES });
    const c = generateOrganizations({ count: 400, seed: 43, complexes: COMPLEXES });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const sameName = a.filter((org, i) => org.nameKo === c[i]!.nameKo).length;
    expect(sameName).toBeLessThan(40);
  });

  it('extends a smaller run: organization i never depends on count', () => {
    const small = generateOrganizations({ count: 300, seed: 5, complexes: COMPLEXES });
    const large = generateOrganizations({ count: 900, seed: 5, complexes: COMPLEXES });
    expect(large.slice(0, 300)).toEqual(small);
  });

  it('streams lazily and the iterator yields what the array holds', () => {
    const iter = generateOrganizationsIter({ count: 1_000_000_000, seed: 9, complexes: COMPLEXES });
    const first = [iter.next().value, iter.next().value];
    expect(first).toEqual(generateOrganizations({ count: 2, seed: 9, complexes: COMPLEXES }));
    expect([...generateOrganizationsIter({ count: 50, seed: 9, complexes: COMPLEXES })]).toEqual(
      generateOrganizations({ count: 50, seed: 9, complexes: COMPLEXES }),
    );
  });

  it('rejects bad options and allows an empty run', () => {
    expect(generateOrganizations({ count: 0, seed: 1, complexes: [] })).toEqual([]);
    expect(() => generateOrganizations({ count: -1, seed: 1, complexes: COMPLEXES })).toThrow(
      RangeError,
    );
    expect(() => generateOrganizations({ count: 1.5, seed: 1, complexes: COMPLEXES })).toThrow(
      RangeError,
    );
    expect(() => generateOrganizations({ count: 3, seed: 1, complexes: [] })).toThrow(RangeError);
  });

  it('has the proportions of a real complex: ~85% firms, ~7% universities, ~8% institutes', () => {
    const orgs = generateOrganizations({ count: 2000, seed: 3, complexes: COMPLEXES });
    const share = (kind: OrganizationKind) =>
      orgs.filter((o) => o.kind === kind).length / orgs.length;
    expect(share(OrganizationKind.FIRM)).toBeCloseTo(0.85, 1);
    expect(Math.abs(share(OrganizationKind.FIRM) - 0.85)).toBeLessThan(0.01);
    expect(Math.abs(share(OrganizationKind.UNIVERSITY) - 0.07)).toBeLessThan(0.005);
    expect(Math.abs(share(OrganizationKind.INSTITUTE) - 0.08)).toBeLessThan(0.005);
  });

  it('places every organization in an input complex, every complex getting some', () => {
    const codes = new Set(COMPLEXES.map((c) => c.code));
    const orgs = generateOrganizations({ count: 193 * 3, seed: 11, complexes: COMPLEXES });
    const perComplex = new Map<string, number>();
    for (const org of orgs) {
      expect(codes.has(org.complexCode)).toBe(true);
      perComplex.set(org.complexCode, (perComplex.get(org.complexCode) ?? 0) + 1);
    }
    expect(perComplex.size).toBe(193);
  });

  it('gives hubs more organizations than linked complexes', () => {
    const hubs = new Set(COMPLEXES.filter((c) => c.role === 'HUB').map((c) => c.code));
    expect(hubs.size).toBe(25);
    const hubOrgs = sample.filter((o) => hubs.has(o.complexCode)).length / hubs.size;
    const linkedOrgs = sample.filter((o) => !hubs.has(o.complexCode)).length / (193 - hubs.size);
    expect(hubOrgs / linkedOrgs).toBeGreaterThan(2);
  });

  it('gives firms unique, valid business numbers and no one else any', () => {
    const orgs = generateOrganizations({ count: 20000, seed: 8, complexes: COMPLEXES });
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const org of orgs) {
      const n = org.businessNumber;
      if (org.kind !== OrganizationKind.FIRM) {
        if (n !== null) problems.push(`${org.nameKo} is not a firm but has ${n}`);
      } else if (n === null || !/^\d{10}$/.test(n) || !isValidBusinessNumber(n) || seen.has(n)) {
        problems.push(`${org.nameKo}: ${n}`);
      } else {
        seen.add(n);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(seen.size).toBeGreaterThan(16000);
  });

  it('keeps every field within its limits', () => {
    // Problems are collected and compared once: a hundred thousand expect() calls are slow.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    for (const [i, org] of sample.entries()) {
      const at = `#${i} ${org.nameKo}`;
      check(chars(org.nameKo) <= DEMO_LIMITS.nameKo && hasHangul(org.nameKo), `${at}: nameKo`);
      check(
        chars(org.nameEn) <= DEMO_LIMITS.nameEn && /^[\x20-\x7e]+$/.test(org.nameEn),
        `${at}: nameEn ${org.nameEn}`,
      );
      check(
        chars(org.description) <= DEMO_LIMITS.description && org.description.length > 40,
        `${at}: description`,
      );
      check(Object.values(OrganizationSize).includes(org.size), `${at}: size`);
      check(org.capabilities.length >= 1 && org.capabilities.length <= 5, `${at}: capabilities`);
      check(org.needs.length <= 4, `${at}: needs`);
      check(org.keywords.length >= 1 && org.keywords.length <= 10, `${at}: keywords`);
      for (const item of [...org.capabilities, ...org.needs]) {
        check(
          item.title.length > 0 && chars(item.title) <= DEMO_LIMITS.title,
          `${at}: title ${item.title}`,
        );
        check(chars(item.description) <= DEMO_LIMITS.itemDescription, `${at}: item description`);
        check(item.keywords.length >= 1 && item.keywords.length <= 10, `${at}: item keywords`);
        for (const keyword of item.keywords) {
          check(
            keyword.length > 0 && chars(keyword) <= DEMO_LIMITS.keyword,
            `${at}: keyword ${keyword}`,
          );
        }
      }
      for (const keyword of org.keywords)
        check(chars(keyword) <= DEMO_LIMITS.keyword, `${at}: keyword ${keyword}`);
      for (const text of allStrings(org)) {
        check(
          !/undefined|NaN|\[object|\$\{|\s{2}/.test(text) && text === text.trim(),
          `${at}: text "${text}"`,
        );
      }
      for (const need of org.needs) {
        check(Object.values(NeedVisibility).includes(need.visibility), `${at}: visibility`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives each kind fitting KSIC codes', () => {
    for (const org of sample) {
      for (const code of org.ksicCodes) {
        expect(code).toMatch(/^\d{5}$/);
        expect(isValidKsicCode(code)).toBe(true);
      }
      const divisions = org.ksicCodes.map((c) => c.slice(0, 2));
      if (org.kind === OrganizationKind.FIRM) {
        expect(org.ksicCodes.length).toBeGreaterThanOrEqual(1);
        expect(org.ksicCodes.length).toBeLessThanOrEqual(3);
        expect(new Set(org.ksicCodes).size).toBe(org.ksicCodes.length);
      } else if (org.kind === OrganizationKind.UNIVERSITY) {
        expect(divisions).toEqual(['85']);
      } else {
        expect(divisions.length).toBeGreaterThanOrEqual(1);
        for (const d of divisions) expect(['70', '72']).toContain(d);
      }
    }
    // Firms are mostly manufacturing (section C), as in a real complex.
    const firms = sample.filter((o) => o.kind === OrganizationKind.FIRM);
    const manufacturing = firms.filter(
      (o) => ksicDivision(o.ksicCodes[0]!)?.section === 'C',
    ).length;
    expect(manufacturing / firms.length).toBeGreaterThan(0.6);
  });

  it('uses unique example.kr websites', () => {
    const sites = sample.map((o) => o.website).filter((w): w is string => w !== null);
    expect(new Set(sites).size).toBe(sites.length);
    for (const site of sites) {
      expect(site).toMatch(/^https:\/\/[a-z0-9]+(-[a-z0-9]+)*\.example\.kr$/);
    }
    for (const org of sample)
      if (org.kind !== OrganizationKind.FIRM) expect(org.website).not.toBeNull();
    expect(sites.length / sample.length).toBeGreaterThan(0.7);
  });

  it('names firms like firms and academic organizations uniquely after real institutions', () => {
    for (const org of sample) {
      if (org.kind === OrganizationKind.FIRM) {
        expect(org.nameKo).not.toMatch(/대학교|연구원/);
      }
    }
    const universities = sample.filter((o) => o.kind === OrganizationKind.UNIVERSITY);
    const institutes = sample.filter((o) => o.kind === OrganizationKind.INSTITUTE);
    for (const org of universities) {
      expect(
        UNIVERSITIES.some((u) => org.nameKo.startsWith(`${u.ko} `) && org.nameEn.startsWith(u.en)),
      ).toBe(true);
    }
    for (const org of institutes) {
      expect(INSTITUTES.some((i) => org.nameKo.startsWith(`${i.ko} `))).toBe(true);
    }
    const academic = [...universities, ...institutes].map((o) => o.nameKo);
    expect(new Set(academic).size).toBe(academic.length);
    // Firm names repeat across the country, never within one complex.
    const firmKeys = sample
      .filter((o) => o.kind === OrganizationKind.FIRM)
      .map((o) => `${o.complexCode}|${o.nameKo.replace(/\(주\)|주식회사 /g, '')}`);
    expect(new Set(firmKeys).size).toBe(firmKeys.length);
  });

  it('places universities and most institutes in the zone of their complex', () => {
    let institutesInZone = 0;
    let institutes = 0;
    for (const org of sample) {
      const zone = ZONE_OF.get(org.complexCode);
      if (org.kind === OrganizationKind.UNIVERSITY) {
        const uni = UNIVERSITIES.find((u) => org.nameKo.startsWith(`${u.ko} `));
        expect(uni?.zone).toBe(zone);
      } else if (org.kind === OrganizationKind.INSTITUTE) {
        institutes += 1;
        const home = INSTITUTES.filter((i) => org.nameKo.startsWith(`${i.ko} `)).sort(
          (a, b) => b.ko.length - a.ko.length,
        )[0];
        if (home?.zone === zone) institutesInZone += 1;
      }
    }
    expect(institutesInZone / institutes).toBeGreaterThan(0.7);
  });

  it('writes mostly Korean, some English, and keeps ~30% of needs for coordinators', () => {
    const items = sample.flatMap((o) => [...o.capabilities, ...o.needs]);
    const english =
      items.filter((i) => !hasHangul(i.title) && !hasHangul(i.description)).length / items.length;
    expect(english).toBeGreaterThan(0.1);
    expect(english).toBeLessThan(0.2);
    const needs = sample.flatMap((o) => o.needs);
    const hidden =
      needs.filter((n) => n.visibility === NeedVisibility.COORDINATORS).length / needs.length;
    expect(hidden).toBeGreaterThan(0.25);
    expect(hidden).toBeLessThan(0.35);
    // Firms post needs; universities and institutes mostly capabilities.
    const avg = (kind: OrganizationKind, pick: (o: DemoOrganization) => number) => {
      const of = sample.filter((o) => o.kind === kind);
      return of.reduce((sum, o) => sum + pick(o), 0) / of.length;
    };
    expect(avg(OrganizationKind.FIRM, (o) => o.needs.length)).toBeGreaterThan(1.3);
    expect(avg(OrganizationKind.UNIVERSITY, (o) => o.capabilities.length)).toBeGreaterThan(2.5);
    expect(avg(OrganizationKind.UNIVERSITY, (o) => o.needs.length)).toBeLessThan(0.5);
  });

  it('gives the matching engine real signal: needs meet capabilities in the same zone through shared concepts', () => {
    const conceptsOf = (item: { title: string; description: string; keywords: string[] }) =>
      new Set(conceptsInText(`${item.title} ${item.description} ${item.keywords.join(' ')}`));
    const items = sample.flatMap((o) => [...o.capabilities, ...o.needs]);
    const withConcepts = items.filter((i) => conceptsOf(i).size > 0).length / items.length;
    expect(withConcepts).toBeGreaterThan(0.97);

    const offered = new Map<string, Set<string>>();
    for (const org of sample) {
      if (org.kind === OrganizationKind.FIRM) continue;
      const zone = ZONE_OF.get(org.complexCode)!;
      const set = offered.get(zone) ?? new Set<string>();
      for (const cap of org.capabilities) for (const id of conceptsOf(cap)) set.add(id);
      offered.set(zone, set);
    }
    const firmNeeds = sample
      .filter((o) => o.kind === OrganizationKind.FIRM)
      .flatMap((o) =>
        o.needs.map((n) => ({ zone: ZONE_OF.get(o.complexCode)!, concepts: conceptsOf(n) })),
      );
    const answered = firmNeeds.filter((n) =>
      [...n.concepts].some((id) => offered.get(n.zone)?.has(id)),
    ).length;
    expect(answered / firmNeeds.length).toBeGreaterThan(0.8);
  });

  it('reflects the zone specialisations: shipbuilding in 동남권/호남권, bio in 제주권, medical in 강원권', () => {
    const orgs = generateOrganizations({ count: 20000, seed: 4, complexes: COMPLEXES });
    const share = (zone: string, conceptIds: string[]) => {
      const inZone = orgs.filter((o) => ZONE_OF.get(o.complexCode) === zone);
      const hits = inZone.filter((o) =>
        conceptsInText(
          [
            o.description,
            ...o.needs.map((n) => n.title),
            ...o.capabilities.map((c) => c.title),
          ].join(' '),
        ).some((id) => conceptIds.includes(id)),
      ).length;
      return hits / inZone.length;
    };
    const ship = [
      'shipbuilding',
      'ship-equipment',
      'ship-block',
      'offshore-plant',
      'shipbuilding-offshore',
      'ship',
      'welding-automation',
    ];
    expect(share('DONGNAM', ship)).toBeGreaterThan(share('CHUNGCHEONG', ship) * 2);
    const bio = [
      'biotechnology',
      'cosmetics',
      'health-functional-food',
      'natural-products',
      'marine-bio',
      'bio-health',
    ];
    expect(share('JEJU', bio)).toBeGreaterThan(share('DAEGYEONG', bio) * 2);
    const medical = [
      'medical-devices',
      'medical-imaging',
      'rehabilitation-devices',
      'digital-health',
      'biosignal',
      'wearable',
    ];
    expect(share('GANGWON', medical)).toBeGreaterThan(share('DONGNAM', medical) * 2);
  });

  it('passes the API input validation', () => {
    for (const org of sample.slice(0, 400)) {
      expect(() => validateOrganizationInput({ ...org })).not.toThrow();
    }
  });

  it('generates 100,000 organizations in one go', () => {
    const started = Date.now();
    let count = 0;
    const numbers = new Set<string>();
    for (const org of generateOrganizationsIter({
      count: 100_000,
      seed: 1,
      complexes: COMPLEXES,
    })) {
      count += 1;
      if (org.businessNumber !== null) numbers.add(org.businessNumber);
    }
    expect(count).toBe(100_000);
    expect(numbers.size).toBeGreaterThan(84_000);
    // Reported, not asserted: machines differ.
    process.stdout.write(`100,000 demo organizations in ${Date.now() - started} ms\n`);
  }, 120_000);
});

describe('organization catalog', () => {
  it('names only existing concepts and valid KSIC codes', () => {
    for (const profile of SECTOR_PROFILES) {
      for (const id of [...profile.core, ...profile.tech]) expect(conceptById(id)?.id).toBe(id);
      expect(new Set(profile.core).size).toBe(profile.core.length);
      expect(profile.tech.length).toBeGreaterThanOrEqual(4);
      for (const code of profile.firmKsic) {
        expect(code).toMatch(/^\d{5}$/);
        expect(isValidKsicCode(code)).toBe(true);
      }
      for (const code of profile.instituteKsic) expect(['70', '72']).toContain(code.slice(0, 2));
      expect(profile.departments.some((d) => d.generic === true)).toBe(true);
      expect(profile.products.length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(SECTOR_PROFILES.map((p) => p.id)).size).toBe(SECTOR_PROFILES.length);
  });

  it('has universities and institutes in every zone, tied to existing profiles', () => {
    const profileIds = new Set(SECTOR_PROFILES.map((p) => p.id));
    for (const zone of ZONE_CODES) {
      expect(UNIVERSITIES.some((u) => u.zone === zone)).toBe(true);
      expect(INSTITUTES.some((i) => i.zone === zone)).toBe(true);
    }
    for (const org of [...UNIVERSITIES, ...INSTITUTES]) {
      for (const p of org.profiles) expect(profileIds.has(p)).toBe(true);
      expect(org.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const i of INSTITUTES)
      for (const code of i.ksic) expect(['70', '72']).toContain(code.slice(0, 2));
    expect(new Set(UNIVERSITIES.map((u) => u.ko)).size).toBe(UNIVERSITIES.length);
    expect(new Set(INSTITUTES.map((i) => i.ko)).size).toBe(INSTITUTES.length);
  });
});

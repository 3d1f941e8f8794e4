import { NeedVisibility, OrganizationKind, OrganizationSize, ZoneCode } from '@app/domain';
import type { OrganizationSource } from './organization-document';
import { toOrganizationDocument } from './to-organization-document';

function source(overrides: Partial<OrganizationSource> = {}): OrganizationSource {
  return {
    id: 'org-1',
    kind: OrganizationKind.UNIVERSITY,
    nameKo: '목포해양대학교',
    nameEn: 'Mokpo National Maritime University',
    description: '선박 설계와 secondary battery 연구',
    keywords: ['선박설계', '용접'],
    ksicCodes: ['85301', '72111', '72', '8'],
    size: OrganizationSize.LARGE,
    version: 3,
    updatedAt: new Date('2025-01-02T03:04:05.678Z'),
    complex: {
      code: 'DAEBUL',
      nameKo: '대불국가산업단지',
      nameEn: 'Daebul National Industrial Complex',
      clusterCode: 'DAEBUL',
      zoneCode: ZoneCode.HONAM,
      latitude: 34.77,
      longitude: 126.45,
    },
    capabilities: [
      {
        title: '조선해양공학과 선박 설계',
        description: '선형 설계',
        keywords: ['선박설계', 'CFD'],
      },
    ],
    needs: [
      {
        title: '도장 자동화',
        description: '',
        keywords: ['도장'],
        visibility: NeedVisibility.PUBLIC,
      },
      {
        title: '극비 수소연료전지 개발',
        description: '경쟁사 모르게 전기차 배터리',
        keywords: ['비밀키워드'],
        visibility: NeedVisibility.COORDINATORS,
      },
    ],
    ...overrides,
  };
}

describe('toOrganizationDocument', () => {
  const doc = toOrganizationDocument(source());

  it('copies the profile and its complex', () => {
    expect(doc).toMatchObject({
      id: 'org-1',
      kind: 'UNIVERSITY',
      nameKo: '목포해양대학교',
      complexCode: 'DAEBUL',
      complexNameKo: '대불국가산업단지',
      clusterCode: 'DAEBUL',
      zoneCode: 'HONAM',
      size: 'LARGE',
      version: 3,
      capabilityTitles: ['조선해양공학과 선박 설계'],
      capabilityDescriptions: ['선형 설계'],
      capabilityKeywords: ['선박설계', 'CFD'],
      _geo: { lat: 34.77, lng: 126.45 },
    });
  });

  it('keeps updatedAt as milliseconds, for sorting', () => {
    expect(doc.updatedAt).toBe(Date.parse('2025-01-02T03:04:05.678Z'));
  });

  it('derives unique KSIC divisions from codes of two digits or more', () => {
    expect(doc.ksicDivisions).toEqual(['85', '72']);
  });

  it('drops needs visible to coordinators from every field, derived ones included', () => {
    expect(doc.needTitles).toEqual(['도장 자동화']);
    expect(doc.needDescriptions).toEqual(['']);
    expect(doc.needKeywords).toEqual(['도장']);
    const everything = JSON.stringify(doc);
    for (const secret of ['극비', '수소연료전지', '경쟁사', '비밀키워드', '전기차']) {
      expect(everything).not.toContain(secret);
    }
    expect(doc.concepts).not.toContain('fuel-cell');
    expect(doc.concepts).not.toContain('electric-vehicle');
  });

  it('finds concepts in Korean and English texts, once each', () => {
    expect(doc.concepts).toEqual(expect.arrayContaining(['welding', 'secondary-battery']));
    expect(doc.concepts.some((c) => c === 'naval-architecture' || c === 'ship')).toBe(true);
    expect(new Set(doc.concepts).size).toBe(doc.concepts.length);
  });

  it('indexes Hangul n-grams of the public texts and the complex name', () => {
    const grams = doc.hangulNgrams.split(' ');
    expect(grams).toEqual(expect.arrayContaining(['공학', '해양', '산업', '단지']));
    expect(grams).not.toContain('극비');
  });

  it('accepts an organization without an English name, size, needs or capabilities', () => {
    const bare = toOrganizationDocument(
      source({ nameEn: null, size: null, needs: [], capabilities: [], ksicCodes: [] }),
    );
    expect(bare).toMatchObject({ nameEn: null, size: null, needTitles: [], capabilityTitles: [] });
    expect(bare.ksicDivisions).toEqual([]);
  });
});

import { ZONE_CODES } from '../enums';
import { isValidKsicCode } from '../ksic';
import {
  CONCEPTS,
  conceptById,
  conceptIdsForTerm,
  conceptsByTerm,
  conceptsInText,
  meilisearchSynonyms,
  normalizeTerm,
  synonymGroups,
  ZONE_SPECIALISATION,
} from './index';

describe('vocabulary', () => {
  it('has about two hundred concepts with unique kebab-case ids', () => {
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(180);
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every concept Korean and English variants and valid KSIC divisions', () => {
    for (const concept of CONCEPTS) {
      expect(concept.ko.length).toBeGreaterThanOrEqual(1);
      expect(concept.en.length).toBeGreaterThanOrEqual(1);
      // The preferred Korean label is Korean.
      expect(concept.ko[0]).toMatch(/[가-힣]/);
      for (const division of concept.ksic ?? []) {
        expect(division).toMatch(/^\d{2}$/);
        expect(isValidKsicCode(division)).toBe(true);
      }
    }
    expect(CONCEPTS.filter((c) => c.ko.length >= 2).length / CONCEPTS.length).toBeGreaterThan(0.95);
  });

  it('maps no variant to two concepts, and repeats no variant within a concept', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of CONCEPTS) {
      const own = new Set<string>();
      for (const variant of [...concept.ko, ...concept.en]) {
        const key = normalizeTerm(variant);
        expect(key.length).toBeGreaterThan(0);
        if (own.has(key)) clashes.push(`${concept.id}: "${variant}" listed twice`);
        own.add(key);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== concept.id) {
          clashes.push(`"${variant}" in ${previous} and ${concept.id}`);
        }
        owner.set(key, concept.id);
      }
    }
    expect(clashes).toEqual([]);
    for (const ids of conceptsByTerm().values()) expect(ids).toHaveLength(1);
  });

  it('normalises with NFKC, case and spacing', () => {
    expect(normalizeTerm('  ＯＬＥＤ ')).toBe('oled');
    expect(normalizeTerm('２차전지')).toBe('2차전지');
    expect(normalizeTerm('Secondary\u3000  Battery')).toBe('secondary battery');
    expect(conceptIdsForTerm('２차전지')).toEqual(['secondary-battery']);
    expect(conceptIdsForTerm('LITHIUM-ION BATTERY')).toEqual(['secondary-battery']);
    expect(conceptIdsForTerm('no such thing')).toEqual([]);
  });

  it('puts 이차전지, 2차전지 and secondary battery in one concept', () => {
    const [a] = conceptIdsForTerm('이차전지');
    expect(a).toBe('secondary-battery');
    expect(conceptIdsForTerm('2차전지')).toEqual([a]);
    expect(conceptIdsForTerm('secondary battery')).toEqual([a]);
    expect(conceptIdsForTerm('EV')).toEqual(['electric-vehicle']);
    expect(conceptIdsForTerm('유기발광다이오드')).toEqual(conceptIdsForTerm('OLED'));
    expect(conceptIdsForTerm('용접자동화')).toEqual(['welding-automation']);
    expect(conceptIdsForTerm('용접')).toEqual(['welding']);
    expect(conceptById('secondary-battery')?.ksic).toEqual(['28']);
  });

  it('names only existing concepts in ZONE_SPECIALISATION, for every zone', () => {
    for (const zone of ZONE_CODES) {
      const ids = ZONE_SPECIALISATION[zone];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(conceptById(id)?.id).toBe(id);
    }
  });

  it('builds one synonym group per concept, symmetric for Meilisearch', () => {
    const groups = synonymGroups();
    expect(groups).toHaveLength(CONCEPTS.length);
    const battery = groups.find((g) => g.includes('이차전지'));
    expect(battery).toEqual(expect.arrayContaining(['2차전지', 'secondary battery', 'LIB']));
    const synonyms = meilisearchSynonyms();
    expect(synonyms['2차전지']).toEqual(expect.arrayContaining(['이차전지', 'secondary battery']));
    for (const [term, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(term);
      for (const other of others) expect(synonyms[other]).toContain(term);
    }
  });

  it('finds concepts in Korean compounds and English words, longest variant first', () => {
    expect(conceptsInText('대불산단 조선기자재 업체의 용접자동화 수요')).toEqual([
      'ship-equipment',
      'welding-automation',
    ]);
    expect(conceptsInText('Lithium-ion battery packs for an EV')).toEqual([
      'secondary-battery',
      'electric-vehicle',
    ]);
    // Short abbreviations only in capitals; Latin words only whole.
    expect(conceptsInText('it led to a solution')).toEqual([]);
    expect(conceptsInText('LED 조명과 IT 서비스')).toEqual(['led', 'information-technology']);
    expect(conceptsInText('ROBOTICS and welding')).toEqual(['robotics', 'welding']);
    expect(conceptsInText('２차전지 분리막')).toEqual(['secondary-battery', 'battery-separator']);
    expect(conceptsInText('')).toEqual([]);
  });
});

import { meilisearchSynonyms } from '@app/domain';
import {
  MAX_LIMIT,
  MAX_OFFSET,
  organizationIndexSettings,
  SEARCHABLE_ATTRIBUTES,
} from './index-settings';
import { FACETS } from './search-params';

describe('organizationIndexSettings', () => {
  const settings = organizationIndexSettings();

  it('searches names first and the n-gram fallback last', () => {
    expect(settings.searchableAttributes?.slice(0, 2)).toEqual(['nameKo', 'nameEn']);
    expect(settings.searchableAttributes?.at(-1)).toBe('hangulNgrams');
  });

  it('can filter on every facet, size and _geo, and sort by name, date and distance', () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([...FACETS, '_geo', 'size']),
    );
    expect(settings.sortableAttributes).toEqual(['nameKo', 'updatedAt', '_geo']);
  });

  it('displays every searchable text but not the n-grams', () => {
    for (const name of SEARCHABLE_ATTRIBUTES.filter((a) => a !== 'hangulNgrams')) {
      expect(settings.displayedAttributes).toContain(name);
    }
    expect(settings.displayedAttributes).not.toContain('hangulNgrams');
  });

  it('takes synonyms from the shared vocabulary', () => {
    expect(settings.synonyms).toEqual(meilisearchSynonyms());
    expect(settings.synonyms?.['이차전지']).toContain('secondary battery');
  });

  it('marks Korean fields as Korean', () => {
    const korean = settings.localizedAttributes?.find((rule) => rule.locales.includes('kor'));
    expect(korean?.attributePatterns).toEqual(
      expect.arrayContaining(['nameKo', 'capabilityTitles', 'description', 'hangulNgrams']),
    );
    expect(korean?.attributePatterns).not.toContain('nameEn');
  });

  it('lets offset paging reach 10,000 and keeps typo tolerance', () => {
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(MAX_OFFSET + MAX_LIMIT);
    expect(settings.typoTolerance?.enabled).toBe(true);
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(['hangulNgrams']);
  });

  it('is the same every time (applying it twice changes nothing)', () => {
    expect(organizationIndexSettings()).toEqual(settings);
  });
});

import { BadUserInputError } from '@app/domain';
import { MARK_END, MARK_START, toSearchRequest } from './search-request';
import type { SearchParams } from './search-params';

const base: SearchParams = { query: ' 용접 ', limit: 20, offset: 0 };

function paths(params: SearchParams): string[] {
  try {
    toSearchRequest(params);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).fields.map((f) => f.path);
  }
  throw new Error('expected BadUserInputError');
}

describe('toSearchRequest', () => {
  it('searches by relevance with partial matching by default', () => {
    const { query, options } = toSearchRequest(base);
    expect(query).toBe('용접');
    expect(options).toMatchObject({
      sort: undefined,
      filter: undefined,
      matchingStrategy: 'last',
      page: 1,
      hitsPerPage: 20,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      showMatchesPosition: true,
    });
    expect(options.attributesToHighlight).not.toContain('hangulNgrams');
    expect(options.attributesToHighlight).not.toContain('concepts');
  });

  it('maps the sorts, asking for every query word when one is given', () => {
    const near = { lat: 34.8, lng: 126.4, radiusKm: 50 };
    expect(toSearchRequest({ ...base, sort: 'NAME' }).options).toMatchObject({
      sort: ['nameKo:asc'],
      matchingStrategy: 'all',
    });
    expect(toSearchRequest({ ...base, sort: 'RECENT' }).options.sort).toEqual(['updatedAt:desc']);
    expect(toSearchRequest({ ...base, sort: 'DISTANCE', near }).options.sort).toEqual([
      '_geoPoint(34.8, 126.4):asc',
    ]);
  });

  it('needs near for DISTANCE', () => {
    expect(paths({ ...base, sort: 'DISTANCE' })).toEqual(['sort']);
  });

  it('reports every problem at once, the filter’s included', () => {
    expect(
      paths({
        query: 'x'.repeat(201),
        limit: 0,
        offset: 10_001,
        facets: ['secret' as never],
        sort: 'RANDOM' as never,
        filter: { ksicDivisions: ['3'] },
        near: { lat: 0, lng: 0, radiusKm: -1 },
      }),
    ).toEqual([
      'query',
      'limit',
      'offset',
      'facets.0',
      'sort',
      'filter.ksicDivisions.0',
      'near.radiusKm',
    ]);
    expect(paths({ ...base, limit: 101 })).toEqual(['limit']);
    expect(paths({ ...base, offset: 1.5 })).toEqual(['offset']);
  });

  it('passes the filter and facets', () => {
    const { options } = toSearchRequest({
      ...base,
      filter: { zones: ['HONAM' as never] },
      facets: ['zoneCode', 'zoneCode', 'kind'],
    });
    expect(options.filter).toEqual(['zoneCode IN ["HONAM"]']);
    expect(options.facets).toEqual(['zoneCode', 'kind']);
  });

  it('pages through a window that does not start on a page boundary', () => {
    const { options, window } = toSearchRequest({ ...base, offset: 5, limit: 10 });
    expect(window.skip).toBe(5);
    expect(options.hitsPerPage).toBeGreaterThanOrEqual(15);
  });
});

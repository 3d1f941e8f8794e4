import { BadUserInputError, OrganizationKind, ZoneCode } from '@app/domain';
import { buildFilter, quoteFilterValue } from './filter-builder';
import type { SearchFilter } from './search-params';

function problems(filter: SearchFilter, near?: { lat: number; lng: number; radiusKm: number }) {
  try {
    buildFilter(filter, near);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).fields;
  }
  throw new Error('expected BadUserInputError');
}

/**
 * Reads a double-quoted filter string back the way Meilisearch's parser does (quoted_by,
 * then escape sequences): where the string ends and what value it holds.
 */
function parseQuoted(input: string): { value: string; rest: string } {
  expect(input[0]).toBe('"');
  let i = 1;
  let raw = '';
  while (i < input.length && input[i] !== '"') {
    if (input[i] === '\\') {
      raw += input.slice(i, i + 2);
      i += 2;
    } else raw += input[i++];
  }
  expect(input[i]).toBe('"');
  const value = raw.replace(/\\(.)/g, '$1');
  return { value, rest: input.slice(i + 1) };
}

describe('quoteFilterValue', () => {
  it.each([
    'plain',
    '용접',
    'a" OR kind = "FIRM',
    'x" OR zoneCode = "HONAM',
    'x") OR (zoneCode = "HONAM',
    'back\\slash',
    'trailing\\',
    '\\"',
    '\\\\"',
    'NOT TO AND OR',
    "single ' quote",
    '\\n\\u{41}',
  ])('keeps %j one whole value', (value) => {
    const quoted = quoteFilterValue(value);
    const { value: parsed, rest } = parseQuoted(quoted);
    expect(parsed).toBe(value);
    expect(rest).toBe('');
  });
});

describe('buildFilter', () => {
  it('gives no entries for no filter', () => {
    expect(buildFilter()).toEqual([]);
    expect(buildFilter({ zones: [], keywords: [] })).toEqual([]);
  });

  it('ANDs fields and ORs the values of one field', () => {
    expect(
      buildFilter({
        zones: [ZoneCode.HONAM, ZoneCode.JEJU],
        clusters: ['DAEBUL'],
        complexes: ['DAEBUL', 'DAEBUL'],
        kinds: [OrganizationKind.FIRM],
        ksicDivisions: ['31'],
        keywords: ['용접'],
      }),
    ).toEqual([
      'zoneCode IN ["HONAM", "JEJU"]',
      'clusterCode IN ["DAEBUL"]',
      'complexCode IN ["DAEBUL"]',
      'kind IN ["FIRM"]',
      'ksicDivisions IN ["31"]',
      'keywords IN ["용접"]',
    ]);
  });

  it('quotes a keyword holding filter syntax as one value', () => {
    expect(buildFilter({ keywords: ['a" OR kind = "FIRM'] })).toEqual([
      'keywords IN ["a\\" OR kind = \\"FIRM"]',
    ]);
    expect(buildFilter({ keywords: ['x\\'] })).toEqual(['keywords IN ["x\\\\"]']);
  });

  it('adds a radius in metres for near', () => {
    expect(buildFilter({}, { lat: 34.8, lng: 126.4, radiusKm: 25 })).toEqual([
      '_geoRadius(34.8, 126.4, 25000)',
    ]);
    expect(buildFilter({}, { lat: 1e-7, lng: -0.5, radiusKm: 0.0001 })).toEqual([
      '_geoRadius(0, -0.5, 1)',
    ]);
  });

  it('names each invalid value by its path', () => {
    expect(
      problems({
        zones: ['MARS' as ZoneCode],
        kinds: ['SHOP' as OrganizationKind],
        clusters: ['daebul'],
        complexes: ['A B'],
        ksicDivisions: ['3', '311'],
        keywords: ['x'.repeat(41), '', 'tab\there'],
      }).map((p) => p.path),
    ).toEqual([
      'filter.zones.0',
      'filter.clusters.0',
      'filter.complexes.0',
      'filter.kinds.0',
      'filter.ksicDivisions.0',
      'filter.ksicDivisions.1',
      'filter.keywords.0',
      'filter.keywords.1',
      'filter.keywords.2',
    ]);
  });

  it('refuses more than 20 values in a list, and values that are not strings', () => {
    expect(problems({ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) })).toEqual([
      { path: 'filter.keywords', reason: expect.stringContaining('20') },
    ]);
    expect(problems({ keywords: [42 as unknown as string] })[0]?.path).toBe('filter.keywords.0');
    expect(problems({ zones: 'HONAM' as unknown as ZoneCode[] })[0]?.path).toBe('filter.zones');
  });

  it('checks near', () => {
    expect(problems({}, { lat: 91, lng: 181, radiusKm: 0 }).map((p) => p.path)).toEqual([
      'near.lat',
      'near.lng',
      'near.radiusKm',
    ]);
    expect(problems({}, { lat: NaN, lng: 0, radiusKm: 1001 }).map((p) => p.path)).toEqual([
      'near.lat',
      'near.radiusKm',
    ]);
    expect(buildFilter({}, { lat: -90, lng: 180, radiusKm: 1000 })).toHaveLength(1);
  });
});

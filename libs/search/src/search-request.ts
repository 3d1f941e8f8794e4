import type { SearchParams as MeiliSearchParams } from 'meilisearch';
import { BadUserInputError, FieldProblem } from '@app/domain';
import { buildFilter } from './filter-builder';
import { MAX_LIMIT, MAX_OFFSET, SEARCHABLE_ATTRIBUTES } from './index-settings';
import { pageWindow, PageWindow } from './page-window';
import { FACETS, SearchParams, SORTS } from './search-params';

export const MAX_QUERY_LENGTH = 200;

/**
 * Highlight marks no text contains (Unicode private use): the snippet is HTML-escaped after
 * Meilisearch marks the matches, and only then do the marks become <em>…</em>, so markup
 * typed into a profile reaches a client as text.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Fields a hit may show a snippet of; derived fields (concepts, n-grams) are not text. */
export const HIGHLIGHTED_ATTRIBUTES: readonly string[] = SEARCHABLE_ATTRIBUTES.filter(
  (name) => name !== 'concepts' && name !== 'hangulNgrams',
);
export const CROPPED_ATTRIBUTES = ['description', 'capabilityDescriptions', 'needDescriptions'];
export const CROP_LENGTH = 24;

export interface SearchRequest {
  query: string;
  /** Page mode, so that the client types the response with an exact `totalHits`. */
  options: MeiliSearchParams & { page: number; hitsPerPage: number };
  window: PageWindow;
}

function sortFor(params: SearchParams): string[] | undefined {
  switch (params.sort ?? 'RELEVANCE') {
    case 'NAME':
      return ['nameKo:asc'];
    case 'RECENT':
      return ['updatedAt:desc'];
    case 'DISTANCE':
      return params.near ? [`_geoPoint(${params.near.lat}, ${params.near.lng}):asc`] : undefined;
    default:
      return undefined;
  }
}

function check(params: SearchParams): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof params.query !== 'string' || [...params.query].length > MAX_QUERY_LENGTH)
    problems.push({ path: 'query', reason: `must be at most ${MAX_QUERY_LENGTH} characters` });
  if (!Number.isInteger(params.limit) || params.limit < 1 || params.limit > MAX_LIMIT)
    problems.push({ path: 'limit', reason: `must be between 1 and ${MAX_LIMIT}` });
  if (!Number.isInteger(params.offset) || params.offset < 0 || params.offset > MAX_OFFSET)
    problems.push({ path: 'offset', reason: `must be between 0 and ${MAX_OFFSET}` });
  (params.facets ?? []).forEach((facet, i) => {
    if (!(FACETS as readonly string[]).includes(facet))
      problems.push({ path: `facets.${i}`, reason: `must be one of ${FACETS.join(', ')}` });
  });
  const sort = params.sort ?? 'RELEVANCE';
  if (!(SORTS as readonly string[]).includes(sort))
    problems.push({ path: 'sort', reason: `must be one of ${SORTS.join(', ')}` });
  else if (sort === 'DISTANCE' && !params.near)
    problems.push({ path: 'sort', reason: 'DISTANCE needs near (a point to measure from)' });
  return problems;
}

/**
 * The Meilisearch request for a search, after checking every parameter; all problems,
 * the filter's included, are reported together.
 */
export function toSearchRequest(params: SearchParams): SearchRequest {
  const problems = check(params);
  let filter: string[] = [];
  try {
    filter = buildFilter(params.filter, params.near);
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    problems.push(...error.fields);
  }
  if (problems.length > 0) throw new BadUserInputError(problems);

  const sorted = (params.sort ?? 'RELEVANCE') !== 'RELEVANCE';
  const window = pageWindow(params.offset, params.limit);
  return {
    query: params.query.trim(),
    window,
    options: {
      filter: filter.length > 0 ? filter : undefined,
      sort: sortFor(params),
      facets: params.facets && params.facets.length > 0 ? [...new Set(params.facets)] : undefined,
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      attributesToRetrieve: ['id', '_geo'],
      attributesToHighlight: [...HIGHLIGHTED_ATTRIBUTES],
      attributesToCrop: CROPPED_ATTRIBUTES,
      cropLength: CROP_LENGTH,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      showMatchesPosition: true,
      // With an explicit order every hit should match the whole query: partial matches
      // sorted among full ones by name or date would look random.
      matchingStrategy: sorted ? 'all' : 'last',
      // Query language detection may read a short Latin query as another language, or Hanja
      // as Chinese; the platform's texts are Korean and English.
      locales: ['kor', 'eng'],
    },
  };
}

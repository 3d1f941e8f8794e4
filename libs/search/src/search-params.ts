import type { OrganizationKind, ZoneCode } from '@app/domain';

export const FACETS = [
  'zoneCode',
  'clusterCode',
  'complexCode',
  'kind',
  'ksicDivisions',
  'keywords',
  'concepts',
] as const;
export type FacetName = (typeof FACETS)[number];

export const SORTS = ['RELEVANCE', 'NAME', 'RECENT', 'DISTANCE'] as const;
export type SortOption = (typeof SORTS)[number];

export interface SearchFilter {
  zones?: ZoneCode[];
  clusters?: string[];
  complexes?: string[];
  kinds?: OrganizationKind[];
  ksicDivisions?: string[];
  keywords?: string[];
}

export interface SearchParams {
  query: string;
  filter?: SearchFilter;
  near?: { lat: number; lng: number; radiusKm: number };
  facets?: FacetName[];
  sort?: SortOption;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  /**
   * Matched fields with the match wrapped in <em>…</em>, cropped around it. The text is
   * HTML-escaped (a profile saying <b> arrives as &lt;b&gt;), so a snippet is safe as HTML.
   */
  highlights: { field: string; snippet: string }[];
  /** Distance from `near`, when given. */
  distanceKm: number | null;
}

export interface SearchPage {
  hits: SearchHit[];
  totalHits: number;
  facets: Partial<Record<FacetName, Record<string, number>>>;
  processingTimeMs: number;
}

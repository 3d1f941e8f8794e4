import { distanceMeters } from './geo-distance';
import { HIGHLIGHTED_ATTRIBUTES, MARK_END, MARK_START } from './search-request';
import type { SearchHit, SearchParams } from './search-params';

/** A list field (capability titles…) can match in many items; a hit shows a few. */
export const MAX_SNIPPETS_PER_FIELD = 3;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the text, then turns the highlight marks into <em>…</em>. */
export function renderSnippet(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string)
    .replaceAll(MARK_START, '<em>')
    .replaceAll(MARK_END, '</em>');
}

function markedValues(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v.includes(MARK_START));
}

/** The parts of a Meilisearch hit this reads. */
export interface RawHit {
  id: string;
  _geo?: { lat: number; lng: number };
  _geoDistance?: number;
  _formatted?: Record<string, unknown>;
  _matchesPosition?: Record<string, unknown>;
}

/**
 * A hit as the API gives it. Snippets come only from fields Meilisearch reports as matched
 * (`_matchesPosition`), in ranking order; `_formatted` alone would also list every field
 * asked for highlighting, matched or not.
 */
export function toSearchHit(hit: RawHit, near?: SearchParams['near']): SearchHit {
  const matched = hit._matchesPosition ?? {};
  const formatted = hit._formatted ?? {};
  const highlights: SearchHit['highlights'] = [];
  for (const field of HIGHLIGHTED_ATTRIBUTES) {
    if (!(field in matched)) continue;
    for (const value of markedValues(formatted[field]).slice(0, MAX_SNIPPETS_PER_FIELD)) {
      highlights.push({ field, snippet: renderSnippet(value) });
    }
  }

  let distanceKm: number | null = null;
  if (near) {
    const meters =
      typeof hit._geoDistance === 'number'
        ? hit._geoDistance
        : hit._geo
          ? distanceMeters(near, hit._geo)
          : null;
    if (meters !== null) distanceKm = Math.round(meters) / 1000;
  }
  return { id: hit.id, highlights, distanceKm };
}

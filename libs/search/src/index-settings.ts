import type { Settings } from 'meilisearch';
import { meilisearchSynonyms } from '@app/domain';
import { FACETS } from './search-params';

/** Deepest offset a client may page to, and the largest page (see validate-search-params). */
export const MAX_OFFSET = 10_000;
export const MAX_LIMIT = 100;

/**
 * Most telling first: Meilisearch's `attribute` rule ranks a match in an earlier field
 * higher. What an organization says of itself (name, keywords, what it can do) comes before
 * what it looks for, derived concept ids after the words people typed, long descriptions after
 * that, the complex it sits in (shared by hundreds) near the end, and the n-gram fallback
 * last, so that a partial-compound match never outranks a real word.
 */
export const SEARCHABLE_ATTRIBUTES = [
  'nameKo',
  'nameEn',
  'keywords',
  'capabilityTitles',
  'capabilityKeywords',
  'needTitles',
  'needKeywords',
  'concepts',
  'description',
  'capabilityDescriptions',
  'needDescriptions',
  'complexNameKo',
  'complexNameEn',
  'hangulNgrams',
] as const;

/** Fields whose text is Korean (or mostly so); English inside them still tokenizes as Latin. */
const KOREAN_ATTRIBUTES = [
  'nameKo',
  'keywords',
  'capabilityTitles',
  'capabilityKeywords',
  'capabilityDescriptions',
  'needTitles',
  'needKeywords',
  'needDescriptions',
  'description',
  'complexNameKo',
  'hangulNgrams',
];

const ENGLISH_ATTRIBUTES = ['nameEn', 'complexNameEn', 'concepts'];

/**
 * The one definition of the organization index, applied on start-up and to every rebuilt
 * index. Sending it again changes nothing, so applying it is idempotent.
 */
export function organizationIndexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FACETS, '_geo', 'size'],
    sortableAttributes: ['nameKo', 'updatedAt', '_geo'],
    // The n-grams are for matching only; returning them would just bloat every response.
    displayedAttributes: [
      'id',
      'kind',
      'nameKo',
      'nameEn',
      'description',
      'keywords',
      'capabilityTitles',
      'capabilityDescriptions',
      'capabilityKeywords',
      'needTitles',
      'needDescriptions',
      'needKeywords',
      'complexCode',
      'complexNameKo',
      'complexNameEn',
      'clusterCode',
      'zoneCode',
      'ksicCodes',
      'ksicDivisions',
      'size',
      'concepts',
      '_geo',
      'version',
      'updatedAt',
    ],
    // `sort` first: a client asking for name, recency or distance order gets that order
    // among the matches (the search narrows matches to all query words then), rather than
    // a relevance order with the sort only breaking ties. Without a sort it does nothing.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: meilisearchSynonyms(),
    // Pins the Korean segmenter instead of per-field language detection, which may take a
    // short text with Hanja for Chinese or Japanese.
    localizedAttributes: [
      { attributePatterns: KOREAN_ATTRIBUTES, locales: ['kor'] },
      { attributePatterns: ENGLISH_ATTRIBUTES, locales: ['eng'] },
    ],
    // Meilisearch measures Korean words for typos in jamo (조합 = ㅈㅗㅎㅏㅂ, 5), so with the
    // defaults (one typo from 5, two from 9) 전지 (battery) also finds 전자 (electronics)
    // and 조합 finds 종합: on 10,000 demo profiles 전지 matched 4,187 instead of 251. From 6
    // most two-syllable words are exact while "weldng" (6 letters) still finds welding;
    // 5-letter English words lose their typo. The n-grams are pieces, never misspelt words.
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 6, twoTypos: 10 },
      disableOnAttributes: ['hangulNgrams'],
      disableOnNumbers: true,
    },
    // Most frequent values first: alphabetical order (the default) would cut the popular
    // keywords off at maxValuesPerFacet.
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_OFFSET + MAX_LIMIT },
    // byWord (the default) keeps "선박 설계" ranking documents with the words together first;
    // byAttribute would index faster but rank worse, and the index is small.
    proximityPrecision: 'byWord',
  };
}

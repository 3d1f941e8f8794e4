import type { NeedVisibility, OrganizationKind, OrganizationSize, ZoneCode } from '@app/domain';

/** What PostgreSQL says about an organization, as the index builder needs it. */
export interface OrganizationSource {
  id: string;
  kind: OrganizationKind;
  nameKo: string;
  nameEn: string | null;
  description: string;
  keywords: string[];
  ksicCodes: string[];
  size: OrganizationSize | null;
  version: number;
  updatedAt: Date;
  complex: {
    code: string;
    nameKo: string;
    nameEn: string;
    clusterCode: string;
    zoneCode: ZoneCode;
    latitude: number;
    longitude: number;
  };
  capabilities: { title: string; description: string; keywords: string[] }[];
  needs: { title: string; description: string; keywords: string[]; visibility: NeedVisibility }[];
}

/**
 * The Meilisearch document of an organization. Public fields only: needs with visibility
 * COORDINATORS never reach the index.
 */
export interface OrganizationDocument {
  id: string;
  kind: OrganizationKind;
  nameKo: string;
  nameEn: string | null;
  description: string;
  keywords: string[];
  capabilityTitles: string[];
  capabilityDescriptions: string[];
  capabilityKeywords: string[];
  needTitles: string[];
  needDescriptions: string[];
  needKeywords: string[];
  complexCode: string;
  complexNameKo: string;
  complexNameEn: string;
  clusterCode: string;
  zoneCode: ZoneCode;
  ksicCodes: string[];
  /** First two digits of each KSIC code, for faceting by division. */
  ksicDivisions: string[];
  size: OrganizationSize | null;
  /** Concept ids of the shared vocabulary found in the texts (bilingual facet). */
  concepts: string[];
  /**
   * 2- and 3-syllable pieces of the Korean texts, space-separated: searchable at the lowest
   * rank, never displayed, so that a query finds part of a compound Meilisearch's Korean
   * dictionary keeps whole (see hangul-ngrams.ts).
   */
  hangulNgrams: string;
  _geo: { lat: number; lng: number };
  version: number;
  /** Unix ms, sortable. */
  updatedAt: number;
}

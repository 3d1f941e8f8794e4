import { NeedVisibility, OrganizationKind, OrganizationSize } from '../enums';

/** Limits a profile must keep; the API reports them to clients in its error reasons. */
export const LIMITS = {
  nameKo: 100,
  nameEn: 150,
  description: 2000,
  website: 200,
  ksicCodes: 5,
  keywords: 20,
  keyword: 40,
  items: 20,
  itemTitle: 120,
  itemDescription: 1000,
  itemKeywords: 10,
} as const;

export interface ProfileItemInput {
  title: string;
  description?: string | null;
  keywords?: string[] | null;
}

export interface NeedInput extends ProfileItemInput {
  visibility?: NeedVisibility | null;
}

export interface OrganizationInput {
  kind: OrganizationKind;
  nameKo: string;
  nameEn?: string | null;
  complexCode: string;
  ksicCodes?: string[] | null;
  size?: OrganizationSize | null;
  description?: string | null;
  keywords?: string[] | null;
  website?: string | null;
  businessNumber?: string | null;
  capabilities?: ProfileItemInput[] | null;
  needs?: NeedInput[] | null;
}

/** An update changes only the fields it names; lists of items are edited one by one. */
export type OrganizationPatch = Partial<Omit<OrganizationInput, 'capabilities' | 'needs'>>;

/** The normalised values that are stored. */
export interface NormalizedItem {
  title: string;
  description: string;
  keywords: string[];
}

export interface NormalizedNeed extends NormalizedItem {
  visibility: NeedVisibility;
}

export interface NormalizedOrganization {
  kind: OrganizationKind;
  nameKo: string;
  nameEn: string | null;
  complexCode: string;
  ksicCodes: string[];
  size: OrganizationSize | null;
  description: string;
  keywords: string[];
  website: string | null;
  businessNumber: string | null;
  capabilities: NormalizedItem[];
  needs: NormalizedNeed[];
}

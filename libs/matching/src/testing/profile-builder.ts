/** Hand-made profiles for tests: every field defaulted, places taken from the real complexes. */
import { NeedVisibility, OrganizationKind, ZoneCode } from '@app/domain';

import { MatchCapability, MatchNeed, MatchProfile } from '../match-profile';

/** A few complexes of the reference data, with their cluster, zone and coordinates. */
export const PLACES = {
  DAEBUL: { complex: 'DAEBUL', cluster: 'DAEBUL', zone: ZoneCode.HONAM, lat: 34.755, lng: 126.445 },
  MOKPO_SAPJIN: {
    complex: 'MOKPO_SAPJIN',
    cluster: 'DAEBUL',
    zone: ZoneCode.HONAM,
    lat: 34.812,
    lng: 126.4,
  },
  GWANGJU_CHEOMDAN: {
    complex: 'GWANGJU_CHEOMDAN',
    cluster: 'GWANGJU_CHEOMDAN',
    zone: ZoneCode.HONAM,
    lat: 35.222,
    lng: 126.848,
  },
  OCHANG: {
    complex: 'OCHANG',
    cluster: 'OCHANG',
    zone: ZoneCode.CHUNGCHEONG,
    lat: 36.715,
    lng: 127.438,
  },
  ULSAN_ONSAN: {
    complex: 'ULSAN_ONSAN',
    cluster: 'ULSAN_ONSAN',
    zone: ZoneCode.DONGNAM,
    lat: 35.48,
    lng: 129.355,
  },
} as const;

type Item = Partial<MatchCapability> & { title: string };

export interface ProfileSpec {
  id: string;
  kind?: OrganizationKind;
  place?: keyof typeof PLACES;
  ksicCodes?: string[];
  keywords?: string[];
  description?: string;
  capabilities?: Item[];
  needs?: (Item & { visibility?: NeedVisibility })[];
}

export function profile(spec: ProfileSpec): MatchProfile {
  const place = PLACES[spec.place ?? 'DAEBUL'];
  const item = (i: Item, j: number, tag: string): MatchCapability => ({
    id: i.id ?? `${spec.id}-${tag}${j}`,
    title: i.title,
    description: i.description ?? '',
    keywords: i.keywords ?? [],
  });
  return {
    id: spec.id,
    kind: spec.kind ?? OrganizationKind.FIRM,
    ...place,
    ksicCodes: spec.ksicCodes ?? [],
    keywords: spec.keywords ?? [],
    ...(spec.description === undefined ? {} : { description: spec.description }),
    capabilities: (spec.capabilities ?? []).map((c, j) => item(c, j, 'c')),
    needs: (spec.needs ?? []).map((n, j): MatchNeed => ({
      ...item(n, j, 'n'),
      visibility: n.visibility ?? NeedVisibility.PUBLIC,
    })),
  };
}

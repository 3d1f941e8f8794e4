/**
 * Demo organizations (libs/database's generator) as match profiles, for tests and the
 * benchmark. Structural types keep libs/matching free of any import from libs/database.
 */
import { NeedVisibility, OrganizationKind, ZoneCode } from '@app/domain';

import { MatchProfile } from '../match-profile';

export interface DemoItemLike {
  title: string;
  description: string;
  keywords: string[];
}

export interface DemoOrganizationLike {
  kind: OrganizationKind;
  complexCode: string;
  ksicCodes: string[];
  description: string;
  keywords: string[];
  capabilities: DemoItemLike[];
  needs: (DemoItemLike & { visibility: NeedVisibility })[];
}

export interface ComplexLike {
  code: string;
  zone: ZoneCode;
  cluster: string;
  latitude: number;
  longitude: number;
}

/** Ids `org-<i>`, items `org-<i>-c<j>` and `org-<i>-n<j>`. */
export function demoProfiles(
  organizations: readonly DemoOrganizationLike[],
  complexes: readonly ComplexLike[],
): MatchProfile[] {
  const byCode = new Map(complexes.map((c) => [c.code, c]));
  return organizations.map((org, i) => {
    const complex = byCode.get(org.complexCode);
    if (complex === undefined) throw new Error(`unknown complex ${org.complexCode}`);
    const id = `org-${i}`;
    return {
      id,
      kind: org.kind,
      zone: complex.zone,
      cluster: complex.cluster,
      complex: complex.code,
      lat: complex.latitude,
      lng: complex.longitude,
      ksicCodes: org.ksicCodes,
      keywords: org.keywords,
      description: org.description,
      capabilities: org.capabilities.map((c, j) => ({ id: `${id}-c${j}`, ...c })),
      needs: org.needs.map((n, j) => ({ id: `${id}-n${j}`, ...n })),
    };
  });
}

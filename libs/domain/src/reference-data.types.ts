import { ComplexRole, ComplexType, ReferenceSource, ZoneCode } from './enums';

/** A bilingual label: Korean first, English beside it. */
export interface Bilingual {
  ko: string;
  en: string;
}

export interface ZoneRecord {
  code: ZoneCode;
  nameKo: string;
  nameEn: string;
  /** Regions (시·도) the zone covers. */
  regions: Bilingual[];
  /** What the 2010 plan says the zone specialises in. */
  specialisations: Bilingual[];
}

export interface ClusterRecord {
  /** Stable code; equal to the code of its hub complex (one cluster per hub). */
  code: string;
  zone: ZoneCode;
  nameKo: string;
  nameEn: string;
  /** Code of the hub complex. */
  hub: string;
}

export interface ComplexRecord {
  /** Stable ASCII code, ^[A-Z][A-Z0-9_]{1,39}$, unique. */
  code: string;
  nameKo: string;
  nameEn: string;
  type: ComplexType;
  role: ComplexRole;
  zone: ZoneCode;
  /** Code of the cluster (= its hub's code) the complex belongs to. */
  cluster: string;
  cityKo: string;
  cityEn: string;
  latitude: number;
  longitude: number;
  mainIndustries: Bilingual[];
  source: ReferenceSource;
  /** Why a row is where it is (which plan or press fact, or why it was filled in). */
  note?: string;
}

export interface ReferenceData {
  /** Where the data comes from, for a reviewer. */
  sources: string[];
  zones: ZoneRecord[];
  clusters: ClusterRecord[];
  complexes: ComplexRecord[];
}

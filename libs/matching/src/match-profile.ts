import { NeedVisibility, OrganizationKind, ZoneCode } from '@app/domain';

export interface MatchCapability {
  id: string;
  title: string;
  description: string;
  keywords: string[];
}

export interface MatchNeed extends MatchCapability {
  /** Carried so callers can filter; the engine scores every need and returns only ids. */
  visibility: NeedVisibility;
}

/** What the engine knows of an organization: no names, nothing it does not score on. */
export interface MatchProfile {
  /** Stable id (uuid); ties in ranking are broken on it, so it must not change. */
  id: string;
  kind: OrganizationKind;
  zone: ZoneCode;
  cluster: string;
  complex: string;
  /** Of its complex, in degrees. */
  lat: number;
  lng: number;
  ksicCodes: string[];
  keywords: string[];
  /** Optional: the organization's own description, read as a weak capability text. */
  description?: string;
  capabilities: MatchCapability[];
  needs: MatchNeed[];
  /**
   * Optional: the profile's version (it changes with any of its texts). Set, an engine built
   * with a shared `ProfileAnalyser` analyses each version once.
   */
  version?: number;
  /**
   * True when keywords, description, capabilities and needs were not read (left empty)
   * because the analyser holds this version's analysis; building from it otherwise throws.
   */
  textsOmitted?: boolean;
}

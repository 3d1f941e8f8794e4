/**
 * Enumerations shared by every layer. Plain TypeScript: no framework imports, so the
 * matching engine, the seeders and the API can all depend on them.
 */

export enum ZoneCode {
  CAPITAL = 'CAPITAL',
  CHUNGCHEONG = 'CHUNGCHEONG',
  DAEGYEONG = 'DAEGYEONG',
  DONGNAM = 'DONGNAM',
  HONAM = 'HONAM',
  GANGWON = 'GANGWON',
  JEJU = 'JEJU',
}

export const ZONE_CODES: readonly ZoneCode[] = Object.values(ZoneCode);

export enum ComplexType {
  NATIONAL = 'NATIONAL',
  GENERAL = 'GENERAL',
  AGRO = 'AGRO',
  URBAN_HIGHTECH = 'URBAN_HIGHTECH',
}

export enum ComplexRole {
  HUB = 'HUB',
  LINKED = 'LINKED',
}

/** Where a reference row comes from: the 2010 plan itself, or filled in from public facts. */
export enum ReferenceSource {
  PLAN = 'PLAN',
  FILLED = 'FILLED',
}

export enum OrganizationKind {
  FIRM = 'FIRM',
  UNIVERSITY = 'UNIVERSITY',
  INSTITUTE = 'INSTITUTE',
}

export enum OrganizationSize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export enum NeedVisibility {
  PUBLIC = 'PUBLIC',
  COORDINATORS = 'COORDINATORS',
}

export enum SuggestionScope {
  SAME_COMPLEX = 'SAME_COMPLEX',
  SAME_CLUSTER = 'SAME_CLUSTER',
  SAME_ZONE = 'SAME_ZONE',
  CROSS_ZONE = 'CROSS_ZONE',
}

export enum SuggestionStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  INTRODUCED = 'INTRODUCED',
}

export enum UserRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
}

export enum NotificationKind {
  /** A coordinator introduced the recipient's organization to a partner. */
  INTRODUCTION = 'INTRODUCTION',
}

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

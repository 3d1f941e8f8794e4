import { UserRole, ZoneCode } from '../enums';

/** Who is asking: a signed-in user as the API resolved them, or null for anyone. */
export interface Actor {
  userId: string;
  email: string;
  role: UserRole;
  /** A member's organization. */
  organizationId: string | null;
  /** A coordinator's scope: clusters (hub codes) and whole zones. */
  clusterCodes: string[];
  zoneCodes: ZoneCode[];
}

/** Where an organization sits, which is what a coordinator's scope is about. */
export interface Location {
  clusterCode: string;
  zoneCode: ZoneCode;
}

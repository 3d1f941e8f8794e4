import { UserRole, ZoneCode } from '../enums';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { Actor, Location } from './actor';

/** The rules of who may see and do what. Pure, so every rule has a unit test. */

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export function coordinatorCovers(actor: Actor, location: Location): boolean {
  return (
    actor.role === UserRole.COORDINATOR &&
    (actor.clusterCodes.includes(location.clusterCode) ||
      actor.zoneCodes.includes(location.zoneCode))
  );
}

/** May create an organization at this location: admins anywhere, coordinators in scope. */
export function canCreateOrganizationAt(actor: Actor, location: Location): boolean {
  return actor.role === UserRole.ADMIN || coordinatorCovers(actor, location);
}

/** May edit this organization: admins, coordinators in scope, and its own members. */
export function canEditOrganization(
  actor: Actor,
  organizationId: string,
  location: Location,
): boolean {
  return (
    actor.role === UserRole.ADMIN ||
    coordinatorCovers(actor, location) ||
    (actor.role === UserRole.MEMBER && actor.organizationId === organizationId)
  );
}

/** May see a need marked COORDINATORS (a confidential technology gap). */
export function canSeeConfidential(
  actor: Actor | null,
  organizationId: string,
  location: Location,
): boolean {
  return actor !== null && canEditOrganization(actor, organizationId, location);
}

export function assertCanCreateOrganizationAt(actor: Actor | null, location: Location): Actor {
  const a = requireActor(actor);
  if (!canCreateOrganizationAt(a, location)) {
    throw new ForbiddenError(
      a.role === UserRole.COORDINATOR
        ? `cluster ${location.clusterCode} (${location.zoneCode}) is outside your scope`
        : 'only administrators and coordinators create organizations',
    );
  }
  return a;
}

export function assertCanEditOrganization(
  actor: Actor | null,
  organizationId: string,
  location: Location,
): Actor {
  const a = requireActor(actor);
  if (!canEditOrganization(a, organizationId, location)) {
    throw new ForbiddenError(
      a.role === UserRole.MEMBER
        ? 'members edit only their own organization'
        : `organization ${organizationId} is outside your scope`,
    );
  }
  return a;
}

/** Admins, and coordinators for their scope only (checked per row by the caller). */
export function assertAdminOrCoordinator(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (a.role !== UserRole.ADMIN && a.role !== UserRole.COORDINATOR) {
    throw new ForbiddenError('only administrators and coordinators may do this');
  }
  return a;
}

export function assertAdmin(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (a.role !== UserRole.ADMIN) throw new ForbiddenError('only administrators may do this');
  return a;
}

/** A cluster's statistics: admins, and coordinators of the cluster or of its zone. */
export function assertCanSeeClusterStats(actor: Actor | null, location: Location): Actor {
  const a = requireActor(actor);
  if (a.role === UserRole.ADMIN || coordinatorCovers(a, location)) return a;
  throw new ForbiddenError(
    a.role === UserRole.COORDINATOR
      ? `cluster ${location.clusterCode} (${location.zoneCode}) is outside your scope`
      : 'only administrators and coordinators see cluster statistics',
  );
}

/** A zone's statistics: admins, and coordinators of the whole zone (not of one cluster in it). */
export function assertCanSeeZoneStats(actor: Actor | null, zone: ZoneCode): Actor {
  const a = requireActor(actor);
  if (a.role === UserRole.ADMIN) return a;
  if (a.role === UserRole.COORDINATOR && a.zoneCodes.includes(zone)) return a;
  throw new ForbiddenError(
    a.role === UserRole.COORDINATOR
      ? `zone ${zone} is outside your scope (your clusters: ${a.clusterCodes.join(', ') || 'none'})`
      : 'only administrators and coordinators see zone statistics',
  );
}

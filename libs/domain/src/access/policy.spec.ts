import { UserRole, ZoneCode } from '../enums';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { Actor, Location } from './actor';
import {
  assertCanCreateOrganizationAt,
  assertCanEditOrganization,
  assertCanSeeClusterStats,
  assertCanSeeZoneStats,
  canEditOrganization,
  canSeeConfidential,
} from './policy';

const actor = (role: UserRole, extra: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  email: 'u@example.kr',
  role,
  organizationId: null,
  clusterCodes: [],
  zoneCodes: [],
  ...extra,
});
const daebul: Location = { clusterCode: 'DAEBUL', zoneCode: ZoneCode.HONAM };
const gumi: Location = { clusterCode: 'GUMI', zoneCode: ZoneCode.DAEGYEONG };

describe('access policy', () => {
  const admin = actor(UserRole.ADMIN);
  const clusterCoordinator = actor(UserRole.COORDINATOR, { clusterCodes: ['DAEBUL'] });
  const zoneCoordinator = actor(UserRole.COORDINATOR, { zoneCodes: [ZoneCode.HONAM] });
  const member = actor(UserRole.MEMBER, { organizationId: 'org-1' });

  it('admins do all', () => {
    expect(canEditOrganization(admin, 'org-1', gumi)).toBe(true);
    expect(() => assertCanCreateOrganizationAt(admin, gumi)).not.toThrow();
  });

  it('coordinators act inside their clusters or zones only', () => {
    for (const c of [clusterCoordinator, zoneCoordinator]) {
      expect(canEditOrganization(c, 'org-1', daebul)).toBe(true);
      expect(canEditOrganization(c, 'org-1', gumi)).toBe(false);
      expect(() => assertCanCreateOrganizationAt(c, daebul)).not.toThrow();
      expect(() => assertCanCreateOrganizationAt(c, gumi)).toThrow(ForbiddenError);
    }
  });

  it('members edit only their own organization and create none', () => {
    expect(canEditOrganization(member, 'org-1', gumi)).toBe(true);
    expect(() => assertCanEditOrganization(member, 'org-2', gumi)).toThrow(/only their own/);
    expect(() => assertCanCreateOrganizationAt(member, gumi)).toThrow(ForbiddenError);
  });

  it('anyone without a token is unauthenticated for writes', () => {
    expect(() => assertCanEditOrganization(null, 'org-1', gumi)).toThrow(UnauthenticatedError);
  });

  it('confidential needs: members of the organization, coordinators in scope, admins', () => {
    expect(canSeeConfidential(null, 'org-1', daebul)).toBe(false);
    expect(canSeeConfidential(member, 'org-1', daebul)).toBe(true);
    expect(
      canSeeConfidential(actor(UserRole.MEMBER, { organizationId: 'org-2' }), 'org-1', daebul),
    ).toBe(false);
    expect(canSeeConfidential(clusterCoordinator, 'org-1', daebul)).toBe(true);
    expect(canSeeConfidential(clusterCoordinator, 'org-1', gumi)).toBe(false);
    expect(canSeeConfidential(admin, 'org-1', gumi)).toBe(true);
  });

  it("statistics: a cluster for its coordinators and its zone's; a zone for zone coordinators only", () => {
    expect(assertCanSeeClusterStats(admin, gumi)).toBe(admin);
    expect(assertCanSeeClusterStats(clusterCoordinator, daebul)).toBe(clusterCoordinator);
    expect(assertCanSeeClusterStats(zoneCoordinator, daebul)).toBe(zoneCoordinator);
    expect(() => assertCanSeeClusterStats(clusterCoordinator, gumi)).toThrow(
      new ForbiddenError('cluster GUMI (DAEGYEONG) is outside your scope'),
    );
    expect(() => assertCanSeeClusterStats(member, daebul)).toThrow(ForbiddenError);
    expect(() => assertCanSeeClusterStats(null, daebul)).toThrow(UnauthenticatedError);

    expect(assertCanSeeZoneStats(admin, ZoneCode.JEJU)).toBe(admin);
    expect(assertCanSeeZoneStats(zoneCoordinator, ZoneCode.HONAM)).toBe(zoneCoordinator);
    expect(() => assertCanSeeZoneStats(clusterCoordinator, ZoneCode.HONAM)).toThrow(
      new ForbiddenError('zone HONAM is outside your scope (your clusters: DAEBUL)'),
    );
    expect(() => assertCanSeeZoneStats(zoneCoordinator, ZoneCode.CAPITAL)).toThrow(ForbiddenError);
    expect(() => assertCanSeeZoneStats(member, ZoneCode.HONAM)).toThrow(ForbiddenError);
    expect(() => assertCanSeeZoneStats(null, ZoneCode.HONAM)).toThrow(UnauthenticatedError);
  });
});

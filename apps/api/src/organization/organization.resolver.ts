import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  CapabilityEntity,
  ClusterEntity,
  ComplexEntity,
  NeedEntity,
  OrganizationEntity,
  OrganizationQueryService,
  OrganizationService,
  ZoneEntity,
} from '@app/database';
import {
  BadUserInputError,
  canSeeConfidential,
  decodeCursor,
  encodeCursor,
  NeedVisibility,
  NotFoundError,
  pageSize,
  parseZoneCode,
} from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { Cluster, Complex, Zone } from '../reference/reference.models';
import { Capability, Need, Organization } from './organization.models';
import {
  CapabilityInput,
  CreateOrganizationInput,
  NeedInput,
  OrganizationsArgs,
  UpdateOrganizationArgs,
} from './organization.inputs';

const OrganizationConnection = ConnectionType(Organization);

function organizationCursor(o: OrganizationEntity): string {
  return encodeCursor('organization', JSON.stringify([o.nameKo, o.id]));
}

function parseOrganizationCursor(
  after: string | null | undefined,
): { nameKo: string; id: string } | null {
  const key = decodeCursor('organization', after);
  if (key === null) return null;
  try {
    const [nameKo, id] = JSON.parse(key) as [unknown, unknown];
    if (typeof nameKo === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))
      return { nameKo, id };
  } catch {
    // falls through to the error below
  }
  throw new BadUserInputError([{ path: 'after', reason: 'is not a cursor of this list' }]);
}

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(
    private readonly writes: OrganizationService,
    private readonly query: OrganizationQueryService,
  ) {}

  @Query(() => Organization, {
    nullable: true,
    description: 'An organization by id; null when there is none',
  })
  async organization(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const org = await ctx.loaders.organization.load(id);
    return org && !org.deletedAt ? org : null;
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations by Korean name, filtered and paged',
  })
  async organizations(@Args() args: OrganizationsArgs) {
    const first = pageSize(args.first);
    const after = parseOrganizationCursor(args.after);
    const f = args.filter ?? {};
    if (f.ksic && !/^\d{1,5}$/.test(f.ksic)) {
      throw new BadUserInputError([
        { path: 'filter.ksic', reason: 'must be 1 to 5 digits of a KSIC code' },
      ]);
    }
    const page = await this.query.page(
      {
        zone: f.zone ? parseZoneCode(f.zone, 'filter.zone') : undefined,
        cluster: f.cluster?.trim().toUpperCase() || undefined,
        complex: f.complex?.trim().toUpperCase() || undefined,
        kind: f.kind ?? undefined,
        ksic: f.ksic ?? undefined,
      },
      first,
      after,
    );
    return toConnection(
      page.rows,
      organizationCursor,
      page.totalCount,
      page.hasNextPage,
      after !== null,
    );
  }

  @Mutation(() => Organization)
  async createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @Context() ctx: GqlContext,
  ) {
    return this.writes.create(input, await ctx.actor(), ctx.requestId);
  }

  @Mutation(() => Organization)
  async updateOrganization(@Args() args: UpdateOrganizationArgs, @Context() ctx: GqlContext) {
    return this.writes.update(
      args.id,
      args.input,
      args.expectedVersion,
      await ctx.actor(),
      ctx.requestId,
    );
  }

  @Mutation(() => Organization, {
    description: 'Soft delete; returns the organization with deletedAt set',
  })
  async deleteOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
    @Context() ctx: GqlContext,
  ) {
    return this.writes.delete(id, await ctx.actor(), expectedVersion ?? null, ctx.requestId);
  }

  @Mutation(() => Capability)
  async addCapability(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: CapabilityInput,
    @Context() ctx: GqlContext,
  ) {
    return this.writes.addCapability(organizationId, input, await ctx.actor(), ctx.requestId);
  }

  @Mutation(() => Capability)
  async updateCapability(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CapabilityInput,
    @Context() ctx: GqlContext,
  ) {
    return this.writes.updateCapability(id, input, await ctx.actor(), ctx.requestId);
  }

  @Mutation(() => Boolean)
  async removeCapability(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return this.writes.removeCapability(id, await ctx.actor(), ctx.requestId);
  }

  @Mutation(() => Need)
  async addNeed(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: NeedInput,
    @Context() ctx: GqlContext,
  ) {
    return this.writes.addNeed(organizationId, input, await ctx.actor(), ctx.requestId);
  }

  @Mutation(() => Need)
  async updateNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NeedInput,
    @Context() ctx: GqlContext,
  ) {
    return this.writes.updateNeed(id, input, await ctx.actor(), ctx.requestId);
  }

  @Mutation(() => Boolean)
  async removeNeed(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return this.writes.removeNeed(id, await ctx.actor(), ctx.requestId);
  }

  @ResolveField(() => Complex)
  async complex(
    @Parent() org: OrganizationEntity,
    @Context() ctx: GqlContext,
  ): Promise<ComplexEntity> {
    return this.complexOf(org, ctx);
  }

  @ResolveField(() => Cluster)
  async cluster(
    @Parent() org: OrganizationEntity,
    @Context() ctx: GqlContext,
  ): Promise<ClusterEntity> {
    const complex = await this.complexOf(org, ctx);
    return (await ctx.loaders.cluster.load(complex.clusterCode))!;
  }

  @ResolveField(() => Zone)
  async zone(@Parent() org: OrganizationEntity, @Context() ctx: GqlContext): Promise<ZoneEntity> {
    const complex = await this.complexOf(org, ctx);
    return (await ctx.loaders.zone.load(complex.zoneCode))!;
  }

  @ResolveField(() => [Capability])
  capabilities(
    @Parent() org: OrganizationEntity,
    @Context() ctx: GqlContext,
  ): Promise<CapabilityEntity[]> {
    return ctx.loaders.capabilitiesOf.load(org.id);
  }

  @ResolveField(() => [Need], {
    description:
      'Needs marked COORDINATORS appear only to the organization, its coordinators and administrators',
  })
  async needs(
    @Parent() org: OrganizationEntity,
    @Context() ctx: GqlContext,
  ): Promise<NeedEntity[]> {
    const needs = await ctx.loaders.needsOf.load(org.id);
    if (needs.every((n) => n.visibility === NeedVisibility.PUBLIC)) return needs;
    const complex = await this.complexOf(org, ctx);
    const location = { clusterCode: complex.clusterCode, zoneCode: complex.zoneCode };
    return canSeeConfidential(await ctx.actor(), org.id, location)
      ? needs
      : needs.filter((n) => n.visibility === NeedVisibility.PUBLIC);
  }

  private async complexOf(org: OrganizationEntity, ctx: GqlContext): Promise<ComplexEntity> {
    const complex = await ctx.loaders.complex.load(org.complexCode);
    if (!complex) throw new NotFoundError('complex', org.complexCode);
    return complex;
  }
}

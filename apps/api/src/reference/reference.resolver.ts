import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ComplexRole,
  decodeIntCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  parseZoneCode,
} from '@app/domain';
import { ClusterEntity, ComplexEntity, ReferenceDataService, ZoneEntity } from '@app/database';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { ComplexesArgs } from './reference.inputs';
import { Cluster, Complex, Zone } from './reference.models';

const ComplexConnection = ConnectionType(Complex);

async function required<T>(what: string, key: string, value: Promise<T | null>): Promise<T> {
  const row = await value;
  // Reference rows are bound by foreign keys, so a miss here means a broken database.
  if (!row) throw new NotFoundError(what, key);
  return row;
}

@Resolver(() => Zone)
export class ZoneResolver {
  constructor(private readonly reference: ReferenceDataService) {}

  @Query(() => [Zone], { description: 'The 7 regional economic zones, in the order of the plan' })
  zones(): Promise<ZoneEntity[]> {
    return this.reference.zones();
  }

  @Query(() => Zone, { nullable: true })
  zone(@Args('code') code: string, @Context() ctx: GqlContext): Promise<ZoneEntity | null> {
    return ctx.loaders.zone.load(parseZoneCode(code, 'code'));
  }

  @ResolveField(() => [Cluster])
  clusters(@Parent() zone: ZoneEntity, @Context() ctx: GqlContext): Promise<ClusterEntity[]> {
    return ctx.loaders.clustersOfZone.load(zone.code);
  }
}

@Resolver(() => Cluster)
export class ClusterResolver {
  constructor(private readonly reference: ReferenceDataService) {}

  @Query(() => [Cluster], { description: 'The 25 hub-and-spoke clusters, optionally of one zone' })
  clusters(
    @Args('zone', { type: () => String, nullable: true }) zone?: string | null,
  ): Promise<ClusterEntity[]> {
    return this.reference.clusters(zone ? parseZoneCode(zone) : undefined);
  }

  @Query(() => Cluster, { nullable: true })
  cluster(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<ClusterEntity | null> {
    return ctx.loaders.cluster.load(id);
  }

  @ResolveField(() => ID)
  id(@Parent() cluster: ClusterEntity): string {
    return cluster.code;
  }

  @ResolveField(() => Zone)
  zone(@Parent() cluster: ClusterEntity, @Context() ctx: GqlContext): Promise<ZoneEntity> {
    return required('zone', cluster.zoneCode, ctx.loaders.zone.load(cluster.zoneCode));
  }

  @ResolveField(() => Complex)
  hub(@Parent() cluster: ClusterEntity, @Context() ctx: GqlContext): Promise<ComplexEntity> {
    return required(
      'complex',
      cluster.hubComplexCode,
      ctx.loaders.complex.load(cluster.hubComplexCode),
    );
  }

  @ResolveField(() => [Complex], { description: 'The hub first, then its linked complexes' })
  complexes(
    @Parent() cluster: ClusterEntity,
    @Context() ctx: GqlContext,
  ): Promise<ComplexEntity[]> {
    return ctx.loaders.complexesOfCluster.load(cluster.code);
  }

  @ResolveField(() => [Complex])
  async linked(
    @Parent() cluster: ClusterEntity,
    @Context() ctx: GqlContext,
  ): Promise<ComplexEntity[]> {
    const all = await ctx.loaders.complexesOfCluster.load(cluster.code);
    return all.filter((c) => c.role === ComplexRole.LINKED);
  }
}

@Resolver(() => Complex)
export class ComplexResolver {
  constructor(private readonly reference: ReferenceDataService) {}

  @Query(() => ComplexConnection, { description: 'Complexes in plan order, filtered and paged' })
  async complexes(@Args() args: ComplexesArgs) {
    const first = pageSize(args.first);
    const after = decodeIntCursor('complex', args.after);
    const f = args.filter ?? {};
    const page = await this.reference.complexes(
      {
        zone: f.zone ? parseZoneCode(f.zone, 'filter.zone') : undefined,
        cluster: f.cluster ?? undefined,
        role: f.role ?? undefined,
        type: f.type ?? undefined,
      },
      first,
      after,
    );
    return toConnection(
      page.rows,
      (c) => encodeCursor('complex', c.position),
      page.totalCount,
      page.hasNextPage,
      after !== null,
    );
  }

  @Query(() => Complex, {
    nullable: true,
    description: 'A complex by its code; null when there is none',
  })
  complex(@Args('code') code: string, @Context() ctx: GqlContext): Promise<ComplexEntity | null> {
    return ctx.loaders.complex.load(code.trim().toUpperCase());
  }

  @ResolveField(() => Zone)
  zone(@Parent() complex: ComplexEntity, @Context() ctx: GqlContext): Promise<ZoneEntity> {
    return required('zone', complex.zoneCode, ctx.loaders.zone.load(complex.zoneCode));
  }

  @ResolveField(() => Cluster)
  cluster(@Parent() complex: ComplexEntity, @Context() ctx: GqlContext): Promise<ClusterEntity> {
    return required('cluster', complex.clusterCode, ctx.loaders.cluster.load(complex.clusterCode));
  }
}

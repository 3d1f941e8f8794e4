import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Region, RegionOverview, RegionStatsService } from '@app/database';
import { Environment } from '@app/config';
import {
  assertCanSeeClusterStats,
  assertCanSeeZoneStats,
  BadUserInputError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  SuggestionStatus,
} from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { ClusterStatsArgs, RegionStats, UnmetNeed, ZoneStatsArgs } from './stats.models';

const UnmetNeedConnection = ConnectionType(UnmetNeed);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the resolver hands to field resolvers: the numbers plus where and how they were taken. */
interface RegionStatsSource {
  region: Region;
  threshold: number;
  clusterCode: string | null;
  zoneCode: string;
  overview: RegionOverview;
}

interface UnmetNeedSource {
  needId: string;
  organizationId: string;
}

@Resolver(() => RegionStats)
export class StatsResolver {
  constructor(
    private readonly stats: RegionStatsService,
    private readonly env: Environment,
  ) {}

  @Query(() => RegionStats, {
    description:
      "A cluster's organizations, suggestions and decisions, and the needs nobody inside it answers. For admins and the cluster's (or its zone's) coordinators.",
  })
  async clusterStats(
    @Args() args: ClusterStatsArgs,
    @Context() ctx: GqlContext,
  ): Promise<RegionStatsSource> {
    const threshold = this.threshold(args.threshold);
    const code = args.clusterId.trim().toUpperCase();
    const cluster = /^[A-Z_]{1,40}$/.test(code) ? await ctx.loaders.cluster.load(code) : null;
    if (!cluster) throw new NotFoundError('cluster', args.clusterId);
    assertCanSeeClusterStats(await ctx.actor(), {
      clusterCode: cluster.code,
      zoneCode: cluster.zoneCode,
    });
    const region = { cluster: cluster.code };
    return {
      region,
      threshold,
      clusterCode: cluster.code,
      zoneCode: cluster.zoneCode,
      overview: await this.stats.overview(region),
    };
  }

  @Query(() => RegionStats, {
    description:
      "A zone's organizations, suggestions and decisions, and the needs nobody inside it answers. For admins and the zone's coordinators.",
  })
  async zoneStats(
    @Args() args: ZoneStatsArgs,
    @Context() ctx: GqlContext,
  ): Promise<RegionStatsSource> {
    const threshold = this.threshold(args.threshold);
    assertCanSeeZoneStats(await ctx.actor(), args.zone);
    const region = { zone: args.zone };
    return {
      region,
      threshold,
      clusterCode: null,
      zoneCode: args.zone,
      overview: await this.stats.overview(region),
    };
  }

  @ResolveField()
  cluster(@Parent() s: RegionStatsSource, @Context() ctx: GqlContext) {
    return s.clusterCode ? ctx.loaders.cluster.load(s.clusterCode) : null;
  }

  @ResolveField()
  zone(@Parent() s: RegionStatsSource, @Context() ctx: GqlContext) {
    return ctx.loaders.zone.load(s.zoneCode);
  }

  @ResolveField()
  organizations(@Parent() s: RegionStatsSource): number {
    return sum(s.overview.organizationsByKind);
  }

  @ResolveField()
  organizationsByKind(@Parent() s: RegionStatsSource) {
    return Object.entries(s.overview.organizationsByKind).map(([kind, count]) => ({ kind, count }));
  }

  @ResolveField()
  needs(@Parent() s: RegionStatsSource): number {
    return s.overview.needs;
  }

  @ResolveField()
  suggestions(@Parent() s: RegionStatsSource): number {
    return sum(s.overview.suggestionsByStatus);
  }

  @ResolveField()
  suggestionsByStatus(@Parent() s: RegionStatsSource) {
    return Object.entries(s.overview.suggestionsByStatus).map(([status, count]) => ({
      status,
      count,
    }));
  }

  @ResolveField()
  suggestionsByScope(@Parent() s: RegionStatsSource) {
    return Object.entries(s.overview.suggestionsByScope).map(([scope, count]) => ({
      scope,
      count,
    }));
  }

  @ResolveField()
  decided(@Parent() s: RegionStatsSource): number {
    return decision(s.overview).decided;
  }

  @ResolveField()
  acceptanceRate(@Parent() s: RegionStatsSource): number | null {
    const { accepted, decided } = decision(s.overview);
    return decided === 0 ? null : accepted / decided;
  }

  @ResolveField(() => UnmetNeedConnection, {
    description:
      'Needs of the region with no pair inside it scoring at least the threshold and matching the need, by need id',
  })
  async unmetNeeds(
    @Parent() s: RegionStatsSource,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const size = pageSize(first);
    const key = decodeCursor('unmet-need', after);
    if (key !== null && !UUID.test(key))
      throw new BadUserInputError([{ path: 'after', reason: 'is not a cursor of this list' }]);
    const page = await this.stats.unmetNeeds(s.region, s.threshold, size, key);
    return toConnection<UnmetNeedSource>(
      page.rows,
      (n) => encodeCursor('unmet-need', n.needId),
      page.totalCount,
      page.hasNextPage,
      key !== null,
    );
  }

  private threshold(given: number | null | undefined): number {
    if (given === null || given === undefined) return this.env.UNMET_NEED_THRESHOLD;
    if (!Number.isFinite(given) || given < 0 || given > 1)
      throw new BadUserInputError([{ path: 'threshold', reason: 'must be between 0 and 1' }]);
    return given;
  }
}

@Resolver(() => UnmetNeed)
export class UnmetNeedResolver {
  @ResolveField()
  need(@Parent() n: UnmetNeedSource, @Context() ctx: GqlContext) {
    return ctx.loaders.need.load(n.needId);
  }

  @ResolveField()
  organization(@Parent() n: UnmetNeedSource, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(n.organizationId);
  }

  @ResolveField()
  async crossZonePartners(@Parent() n: UnmetNeedSource, @Context() ctx: GqlContext) {
    const partners = await ctx.loaders.crossZonePartners.load(n.needId);
    return Promise.all(
      partners.map(async (p) => ({
        ...p,
        organization: await ctx.loaders.organization.load(p.partnerId),
      })),
    );
  }
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function decision(o: RegionOverview): { accepted: number; decided: number } {
  const by = o.suggestionsByStatus;
  const accepted = by[SuggestionStatus.ACCEPTED] + by[SuggestionStatus.INTRODUCED];
  return { accepted, decided: accepted + by[SuggestionStatus.REJECTED] };
}

import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { OrganizationEntity } from '@app/database';
import { BadUserInputError, pageSize, parseZoneCode } from '@app/domain';
import { FacetName, OrganizationIndexService } from '@app/search';
import type { GqlContext } from '../graphql/context';
import { OrganizationSearchResult, SearchOrganizationsArgs } from './search.models';

const MAX_OFFSET = 10_000;

@Resolver()
export class SearchResolver {
  constructor(private readonly index: OrganizationIndexService) {}

  @Query(() => OrganizationSearchResult, {
    description:
      'Full-text search over public profile fields, in Korean and English (partial Korean words, English typos and the shared vocabulary’s synonyms match), with filters, facets and distance',
  })
  async searchOrganizations(@Args() args: SearchOrganizationsArgs, @Context() ctx: GqlContext) {
    const limit = pageSize(args.first);
    if (!Number.isInteger(args.offset) || args.offset < 0 || args.offset > MAX_OFFSET) {
      throw new BadUserInputError([
        { path: 'offset', reason: `must be between 0 and ${MAX_OFFSET}` },
      ]);
    }
    const query = (args.query ?? '').normalize('NFC').trim();
    if ([...query].length > 200)
      throw new BadUserInputError([{ path: 'query', reason: 'must be at most 200 characters' }]);
    const f = args.filter ?? {};
    const page = await this.index.search({
      query,
      filter: {
        zones: f.zones?.map((z, i) => parseZoneCode(z, `filter.zones.${i}`)),
        clusters: f.clusters?.map((c) => c.trim().toUpperCase()),
        complexes: f.complexes?.map((c) => c.trim().toUpperCase()),
        kinds: f.kinds ?? undefined,
        ksicDivisions: f.ksicDivisions ?? undefined,
        keywords: f.keywords ?? undefined,
      },
      near: args.near ?? undefined,
      facets: (args.facets ?? []) as FacetName[],
      sort: args.sort,
      limit,
      offset: args.offset,
    });
    // PostgreSQL is the truth: an organization deleted a moment ago may still be indexed.
    const organizations = await ctx.loaders.organization.loadMany(page.hits.map((h) => h.id));
    const hits = page.hits.flatMap((hit, i) => {
      const organization = organizations[i];
      return organization instanceof OrganizationEntity && !organization.deletedAt
        ? [{ ...hit, organization }]
        : [];
    });
    return {
      hits,
      totalHits: page.totalHits,
      processingTimeMs: page.processingTimeMs,
      facets: Object.entries(page.facets).map(([name, values]) => ({
        name,
        values: Object.entries(values ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      })),
    };
  }
}

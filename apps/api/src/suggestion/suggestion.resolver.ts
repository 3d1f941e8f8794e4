import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { SuggestionEntity, SuggestionQueryService } from '@app/database';
import {
  Actor,
  assertCanEditOrganization,
  BadUserInputError,
  canSeeConfidential,
  conceptById,
  decodeCursor,
  encodeCursor,
  Location,
  NeedVisibility,
  NotFoundError,
  pageSize,
  StoredBreakdown,
  decodeBreakdown,
  SuggestionScope,
} from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { Explanation, PartnerSuggestion } from './suggestion.models';

const SuggestionConnection = ConnectionType(PartnerSuggestion);

function parseCursor(after: string | null | undefined): { score: number; id: string } | null {
  const key = decodeCursor('suggestion', after);
  if (key === null) return null;
  try {
    const [score, id] = JSON.parse(key) as [unknown, unknown];
    if (typeof score === 'number' && typeof id === 'string') return { score, id };
  } catch {
    // falls through to the error below
  }
  throw new BadUserInputError([{ path: 'after', reason: 'is not a cursor of this list' }]);
}

@Resolver(() => PartnerSuggestion)
export class SuggestionResolver {
  constructor(private readonly suggestions: SuggestionQueryService) {}

  @Query(() => SuggestionConnection, {
    description:
      "An organization's suggested partners, best first, with the reasons. For the organization's members, coordinators whose scope covers it, and administrators.",
  })
  async suggestionsFor(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('scope', { type: () => SuggestionScope, nullable: true }) scope: SuggestionScope | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GqlContext,
  ) {
    const size = pageSize(first);
    const cursor = parseCursor(after);
    const org = /^[0-9a-f-]{36}$/i.test(organizationId)
      ? await ctx.loaders.organization.load(organizationId)
      : null;
    if (!org || org.deletedAt) throw new NotFoundError('organization', organizationId);
    const viewer = await ctx.actor();
    assertCanEditOrganization(viewer, org.id, await this.location(ctx, org.complexCode));
    const page = await this.suggestions.forOrganization(org.id, scope ?? null, size, cursor);
    const nodes = await Promise.all(
      page.rows.map((row) => this.toPartnerSuggestion(row, org.id, viewer, ctx)),
    );
    return toConnection(
      nodes,
      (n) => encodeCursor('suggestion', JSON.stringify([n.score, n.id])),
      page.totalCount,
      page.hasNextPage,
      cursor !== null,
    );
  }

  private async toPartnerSuggestion(
    row: SuggestionEntity,
    subjectId: string,
    viewer: Actor | null,
    ctx: GqlContext,
  ): Promise<PartnerSuggestion> {
    const subjectIsA = row.organizationAId === subjectId;
    const partnerId = subjectIsA ? row.organizationBId : row.organizationAId;
    const partner = await ctx.loaders.organization.load(partnerId);
    if (!partner) throw new NotFoundError('organization', partnerId);
    return {
      id: row.id,
      partner: partner as never,
      score: row.score,
      relevanceToNeeds: subjectIsA ? row.relevanceAToB : row.relevanceBToA,
      relevanceToPartnerNeeds: subjectIsA ? row.relevanceBToA : row.relevanceAToB,
      scope: row.scope,
      status: row.status,
      engineVersion: row.engineVersion,
      computedAt: row.computedAt,
      version: row.version,
      explanation: await this.explain(row, viewer, ctx),
    };
  }

  /** The stored explanation with concept labels and items resolved; confidential needs hidden. */
  private async explain(
    row: SuggestionEntity,
    viewer: Actor | null,
    ctx: GqlContext,
  ): Promise<Explanation> {
    const breakdown = decodeBreakdown(row.breakdown as Partial<StoredBreakdown>);
    const matchedItems = await Promise.all(
      breakdown.matchedItems.map(async (item) => {
        const needOrganizationId =
          item.direction === 'A_NEEDS_B' ? row.organizationAId : row.organizationBId;
        const [need, capability, owner] = await Promise.all([
          ctx.loaders.need.load(item.needId),
          ctx.loaders.capability.load(item.capabilityId),
          ctx.loaders.organization.load(needOrganizationId),
        ]);
        const confidential = need?.visibility === NeedVisibility.COORDINATORS;
        const visible =
          !confidential ||
          (owner !== null &&
            canSeeConfidential(viewer, owner.id, await this.location(ctx, owner.complexCode)));
        return {
          needOrganizationId,
          need: visible ? (need as never) : null,
          confidential,
          capability: capability as never,
          similarity: item.similarity,
        };
      }),
    );
    return {
      factors: breakdown.factors,
      sharedConcepts: breakdown.sharedConcepts.map((id) => {
        const concept = conceptById(id);
        return { id, ko: concept?.ko[0] ?? id, en: concept?.en[0] ?? id };
      }),
      matchedItems,
    };
  }

  private async location(ctx: GqlContext, complexCode: string): Promise<Location> {
    const complex = await ctx.loaders.complex.load(complexCode);
    if (!complex) throw new NotFoundError('complex', complexCode);
    return { clusterCode: complex.clusterCode, zoneCode: complex.zoneCode };
  }
}

import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { SuggestionEntity, SuggestionQueryService } from '@app/database';
import {
  Actor,
  assertCanEditOrganization,
  decodeSuggestionCursor,
  DEFAULT_SUGGESTION_ORDER,
  encodeSuggestionCursor,
  NotFoundError,
  pageSize,
  SuggestionScope,
} from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { ExplanationBuilder, locationOf } from './explanation.builder';
import { PartnerSuggestion } from './suggestion.models';

const SuggestionConnection = ConnectionType(PartnerSuggestion);

@Resolver(() => PartnerSuggestion)
export class SuggestionResolver {
  constructor(
    private readonly suggestions: SuggestionQueryService,
    private readonly explanations: ExplanationBuilder,
  ) {}

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
    const cursor = decodeSuggestionCursor(DEFAULT_SUGGESTION_ORDER, after);
    const org = /^[0-9a-f-]{36}$/i.test(organizationId)
      ? await ctx.loaders.organization.load(organizationId)
      : null;
    if (!org || org.deletedAt) throw new NotFoundError('organization', organizationId);
    const viewer = await ctx.actor();
    assertCanEditOrganization(viewer, org.id, await locationOf(ctx, org.complexCode));
    const page = await this.suggestions.forOrganization(org.id, scope ?? null, size, cursor);
    const nodes = await Promise.all(
      page.rows.map((row) => this.toPartnerSuggestion(row, org.id, viewer, ctx)),
    );
    return toConnection(
      nodes,
      (_, i) => encodeSuggestionCursor(DEFAULT_SUGGESTION_ORDER, page.positions[i]!),
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
      explanation: await this.explanations.explain(row, viewer, ctx),
    };
  }
}

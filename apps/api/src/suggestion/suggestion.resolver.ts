import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { SuggestionEntity, SuggestionQueryService } from '@app/database';
import {
  Actor,
  assertCanEditOrganization,
  BadUserInputError,
  decodeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  SuggestionScope,
} from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { ExplanationBuilder, locationOf } from './explanation.builder';
import { PartnerSuggestion } from './suggestion.models';

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
    const cursor = parseCursor(after);
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
      explanation: await this.explanations.explain(row, viewer, ctx),
    };
  }
}

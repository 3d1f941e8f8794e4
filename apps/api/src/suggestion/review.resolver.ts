import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SuggestionEntity, SuggestionQueueService, SuggestionReviewService } from '@app/database';
import {
  assertAdminOrCoordinator,
  BadUserInputError,
  decodeSuggestionCursor,
  DEFAULT_SUGGESTION_ORDER,
  encodeSuggestionCursor,
  pageSize,
  parseZoneCode,
} from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { ExplanationBuilder } from './explanation.builder';
import { ReviewSuggestionArgs, Suggestion, SuggestionsArgs } from './review.models';

const SuggestionConnection = ConnectionType(Suggestion, 'Suggestion');

/** The coordinators' review queue and their decisions. */
@Resolver(() => Suggestion)
export class ReviewResolver {
  constructor(
    private readonly queue: SuggestionQueueService,
    private readonly reviews: SuggestionReviewService,
    private readonly explanations: ExplanationBuilder,
  ) {}

  @Query(() => SuggestionConnection, {
    description:
      'Suggestions touching your clusters or zones (all, for administrators); best first unless orderBy says otherwise',
  })
  async suggestions(@Args() args: SuggestionsArgs, @Context() ctx: GqlContext) {
    const actor = assertAdminOrCoordinator(await ctx.actor());
    const first = pageSize(args.first);
    const order = {
      field: args.orderBy?.field ?? DEFAULT_SUGGESTION_ORDER.field,
      direction: args.orderBy?.direction ?? DEFAULT_SUGGESTION_ORDER.direction,
    };
    const after = decodeSuggestionCursor(order, args.after);
    const f = args.filter ?? {};
    if (f.minScore !== null && f.minScore !== undefined && (f.minScore < 0 || f.minScore > 1)) {
      throw new BadUserInputError([{ path: 'filter.minScore', reason: 'must be between 0 and 1' }]);
    }
    const page = await this.queue.page(
      actor,
      {
        zone: f.zone ? parseZoneCode(f.zone, 'filter.zone') : undefined,
        cluster: f.cluster?.trim().toUpperCase() || undefined,
        status: f.status ?? undefined,
        scope: f.scope ?? undefined,
        minScore: f.minScore ?? undefined,
        organization: f.organization ?? undefined,
      },
      order,
      first,
      after,
    );
    return toConnection(
      page.rows,
      (_, i) => encodeSuggestionCursor(order, page.positions[i]!),
      page.totalCount,
      page.hasNextPage,
      after !== null,
    );
  }

  @Mutation(() => Suggestion, {
    description:
      'Decides on a suggestion: PROPOSED → ACCEPTED or REJECTED (with a reason), ACCEPTED → INTRODUCED. A stale expectedVersion is CONFLICT.',
  })
  async reviewSuggestion(@Args() args: ReviewSuggestionArgs, @Context() ctx: GqlContext) {
    return this.reviews.review(
      args.id,
      args.decision,
      { reason: args.reason, note: args.note },
      args.expectedVersion,
      await ctx.actor(),
      ctx.requestId,
    );
  }

  @ResolveField()
  organizationA(@Parent() s: SuggestionEntity, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(s.organizationAId);
  }

  @ResolveField()
  organizationB(@Parent() s: SuggestionEntity, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(s.organizationBId);
  }

  @ResolveField()
  async explanation(@Parent() s: SuggestionEntity, @Context() ctx: GqlContext) {
    return this.explanations.explain(s, await ctx.actor(), ctx);
  }

  @ResolveField()
  history(@Parent() s: SuggestionEntity, @Context() ctx: GqlContext) {
    return ctx.loaders.historyOf.load(s.id);
  }

  @ResolveField()
  notifications(@Parent() s: SuggestionEntity, @Context() ctx: GqlContext) {
    return ctx.loaders.notificationsOf.load(s.id);
  }
}

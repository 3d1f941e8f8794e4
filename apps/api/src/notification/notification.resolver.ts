import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationEntity, NotificationQueryService } from '@app/database';
import { decodeIntCursor, encodeCursor, pageSize, requireActor } from '@app/domain';
import { ConnectionType, toConnection } from '../common/connection.model';
import type { GqlContext } from '../graphql/context';
import { Notification } from './notification.models';

const NotificationConnection = ConnectionType(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationQueryService) {}

  @Query(() => NotificationConnection, {
    description: 'Your notifications (introductions of your organization), newest first',
  })
  async myNotifications(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GqlContext,
  ) {
    const actor = requireActor(await ctx.actor());
    const size = pageSize(first);
    const before = decodeIntCursor('notification', after);
    const page = await this.notifications.forRecipient(actor.userId, size, before);
    return toConnection(
      page.rows,
      (n) => encodeCursor('notification', n.id),
      page.totalCount,
      page.hasNextPage,
      before !== null,
    );
  }

  @ResolveField()
  organization(@Parent() n: NotificationEntity, @Context() ctx: GqlContext) {
    return ctx.loaders.organization.load(n.organizationId);
  }
}

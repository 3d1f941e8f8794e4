import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserService } from '@app/database';
import { AppUserEntity } from '@app/database';
import type { GqlContext } from '../graphql/context';
import { AuthPayload, User } from './auth.models';
import { AuthService, IssuedToken } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Signs in; the token goes in the Authorization header',
  })
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GqlContext,
  ): Promise<IssuedToken> {
    return this.auth.login(email, password, ctx.address);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in account; null without a token' })
  async me(@Context() ctx: GqlContext): Promise<AppUserEntity | null> {
    const actor = await ctx.actor();
    return actor ? this.users.findById(actor.userId) : null;
  }
}

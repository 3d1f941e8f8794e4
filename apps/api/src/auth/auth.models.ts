import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserRole, ZoneCode } from '@app/domain';

registerEnumType(UserRole, { name: 'UserRole' });

@ObjectType({ description: 'A signed-in account' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => ID, { nullable: true, description: "A member's organization" })
  organizationId!: string | null;

  @Field(() => [String], { description: "A coordinator's clusters" })
  clusterCodes!: string[];

  @Field(() => [ZoneCode], { description: "A coordinator's zones" })
  zoneCodes!: ZoneCode[];
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

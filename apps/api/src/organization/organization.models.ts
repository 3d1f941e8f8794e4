import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NeedVisibility, OrganizationKind, OrganizationSize } from '@app/domain';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: '산·학·연: firm, university or research institute',
});
registerEnumType(OrganizationSize, { name: 'OrganizationSize' });
registerEnumType(NeedVisibility, {
  name: 'NeedVisibility',
  description:
    'PUBLIC, or COORDINATORS: seen only by the organization, its coordinators and administrators',
});

@ObjectType({ isAbstract: true })
abstract class ProfileItem {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  keywords!: string[];

  organizationId!: string;
}

@ObjectType({ description: 'What an organization can do' })
export class Capability extends ProfileItem {}

@ObjectType({ description: 'What an organization needs: a problem, a technology it lacks' })
export class Need extends ProfileItem {
  @Field(() => NeedVisibility)
  visibility!: NeedVisibility;
}

@ObjectType({ description: 'A firm, university or research institute and its profile' })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  nameKo!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => [String], { description: 'KSIC codes (division to sub-class)' })
  ksicCodes!: string[];

  @Field(() => OrganizationSize, { nullable: true })
  size!: OrganizationSize | null;

  @Field()
  description!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true, description: '사업자등록번호 (10 digits), firms only' })
  businessNumber!: string | null;

  @Field(() => Int, { description: 'Send back as expectedVersion when updating' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set once the organization is deleted' })
  deletedAt!: Date | null;

  complexCode!: string;
}

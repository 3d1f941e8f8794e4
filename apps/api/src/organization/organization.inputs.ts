import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { NeedVisibility, OrganizationKind, OrganizationSize } from '@app/domain';

// Shapes only: every rule (lengths, counts, formats, KSIC, business number) is checked in
// libs/domain so that the API and the bulk import report the same problems the same way.

@InputType()
export class CapabilityInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;
}

@InputType()
export class NeedInput extends CapabilityInput {
  @Field(() => NeedVisibility, { nullable: true, defaultValue: NeedVisibility.PUBLIC })
  visibility?: NeedVisibility | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  nameKo!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field({ description: 'Code of the complex, e.g. DAEBUL' })
  complexCode!: string;

  @Field(() => [String], { nullable: true })
  ksicCodes?: string[] | null;

  @Field(() => OrganizationSize, { nullable: true })
  size?: OrganizationSize | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '사업자등록번호, firms only: 10 digits, hyphens allowed',
  })
  businessNumber?: string | null;

  @Field(() => [CapabilityInput], { nullable: true })
  capabilities?: CapabilityInput[] | null;

  @Field(() => [NeedInput], { nullable: true })
  needs?: NeedInput[] | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field' })
export class UpdateOrganizationInput {
  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  nameKo?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  complexCode?: string;

  @Field(() => [String], { nullable: true })
  ksicCodes?: string[];

  @Field(() => OrganizationSize, { nullable: true })
  size?: OrganizationSize | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[];

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  businessNumber?: string | null;
}

@InputType()
export class OrganizationFilterInput {
  @Field(() => String, { nullable: true, description: 'Zone code, e.g. HONAM' })
  zone?: string | null;

  @Field(() => String, { nullable: true, description: 'Cluster id (the hub complex code)' })
  cluster?: string | null;

  @Field(() => String, { nullable: true, description: 'Complex code' })
  complex?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, {
    nullable: true,
    description: "KSIC code or prefix: '25' matches all of division 25",
  })
  ksic?: string | null;
}

@ArgsType()
export class OrganizationsArgs {
  @Field(() => OrganizationFilterInput, { nullable: true })
  filter?: OrganizationFilterInput | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class UpdateOrganizationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => UpdateOrganizationInput)
  input!: UpdateOrganizationInput;

  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  expectedVersion!: number;
}

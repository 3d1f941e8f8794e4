import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ComplexRole, ComplexType } from '@app/domain';

@InputType()
export class ComplexFilterInput {
  @Field(() => String, { nullable: true, description: 'Zone code, e.g. HONAM' })
  zone?: string | null;

  @Field(() => String, { nullable: true, description: 'Cluster id (the hub complex code)' })
  cluster?: string | null;

  @Field(() => ComplexRole, { nullable: true })
  role?: ComplexRole | null;

  @Field(() => ComplexType, { nullable: true })
  type?: ComplexType | null;
}

@ArgsType()
export class ComplexesArgs {
  @Field(() => ComplexFilterInput, { nullable: true })
  filter?: ComplexFilterInput | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

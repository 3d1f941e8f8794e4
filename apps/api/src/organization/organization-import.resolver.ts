import { Args, Context, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ImportReport, OrganizationImportService } from '@app/database';
import type { GqlContext } from '../graphql/context';

@ObjectType()
export class ImportProblem {
  @Field(() => Int, { description: 'Line of the file; the header is line 1' })
  row!: number;

  @Field({ description: 'The column header as written in the file' })
  column!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'What a bulk import found and did; with any error, nothing is written' })
export class ImportResult {
  @Field()
  dryRun!: boolean;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  valid!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => [ImportProblem])
  errors!: ImportProblem[];
}

@Resolver()
export class OrganizationImportResolver {
  constructor(private readonly imports: OrganizationImportService) {}

  @Mutation(() => ImportResult, {
    description:
      'Bulk import of organizations from CSV text (columns in the README), for administrators and coordinators within their scope. All rows or none.',
  })
  async importOrganizations(
    @Args('csv') csv: string,
    @Args('dryRun', { type: () => Boolean, nullable: true, defaultValue: false }) dryRun: boolean,
    @Context() ctx: GqlContext,
  ): Promise<ImportReport> {
    return this.imports.importCsv(csv, dryRun, await ctx.actor(), ctx.requestId);
  }
}

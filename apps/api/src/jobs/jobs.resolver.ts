import { ReferenceDataService } from '@app/database';
import {
  Args,
  Context,
  Field,
  Float,
  InputType,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { assertAdmin, BadUserInputError } from '@app/domain';
import { JobProducer, JobStatus } from '@app/jobs';
import type { GqlContext } from '../graphql/context';

@ObjectType({ description: 'A background job and what became of it' })
export class Job {
  @Field(() => ID, { description: '`queue/jobId`' })
  id!: string;

  @Field()
  queue!: string;

  @Field()
  name!: string;

  @Field({ description: 'waiting, delayed, active, completed, failed, …' })
  state!: string;

  @Field(() => Float, { nullable: true, description: 'Per cent done, when the job reports it' })
  percent!: number | null;

  @Field(() => String, { nullable: true, description: 'The progress the job reported, as JSON' })
  progress!: string | null;

  @Field(() => Int)
  attemptsMade!: number;

  @Field(() => String, { nullable: true })
  failedReason!: string | null;

  @Field(() => String, { nullable: true, description: 'What the job returned, as JSON' })
  result!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

function toJob(status: JobStatus): Job {
  const p = status.progress as { indexed?: number; done?: number; total?: number } | number | null;
  const percent =
    typeof p === 'number'
      ? p
      : p && typeof p.total === 'number' && p.total > 0
        ? Math.round((1000 * (p.indexed ?? p.done ?? 0)) / p.total) / 10
        : status.state === 'completed'
          ? 100
          : null;
  return {
    ...status,
    percent,
    progress:
      status.progress === null || status.progress === undefined
        ? null
        : JSON.stringify(status.progress),
    result: status.returnValue === null ? null : JSON.stringify(status.returnValue),
  };
}

@InputType({ description: 'Exactly one of: all, a cluster, or one organization' })
export class RescoreScopeInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Every organization (a flow with one child per cluster); while one is still writing, that one is returned',
  })
  all?: boolean | null;

  @Field(() => String, { nullable: true, description: "A cluster id: its organizations' partners" })
  cluster?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}

@Resolver(() => Job)
export class JobsResolver {
  constructor(
    private readonly jobs: JobProducer,
    private readonly reference: ReferenceDataService,
  ) {}

  @Mutation(() => Job, {
    description: 'Recomputes partner suggestions (administrators); follow it with job(id)',
  })
  async requestRescore(
    @Args('scope') scope: RescoreScopeInput,
    @Context() ctx: GqlContext,
  ): Promise<Job> {
    const actor = assertAdmin(await ctx.actor());
    const given = [
      scope.all ? 'all' : null,
      scope.cluster ? 'cluster' : null,
      scope.organizationId ? 'organizationId' : null,
    ].filter(Boolean);
    if (given.length !== 1) {
      throw new BadUserInputError([
        { path: 'scope', reason: 'give exactly one of all: true, cluster or organizationId' },
      ]);
    }
    const clusters = await this.reference.clusterCodesLargestFirst();
    if (scope.all)
      return toJob(await this.jobs.requestRescoreAll(clusters, actor.userId, ctx.requestId));
    if (scope.cluster) {
      const cluster = scope.cluster.trim().toUpperCase();
      if (!clusters.includes(cluster)) {
        throw new BadUserInputError([
          {
            path: 'scope.cluster',
            reason: `unknown cluster ${scope.cluster}; valid: ${clusters.join(', ')}`,
          },
        ]);
      }
      return toJob(await this.jobs.requestRescoreOf({ cluster }, actor.userId, ctx.requestId));
    }
    const id = scope.organizationId!;
    if (!/^[0-9a-f-]{36}$/i.test(id) || !(await ctx.loaders.organization.load(id))) {
      throw new BadUserInputError([
        { path: 'scope.organizationId', reason: `no organization ${id}` },
      ]);
    }
    return toJob(
      await this.jobs.requestRescoreOf({ organizationId: id }, actor.userId, ctx.requestId),
    );
  }

  @Query(() => Job, { nullable: true, description: 'A job by id (administrators)' })
  async job(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<Job | null> {
    assertAdmin(await ctx.actor());
    const status = await this.jobs.status(id);
    return status ? toJob(status) : null;
  }

  @Mutation(() => Job, {
    description:
      'Rebuilds the search index from PostgreSQL into a new index and swaps it in (administrators)',
  })
  async reindexSearch(@Context() ctx: GqlContext): Promise<Job> {
    const actor = assertAdmin(await ctx.actor());
    return toJob(await this.jobs.requestReindex(actor.userId, ctx.requestId));
  }
}

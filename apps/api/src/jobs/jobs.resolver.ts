import {
  Args,
  Context,
  Field,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { assertAdmin } from '@app/domain';
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

@Resolver(() => Job)
export class JobsResolver {
  constructor(private readonly jobs: JobProducer) {}

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

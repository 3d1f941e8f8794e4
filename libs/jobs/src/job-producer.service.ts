import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { FlowProducer, Job, Queue } from 'bullmq';
import { ServiceUnavailableError } from '@app/domain';
import { reindexJobId, rescoreClusterJobId, rescoreRunId } from './job-ids';
import { FLOW_PRODUCER, JOBS, QUEUES, QueueName } from './queues';

export interface JobStatus {
  /** `queue/jobId`, as `job(id:)` takes it. */
  id: string;
  queue: QueueName;
  name: string;
  state: string;
  progress: unknown;
  attemptsMade: number;
  failedReason: string | null;
  returnValue: unknown;
  createdAt: Date;
  finishedAt: Date | null;
}

const REDIS_TIMEOUT_MS = 3000;

/** Jobs the API asks for, and what became of them. Fails fast when Redis is away. */
@Injectable()
export class JobProducer {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QUEUES.SEARCH) search: Queue,
    @InjectQueue(QUEUES.MATCHING) matching: Queue,
    @InjectQueue(QUEUES.MAINTENANCE) maintenance: Queue,
    @InjectQueue(QUEUES.NOTIFICATIONS) notifications: Queue,
    @InjectFlowProducer(FLOW_PRODUCER) private readonly flows: FlowProducer,
  ) {
    this.queues = {
      [QUEUES.SEARCH]: search,
      [QUEUES.MATCHING]: matching,
      [QUEUES.MAINTENANCE]: maintenance,
      [QUEUES.NOTIFICATIONS]: notifications,
    };
  }

  /**
   * A full rescore as a flow: one child per cluster (any worker may take any), and a parent
   * that retires the pairs the run no longer suggests once every child is done. Children are
   * taken in the order given: largest clusters first keeps the end of the run balanced.
   *
   * While a run's children are still writing, asking again returns that run: two runs at
   * once would each write lists from its own snapshot, and the older one's last children
   * could write after the newer one retired what it no longer suggests. Two asks in the same
   * second are one run (see `jobIdFor`); asks a second apart can still both start one, which
   * the nightly schedule and an administrator rarely do.
   *
   * @param now when the run is asked for (a test's fixed clock)
   */
  async requestRescoreAll(
    clusters: string[],
    requestedBy: string | null,
    requestId: string | null,
    now = new Date(),
  ): Promise<JobStatus> {
    const matching = this.queues[QUEUES.MATCHING];
    // A run's parent waits for its children in `waiting-children`; nothing else there is big.
    const running = (await this.redis(() => matching.getJobs(['waiting-children'], 0, 100))).find(
      (job) => job.name === JOBS.RESCORE_ALL,
    );
    if (running) return this.describe(QUEUES.MATCHING, running);
    const runId = await this.jobIdFor(matching, rescoreRunId(now));
    const run = { runId, computedAt: now.toISOString(), requestId };
    const node = await this.redis(() =>
      this.flows.add({
        name: JOBS.RESCORE_ALL,
        queueName: QUEUES.MATCHING,
        data: { ...run, requestedBy },
        opts: { jobId: runId, attempts: 3 },
        children: clusters.map((cluster) => ({
          name: JOBS.RESCORE_CLUSTER,
          queueName: QUEUES.MATCHING,
          data: { ...run, cluster },
          // A child that fails for good fails the run, which then no longer holds back
          // incremental rescoring (it waits while a run is writing).
          opts: {
            jobId: rescoreClusterJobId(runId, cluster),
            attempts: 3,
            failParentOnFailure: true,
          },
        })),
      }),
    );
    return this.describe(QUEUES.MATCHING, node.job);
  }

  /** A rescore of one cluster's organizations or of one organization. */
  async requestRescoreOf(
    target: { cluster: string } | { organizationId: string },
    requestedBy: string | null,
    requestId: string | null,
  ): Promise<JobStatus> {
    const data =
      'cluster' in target
        ? { cluster: target.cluster, requestedBy, requestId }
        : { organizationIds: [target.organizationId], requestedBy, requestId };
    const job = await this.redis(() =>
      this.queues[QUEUES.MATCHING].add(JOBS.RESCORE_ORGANIZATIONS, data),
    );
    return this.describe(QUEUES.MATCHING, job);
  }

  /** A full rebuild of the search index; asks in the same second are one job (`jobIdFor`). */
  async requestReindex(
    requestedBy: string | null,
    requestId: string | null,
    now = new Date(),
  ): Promise<JobStatus> {
    const search = this.queues[QUEUES.SEARCH];
    const jobId = await this.jobIdFor(search, reindexJobId(now));
    const job = await this.redis(() =>
      search.add(JOBS.REINDEX_ALL, { requestedBy, requestId }, { jobId, attempts: 3 }),
    );
    return this.describe(QUEUES.SEARCH, job);
  }

  /**
   * The id for a job asked for now, from `base` (named after the second): asks in the same
   * second share it, so they are one job. But BullMQ ignores an add whose id it holds, even of
   * a finished job: an ask just after a job of the same second finished would get that job
   * back and nothing would run (a change made meanwhile missed by the rescore it asked for).
   * So a finished job's id is passed over for `base-2`, `base-3`…: the first free one, or one
   * still to finish (another ask of this second got there first).
   */
  private async jobIdFor(queue: Queue, base: string): Promise<string> {
    for (let n = 1; ; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      const state = await this.redis(() => queue.getJobState(id));
      if (state !== 'completed' && state !== 'failed') return id;
    }
  }

  /** The job with this `queue/jobId`, or null. */
  async status(id: string): Promise<JobStatus | null> {
    const slash = id.indexOf('/');
    const queue = id.slice(0, slash) as QueueName;
    if (slash < 0 || !(queue in this.queues)) return null;
    const job = await this.redis(() => this.queues[queue].getJob(id.slice(slash + 1)));
    return job ? this.describe(queue, job) : null;
  }

  private async describe(queue: QueueName, loaded: Job): Promise<JobStatus> {
    const state = await this.redis(() => loaded.getState());
    // `loaded` was read before its state: a job that finished in between would show its last
    // progress and no result. A finished job's data is final, so read it again after the state.
    const job =
      state === 'completed' || state === 'failed'
        ? ((await this.redis(() => this.queues[queue].getJob(loaded.id!))) ?? loaded)
        : loaded;
    return {
      id: `${queue}/${job.id}`,
      queue,
      name: job.name,
      state,
      progress: job.progress,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason ?? null,
      returnValue: job.returnvalue ?? null,
      createdAt: new Date(job.timestamp),
      finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    };
  }

  private async redis<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new ServiceUnavailableError('Redis')), REDIS_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { ServiceUnavailableError } from '@app/domain';
import { reindexJobId } from './job-ids';
import { JOBS, QUEUES, QueueName } from './queues';

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
    @InjectQueue(QUEUES.MAINTENANCE) maintenance: Queue,
  ) {
    this.queues = { [QUEUES.SEARCH]: search, [QUEUES.MAINTENANCE]: maintenance };
  }

  async requestReindex(requestedBy: string | null, requestId: string | null): Promise<JobStatus> {
    const job = await this.redis(() =>
      this.queues[QUEUES.SEARCH].add(
        JOBS.REINDEX_ALL,
        { requestedBy, requestId },
        { jobId: reindexJobId(), attempts: 3 },
      ),
    );
    return this.describe(QUEUES.SEARCH, job);
  }

  /** The job with this `queue/jobId`, or null. */
  async status(id: string): Promise<JobStatus | null> {
    const slash = id.indexOf('/');
    const queue = id.slice(0, slash) as QueueName;
    if (slash < 0 || !(queue in this.queues)) return null;
    const job = await this.redis(() => this.queues[queue].getJob(id.slice(slash + 1)));
    return job ? this.describe(queue, job) : null;
  }

  private async describe(queue: QueueName, job: Job): Promise<JobStatus> {
    return {
      id: `${queue}/${job.id}`,
      queue,
      name: job.name,
      state: await this.redis(() => job.getState()),
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

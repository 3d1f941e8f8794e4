import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Environment } from '@app/config';
import { OutboxTopic } from '@app/domain';
import { JOB_QUEUE, JobName, OUTBOX_ROUTES, outboxJobId } from '@app/jobs';

const BATCH = 500;
const IDLE_MS = 200;

interface Row {
  id: string;
  topic: OutboxTopic;
  /** Ids only (see OutboxPayloads); every job of the row gets them as its data. */
  payload: Record<string, string>;
  request_id: string | null;
  dispatched_at: Date | null;
  done_jobs: string[];
}

/**
 * Publishes outbox rows to BullMQ: each row becomes the jobs its topic routes to, with ids
 * named after the row, so publishing it again is harmless; each job acknowledges itself and
 * the row is processed when all have. Rows published long ago but still open are looked at
 * again: a job Redis lost is published anew, a job that failed all its attempts (Meilisearch
 * away for long) is retried. So neither a Redis flush nor an outage loses an update. Any
 * number of workers may relay at once: rows are claimed with SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly modules: ModuleRef,
    private readonly env: Environment,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Publishes one batch; returns how many rows it published or checked. */
  async relayOnce(): Promise<number> {
    return this.ds.transaction(async (em) => {
      const rows: Row[] = await em.query(
        `SELECT id, topic, payload, request_id, dispatched_at, done_jobs FROM outbox
          WHERE processed_at IS NULL
            AND (dispatched_at IS NULL OR dispatched_at < now() - make_interval(secs => $2))
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH, this.env.OUTBOX_REDISPATCH_SECONDS],
      );
      if (rows.length === 0) return 0;
      const fresh = rows.filter((r) => r.dispatched_at === null).flatMap((r) => this.jobsOf(r));
      for (const [queue, jobs] of groupBy(fresh, (j) => JOB_QUEUE[j.name]))
        await this.queue(queue).addBulk(jobs);
      for (const row of rows.filter((r) => r.dispatched_at !== null)) await this.republish(row);
      await em.query(
        `UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }

  private async republish(row: Row): Promise<void> {
    for (const job of this.jobsOf(row)) {
      if (row.done_jobs.includes(job.name)) continue;
      const queue = this.queue(JOB_QUEUE[job.name]);
      const existing = await queue.getJob(job.opts.jobId);
      if (!existing) {
        this.logger.warn(
          `outbox ${row.id}: job ${job.name} is gone (Redis lost it?); publishing again`,
        );
        await queue.add(job.name, job.data, job.opts);
      } else if (await existing.isFailed()) {
        this.logger.warn(
          `outbox ${row.id}: job ${job.name} failed (${existing.failedReason}); retrying`,
        );
        await existing.retry('failed');
      }
    }
  }

  private jobsOf(row: Row) {
    const routes = OUTBOX_ROUTES[row.topic];
    if (!routes) throw new Error(`outbox ${row.id}: no route for topic ${row.topic}`);
    return routes.map((name: JobName) => ({
      name,
      data: {
        ...row.payload,
        outboxId: String(row.id),
        requestId: row.request_id,
      },
      opts: { jobId: outboxJobId(String(row.id), name) },
    }));
  }

  private queue(name: string): Queue {
    return this.modules.get<Queue>(getQueueToken(name), { strict: false });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.relayOnce();
      } catch (error) {
        // Redis or PostgreSQL away: keep the rows, try again shortly.
        this.logger.warn(`relay paused: ${error instanceof Error ? error.message : String(error)}`);
        await this.sleep(2000);
      }
      if (published < BATCH) await this.sleep(IDLE_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
